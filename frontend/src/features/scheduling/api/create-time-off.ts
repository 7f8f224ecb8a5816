import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '@/lib/api-client';
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
export type CreateTimeOffInput = z.output<ReturnType<typeof createTimeOffInputSchema>>;

export function createTimeOff(doctorId: string, input: CreateTimeOffInput): Promise<TimeOff> {
  return api.post<TimeOff>(`/api/doctors/${encodeURIComponent(doctorId)}/time-off`, input);
}

export function useCreateTimeOff(doctorId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateTimeOffInput) => createTimeOff(doctorId, input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: scheduleQueryKey(doctorId) });
      void queryClient.invalidateQueries({ queryKey: [...queryRoots.slots, doctorId] });
    },
  });
}
