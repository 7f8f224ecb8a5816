import { z } from 'zod';
import { api } from '@/lib/api-client';
import { useApiMutation } from '@/lib/api-mutation';
import { queryRoots } from '@/lib/query-keys';
import { scheduleQueryKey, type DateOverride } from '@/features/scheduling/api/get-schedule';
import { toMinutes } from '@/features/scheduling/api/update-schedule';

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

// Messages are i18n keys in the `scheduling` namespace.
export const setDateOverrideInputSchema = z
  .object({
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'overrides.validation.dateRequired' }),
    closed: z.boolean(),
    hours: z.array(
      z.object({
        start: z.string().regex(HH_MM, { error: 'editor.validation.timeInvalid' }),
        end: z.string().regex(HH_MM, { error: 'editor.validation.timeInvalid' }),
      }),
    ),
  })
  .superRefine(({ closed, hours }, ctx) => {
    if (closed) return;
    if (hours.length === 0) ctx.addIssue({ code: 'custom', path: ['hours'], message: 'overrides.validation.hoursRequired' });
    hours.forEach(({ start, end }, i) => {
      if (HH_MM.test(start) && HH_MM.test(end) && toMinutes(end) <= toMinutes(start)) {
        ctx.addIssue({ code: 'custom', path: ['hours', i, 'end'], message: 'editor.validation.endBeforeStart' });
      }
    });
  })
  .transform(({ date, closed, hours }) => ({ date, hours: closed ? [] : hours }));

export type DateOverrideFormValues = z.input<typeof setDateOverrideInputSchema>;
export type SetDateOverrideInput = z.output<typeof setDateOverrideInputSchema>;

/** Replaces the hours of one date in the doctor's zone; no hours closes the date. */
export function setDateOverride(doctorId: string, { date, hours }: SetDateOverrideInput): Promise<DateOverride> {
  return api.put<DateOverride>(
    `/api/doctors/${encodeURIComponent(doctorId)}/overrides/${encodeURIComponent(date)}`,
    { hours },
  );
}

export function useSetDateOverride(doctorId: string) {
  return useApiMutation((input: SetDateOverrideInput) => setDateOverride(doctorId, input), { invalidates: [scheduleQueryKey(doctorId), [...queryRoots.slots, doctorId]] });
}
