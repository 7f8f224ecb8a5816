import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/**
 * `GET /api/config`: the rules the clinic applies to bookings. `noShowGraceMinutes` is how long
 * after the start a doctor may mark a no-show; servers that predate it leave it out (10 applies).
 */
export type BookingPolicy = { patientCancellationCutoffHours: number; holdMinutes: number; noShowGraceMinutes?: number };

export const DEFAULT_BOOKING_POLICY = { patientCancellationCutoffHours: 24, holdMinutes: 15, noShowGraceMinutes: 10 } satisfies BookingPolicy;

/** Minutes after the start before a no-show can be recorded. */
export function noShowGraceMinutes(policy: BookingPolicy | undefined): number {
  const minutes = policy?.noShowGraceMinutes;
  return typeof minutes === 'number' && Number.isFinite(minutes) && minutes >= 0 ? minutes : DEFAULT_BOOKING_POLICY.noShowGraceMinutes;
}

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
