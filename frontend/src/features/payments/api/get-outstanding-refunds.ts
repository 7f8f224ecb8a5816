import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryRoots } from '@/lib/query-keys';

/** A fee CareSlot has to give back and has not yet: the provider refused or did not answer. */
export type OutstandingRefund = {
  appointmentId: string;
  paymentId: string;
  patientName: string;
  doctorName: string;
  amount: { amount: number | string; currency: string };
  cancelledAt: string;
  /** How often the provider was asked so far; retried on a growing wait. */
  attempts: number;
  lastError: string | null;
};

export function getOutstandingRefundsQueryOptions() {
  return queryOptions({
    queryKey: [...queryRoots.payments, 'refunds-outstanding'],
    queryFn: ({ signal }) => api.get<OutstandingRefund[]>('/api/admin/refunds/outstanding', { signal }),
    refetchInterval: 60_000,
  });
}

export function useOutstandingRefunds() {
  return useQuery(getOutstandingRefundsQueryOptions());
}
