import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryRoots } from '@/lib/query-keys';

export const PAYMENT_STATES = ['OPEN', 'PAID', 'FAILED', 'EXPIRED', 'REFUNDED'] as const;
export type PaymentState = (typeof PAYMENT_STATES)[number];
/** "test" for the in-app checkout, "stripe" for real money. */
export type PaymentProvider = 'test' | 'stripe';

/** `GET /api/payments/{id}`: one payment, for the patient who pays it or an admin. */
export type Payment = {
  id: string;
  appointmentId: string;
  doctorName: string;
  /** The appointment's start (ISO instant). */
  start: string;
  amount: number;
  currency: string;
  status: PaymentState;
  refundedAmount: number;
  provider: PaymentProvider;
  createdAt: string;
};

export function getPayment(id: string, { signal }: { signal?: AbortSignal } = {}): Promise<Payment> {
  return api.get<Payment>(`/api/payments/${encodeURIComponent(id)}`, { signal });
}

export function getPaymentQueryKey(id: string) {
  return [...queryRoots.payments, 'detail', id] as const;
}

/** `pollWhileOpen`: ask again every few seconds until the provider has settled it. */
export function getPaymentQueryOptions(id: string, { pollWhileOpen = false }: { pollWhileOpen?: boolean } = {}) {
  return queryOptions({
    queryKey: getPaymentQueryKey(id),
    queryFn: ({ signal }) => getPayment(id, { signal }),
    refetchInterval: pollWhileOpen ? (query) => (query.state.data?.status === 'OPEN' ? 3_000 : false) : false,
  });
}

export function usePayment(id: string, options: { pollWhileOpen?: boolean } = {}) {
  return useQuery(getPaymentQueryOptions(id, options));
}
