import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryRoots } from '@/lib/query-keys';
import type { DateRange } from '@/features/payments/api/get-admin-payments';

export type CurrencyAmount = { currency: string; amount: number };

/** `GET /api/admin/revenue`: money kept (paid minus refunded), in total, per day and per doctor. */
export type Revenue = {
  from: string;
  to: string;
  totals: CurrencyAmount[];
  byDay: (CurrencyAmount & { date: string })[];
  byDoctor: (CurrencyAmount & { doctorId: string; doctorName: string; payments: number })[];
};

export function getRevenue(range: DateRange, { signal }: { signal?: AbortSignal } = {}): Promise<Revenue> {
  return api.get<Revenue>('/api/admin/revenue', { params: { from: range.from, to: range.to }, signal });
}

export function getRevenueQueryOptions(range: DateRange) {
  return queryOptions({
    queryKey: [...queryRoots.payments, 'revenue', range],
    queryFn: ({ signal }) => getRevenue(range, { signal }),
    placeholderData: keepPreviousData,
    staleTime: 15_000,
  });
}

export function useRevenue(range: DateRange, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...getRevenueQueryOptions(range), enabled });
}
