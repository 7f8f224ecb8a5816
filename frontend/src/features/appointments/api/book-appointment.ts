import { z } from 'zod';
import { api } from '@/lib/api-client';
import { useApiMutation } from '@/lib/api-mutation';
import { queryRoots } from '@/lib/query-keys';
import { VISIT_TYPES, type Appointment } from '@/features/appointments/api/get-appointments';

export const REASON_MAX_LENGTH = 500;

// Messages are i18n keys in the `appointments` namespace.
export const bookAppointmentInputSchema = z.object({
  doctorId: z.string().min(1),
  start: z.string().min(1),
  reason: z
    .string()
    .trim()
    .max(REASON_MAX_LENGTH, { error: 'book.validation.reasonTooLong' })
    .transform((value) => value || undefined),
  visitType: z.enum(VISIT_TYPES, { error: 'book.validation.visitTypeRequired' }),
  /** Only when an admin books on a patient's behalf; patients book for themselves. */
  patientId: z.string().optional(),
});

export type BookAppointmentFormValues = z.input<typeof bookAppointmentInputSchema>;
export type BookAppointmentInput = z.output<typeof bookAppointmentInputSchema>;

/**
 * One `idempotencyKey` per booking attempt: a retry after a lost answer cannot book twice.
 */
export function bookAppointment(input: BookAppointmentInput, idempotencyKey: string): Promise<Appointment> {
  return api.post<Appointment>('/api/appointments', input, { headers: { 'Idempotency-Key': idempotencyKey } });
}

export function useBookAppointment({ onSuccess }: { onSuccess?: (appointment: Appointment) => void } = {}) {
  return useApiMutation(({ input, idempotencyKey }: { input: BookAppointmentInput; idempotencyKey: string }) => bookAppointment(input, idempotencyKey), {
    invalidates: [queryRoots.appointments, queryRoots.notifications],
    // Booked or not, the free slots changed: a 409 means somebody else got there first.
    invalidatesSettled: [queryRoots.slots, queryRoots.doctors],
    onSuccess,
  });
}
