import { z } from 'zod';
import { api, isApiError } from '@/lib/api-client';
import { useApiMutation } from '@/lib/api-mutation';
import { queryRoots } from '@/lib/query-keys';
import { localInputToInstant } from '@/lib/time';
import { scheduleQueryKey, type TimeOff } from '@/features/scheduling/api/get-schedule';

const LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/**
 * The form holds `datetime-local` values read in `timeZone` (the doctor's schedule zone); the
 * API wants instants. Messages are i18n keys in the `scheduling` namespace.
 */
export function createTimeOffInputSchema(timeZone: string) {
  return z
    .object({
      start: z.string().regex(LOCAL, { error: 'timeOff.validation.startRequired' }),
      end: z.string().regex(LOCAL, { error: 'timeOff.validation.endRequired' }),
      reason: z.string().trim().max(200, { error: 'timeOff.validation.reasonTooLong' }),
    })
    .refine(({ start, end }) => !LOCAL.test(start) || !LOCAL.test(end) || end > start, {
      path: ['end'],
      error: 'timeOff.validation.endBeforeStart',
    })
    .transform(({ start, end, reason }) => ({
      start: localInputToInstant(start, timeZone)!.toISOString(),
      end: localInputToInstant(end, timeZone)!.toISOString(),
      ...(reason ? { reason } : {}),
    }));
}

export type TimeOffFormValues = z.input<ReturnType<typeof createTimeOffInputSchema>>;
export type CreateTimeOffInput = z.output<ReturnType<typeof createTimeOffInputSchema>> & {
  /** Cancel the booked visits the time off covers (the server refuses with 409 otherwise). */
  cancelBookedVisits?: boolean;
  /** Shown to the patients whose visits are cancelled; required with `cancelBookedVisits`. */
  cancellationReason?: string;
};

/** The reason patients read when their visits give way to time off. */
export const cancellationReasonSchema = z.object({
  cancellationReason: z
    .string()
    .trim()
    .min(1, { error: 'timeOff.validation.cancellationReasonRequired' })
    .max(500, { error: 'timeOff.validation.cancellationReasonTooLong' }),
});
export type CancellationReasonValues = z.input<typeof cancellationReasonSchema>;

export const TIME_OFF_COVERS_VISITS = 'urn:careslot:problem:time-off-covers-visits';

/** A booked visit the time off would cancel, as the 409 problem lists it. */
export type CoveredVisit = { id: string; patientName: string; start: string; end: string };

/** The visits in a 409 "time off covers visits" answer; null for any other failure. */
export function coveredVisits(error: unknown): CoveredVisit[] | null {
  if (!isApiError(error) || error.status !== 409 || error.type !== TIME_OFF_COVERS_VISITS) return null;
  const list = error.problem.appointments;
  if (!Array.isArray(list)) return [];
  return list
    .filter((a): a is Record<string, unknown> => typeof a === 'object' && a !== null)
    .map((a) => ({ id: String(a.id), patientName: String(a.patientName ?? ''), start: String(a.start), end: String(a.end) }));
}

export function createTimeOff(doctorId: string, input: CreateTimeOffInput): Promise<TimeOff> {
  return api.post<TimeOff>(`/api/doctors/${encodeURIComponent(doctorId)}/time-off`, input);
}

export function useCreateTimeOff(doctorId: string) {
  return useApiMutation((input: CreateTimeOffInput) => createTimeOff(doctorId, input), {
    // The calendar shows the time off; cancelled visits change lists, texts and refunds.
    invalidates: (_timeOff, input) => [
      scheduleQueryKey(doctorId),
      [...queryRoots.slots, doctorId],
      queryRoots.appointments,
      ...(input.cancelBookedVisits ? [queryRoots.notifications, queryRoots.payments, queryRoots.doctors] : []),
    ],
  });
}
