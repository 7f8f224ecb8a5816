import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** `GET /api/config`: the rules the clinic applies to bookings. */
export type BookingPolicy = { patientCancellationCutoffHours: number; holdMinutes: number };

export const DEFAULT_BOOKING_POLICY: BookingPolicy = { patientCancellationCutoffHours: 24, holdMinutes: 15 };

export function getBookingPolicy({ signal }: { signal?: AbortSignal } = {}): Promise<BookingPolicy> {
  return api.get<BookingPolicy>('/api/config', { signal });
}

export function getBookingPolicyQueryOptions() {
  return queryOptions({
    queryKey: ['config'],
    queryFn: ({ signal }) => getBookingPolicy({ signal }),
    staleTime: 60 * 60_000,
  });
}

export function useBookingPolicy() {
  return useQuery(getBookingPolicyQueryOptions());
}
