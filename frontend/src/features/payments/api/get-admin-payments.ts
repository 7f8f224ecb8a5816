import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryRoots } from '@/lib/query-keys';
import type { PaymentProvider, PaymentState } from '@/features/payments/api/get-payment';

/** Calendar dates ("2027-03-29"), both included; the server counts days in UTC. */
export type DateRange = { from: string; to: string };

/** One row of the payment log (`GET /api/admin/payments`). */
export type AdminPayment = {
  id: string;
  appointmentId: string;
  doctorName: string;
  patientName: string;
  start: string;
  amount: number;
  currency: string;
  status: PaymentState;
  refundedAmount: number;
  provider: PaymentProvider;
  /** The provider's reference (Stripe's checkout session, `test_…` in test mode); null until one exists. */
  transactionId: string | null;
  createdAt: string;
};

/** Every payment created in the range, newest first. */
export function getAdminPayments(range: DateRange, { signal }: { signal?: AbortSignal } = {}): Promise<AdminPayment[]> {
  return api.get<AdminPayment[]>('/api/admin/payments', { params: { from: range.from, to: range.to }, signal });
}

export function getAdminPaymentsQueryOptions(range: DateRange) {
  return queryOptions({
    queryKey: [...queryRoots.payments, 'log', range],
    queryFn: ({ signal }) => getAdminPayments(range, { signal }),
    placeholderData: keepPreviousData,
    staleTime: 15_000,
  });
}

export function useAdminPayments(range: DateRange, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...getAdminPaymentsQueryOptions(range), enabled });
}
