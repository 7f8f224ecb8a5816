import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '@/lib/api-client';
import { queryRoots } from '@/lib/query-keys';
import { WEEK_DAYS, type WeekDay } from '@/lib/time';
import { scheduleQueryKey, type Schedule, type WeeklyInterval } from '@/features/scheduling/api/get-schedule';

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

export const toMinutes = (time: string) => {
  const [h = 0, m = 0] = time.split(':').map(Number);
  return h * 60 + m;
};

const blankableInt = (min: number, max: number, error: string) =>
  z
    .union([z.number(), z.literal('')], { error })
    .refine((v) => v === '' || (Number.isInteger(v) && v >= min && v <= max), { error });

const intervalSchema = z.object({
  start: z.string().regex(HH_MM, { error: 'editor.validation.timeInvalid' }),
  end: z.string().regex(HH_MM, { error: 'editor.validation.timeInvalid' }),
});

// Messages are i18n keys in the `scheduling` namespace; the editor translates them.
export const updateScheduleInputSchema = z
  .object({
    timeZone: z.string().min(1, { error: 'editor.validation.timeZoneRequired' }),
    slotMinutes: z
      .union([z.number(), z.literal('')], { error: 'editor.validation.slotRange' })
      .refine((v) => v !== '' && Number.isInteger(v) && v >= 5 && v <= 240, { error: 'editor.validation.slotRange' }),
    bufferMinutes: blankableInt(0, 240, 'editor.validation.bufferRange'),
    minNoticeMinutes: blankableInt(0, 43_200, 'editor.validation.noticeRange'),
    horizonDays: blankableInt(1, 730, 'editor.validation.horizonRange'),
    days: z
      .array(z.object({ day: z.enum(WEEK_DAYS), intervals: z.array(intervalSchema) }))
      .length(7),
  })
  .superRefine((values, ctx) => {
    const slot = typeof values.slotMinutes === 'number' ? values.slotMinutes : 0;
    values.days.forEach(({ intervals }, d) => {
      const valid = intervals
        .map((interval, i) => ({ ...interval, i }))
        .filter(({ start, end }) => HH_MM.test(start) && HH_MM.test(end));
      for (const { start, end, i } of valid) {
        if (toMinutes(end) <= toMinutes(start)) {
          ctx.addIssue({ code: 'custom', path: ['days', d, 'intervals', i, 'end'], message: 'editor.validation.endBeforeStart' });
        } else if (slot && toMinutes(end) - toMinutes(start) < slot) {
          ctx.addIssue({ code: 'custom', path: ['days', d, 'intervals', i, 'end'], message: 'editor.validation.shorterThanSlot' });
        }
      }
      const sorted = [...valid].sort((a, b) => toMinutes(a.start) - toMinutes(b.start));
      for (let k = 1; k < sorted.length; k++) {
        if (toMinutes(sorted[k]!.start) < toMinutes(sorted[k - 1]!.end)) {
          ctx.addIssue({ code: 'custom', path: ['days', d, 'intervals', sorted[k]!.i, 'start'], message: 'editor.validation.overlap' });
        }
      }
    });
  })
  .transform((values) => ({
    timeZone: values.timeZone,
    slotMinutes: values.slotMinutes as number,
    ...(values.bufferMinutes === '' ? {} : { bufferMinutes: values.bufferMinutes }),
    ...(values.minNoticeMinutes === '' ? {} : { minNoticeMinutes: values.minNoticeMinutes }),
    ...(values.horizonDays === '' ? {} : { horizonDays: values.horizonDays }),
    weekly: flattenWeekly(values.days),
  }));

export type ScheduleFormValues = z.input<typeof updateScheduleInputSchema>;
export type UpdateScheduleInput = z.output<typeof updateScheduleInputSchema>;

type DayForm = { day: WeekDay; intervals: { start: string; end: string }[] };

/**
 * The form's days in the API's flat order: Monday first, each day's intervals in the order shown.
 * The index of an entry here is what a server error like "weekly[2].end" points at.
 */
export function flattenWeekly(days: DayForm[]): WeeklyInterval[] {
  return days.flatMap(({ day, intervals }) => intervals.map(({ start, end }) => ({ day, start, end })));
}

/** The API's weekly list grouped into the editor's seven rows, intervals in time order. */
export function toScheduleFormValues(schedule: Schedule): ScheduleFormValues {
  return {
    timeZone: schedule.timeZone,
    slotMinutes: schedule.slotMinutes,
    bufferMinutes: schedule.bufferMinutes ?? '',
    minNoticeMinutes: schedule.minNoticeMinutes ?? '',
    horizonDays: schedule.horizonDays ?? '',
    days: WEEK_DAYS.map((day) => ({
      day,
      intervals: schedule.weekly
        .filter((interval) => interval.day === day)
        .sort((a, b) => toMinutes(a.start) - toMinutes(b.start))
        .map(({ start, end }) => ({ start: start.slice(0, 5), end: end.slice(0, 5) })),
    })),
  };
}

/**
 * Where a server error lands in the editor: "weekly[2].end" names the third entry of the flat
 * list that was sent, which is some day's n-th interval; "weekly" alone is about the whole week.
 */
export function scheduleFieldPath(days: DayForm[], apiField: string): string | undefined {
  if (['timeZone', 'slotMinutes', 'bufferMinutes', 'minNoticeMinutes', 'horizonDays'].includes(apiField)) return apiField;
  if (apiField === 'weekly') return 'weekly';
  const match = /^weekly\[(\d+)\](?:\.(start|end|day))?$/.exec(apiField);
  if (!match) return undefined;
  let index = Number(match[1]);
  for (let d = 0; d < days.length; d++) {
    const count = days[d]!.intervals.length;
    if (index < count) return `days.${d}.intervals.${index}.${match[2] === 'end' ? 'end' : 'start'}`;
    index -= count;
  }
  return 'weekly';
}

export function updateSchedule(doctorId: string, input: UpdateScheduleInput): Promise<Schedule> {
  return api.put<Schedule>(`/api/doctors/${encodeURIComponent(doctorId)}/schedule`, input);
}

export function useUpdateSchedule(doctorId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateScheduleInput) => updateSchedule(doctorId, input),
    onSuccess: (schedule) => {
      queryClient.setQueryData(scheduleQueryKey(doctorId), schedule);
      void queryClient.invalidateQueries({ queryKey: [...queryRoots.slots, doctorId] });
      void queryClient.invalidateQueries({ queryKey: queryRoots.doctors });
    },
  });
}
