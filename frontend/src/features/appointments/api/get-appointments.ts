import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryRoots } from '@/lib/query-keys';

export const APPOINTMENT_STATUSES = ['PENDING', 'CONFIRMED', 'COMPLETED', 'CANCELLED', 'NO_SHOW'] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];
export const PAYMENT_STATUSES = ['UNPAID', 'PAID', 'REFUNDED', 'FAILED'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];
export const VISIT_TYPES = ['IN_PERSON', 'VIDEO'] as const;
export type VisitType = (typeof VISIT_TYPES)[number];
export type CancelledBy = 'PATIENT' | 'DOCTOR' | 'ADMIN';

export type Appointment = {
  id: string;
  doctorId: string;
  patientId: string;
  doctorName: string;
  patientName: string;
  doctorTimeZone: string;
  start: string;
  end: string;
  status: AppointmentStatus;
  paymentStatus: PaymentStatus;
  visitType: VisitType;
  /** The patient's own words, for the visit's participants; administrators get null. */
  reason: string | null;
  /** Whether the patient wrote a reason, which administrators see without reading it. */
  reasonGiven?: boolean;
  cancelReason: string | null;
  cancelledBy: CancelledBy | null;
  /** When set, the booking is held until then for the payment and released if still unpaid. */
  holdExpiresAt: string | null;
  createdAt: string;
  /** The doctor's fee for the visit (80 or 80.5); 0 means free. Null from servers that predate payments. */
  amountDue: number | null;
  /** ISO 4217 code of `amountDue`, e.g. "EUR". */
  currency: string | null;
  /** The doctor takes the fee at booking: the time is only reserved until it is paid. */
  prepaymentRequired: boolean;
};

export type AppointmentFilter = {
  status?: AppointmentStatus;
  /** Instants (ISO). */
  from?: string;
  to?: string;
  /** Not in the API contract: sent along, and applied here as well. */
  doctorId?: string;
  /** Admins: one patient's appointments. */
  patientId?: string;
};

/** The caller's appointments: a patient's own, a doctor's, or everyone's for an admin. */
export async function getAppointments(filter: AppointmentFilter = {}, { signal }: { signal?: AbortSignal } = {}) {
  const { status, from, to, doctorId, patientId } = filter;
  const list = await api.get<Appointment[]>('/api/appointments', { params: { status, from, to, doctorId, patientId }, signal });
  return doctorId ? list.filter((appointment) => appointment.doctorId === doctorId) : list;
}

export function getAppointmentsQueryOptions(filter: AppointmentFilter = {}) {
  return queryOptions({
    queryKey: [...queryRoots.appointments, 'list', filter],
    queryFn: ({ signal }) => getAppointments(filter, { signal }),
    placeholderData: keepPreviousData,
    staleTime: 15_000,
  });
}

export function useAppointments(filter: AppointmentFilter = {}) {
  return useQuery(getAppointmentsQueryOptions(filter));
}

export type AppointmentPage = { items: Appointment[]; total: number; page: number; size: number };

/**
 * One page of the same list (admins' view of the whole clinic): `page` from 0, and the total
 * from the `X-Total-Count` header. A server that leaves the header out sends everything at once.
 */
export async function getAppointmentsPage(
  filter: AppointmentFilter & { page: number; size: number },
  { signal }: { signal?: AbortSignal } = {},
): Promise<AppointmentPage> {
  const { status, from, to, doctorId, patientId, page, size } = filter;
  const { data, headers } = await api.getWithHeaders<Appointment[]>('/api/appointments', {
    params: { status, from, to, doctorId, patientId, page, size },
    signal,
  });
  const header = Number(headers.get('X-Total-Count'));
  return { items: data, total: Number.isFinite(header) && headers.has('X-Total-Count') ? header : page * size + data.length, page, size };
}

export function getAppointmentsPageQueryOptions(filter: AppointmentFilter & { page: number; size: number }) {
  return queryOptions({
    queryKey: [...queryRoots.appointments, 'page', filter],
    queryFn: ({ signal }) => getAppointmentsPage(filter, { signal }),
    placeholderData: keepPreviousData,
    staleTime: 15_000,
  });
}

export function useAppointmentsPage(filter: AppointmentFilter & { page: number; size: number }) {
  return useQuery(getAppointmentsPageQueryOptions(filter));
}
