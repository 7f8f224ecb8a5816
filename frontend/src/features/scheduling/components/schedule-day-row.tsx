import { ActionIcon, Button, Group, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { useFieldArray, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PlusIcon, TrashIcon } from '@/components/ui/icons';
import { fieldMessage } from '@/lib/form-errors';
import { formatDateKey, formatLocale, type WeekDay, WEEK_DAYS } from '@/lib/time';
import type { ScheduleFormValues, UpdateScheduleInput } from '@/features/scheduling/api/update-schedule';
import classes from './schedule-editor.module.css';

export type DayRowProps = {
  day: WeekDay;
  index: number;
  control: Control<ScheduleFormValues, unknown, UpdateScheduleInput>;
  register: UseFormRegister<ScheduleFormValues>;
  errors: FieldErrors<ScheduleFormValues>;
};

/** One weekday's working intervals: add, edit, remove. */
export function DayRow({ day, index, control, register, errors }: DayRowProps) {
  const { t, i18n } = useTranslation('scheduling');
  const translate = (key: string) => t(key as never);
  const { fields, append, remove } = useFieldArray({ control, name: `days.${index}.intervals` });
  const dayName = dayLabel(day, formatLocale(i18n.language));
  const dayErrors = errors.days?.[index]?.intervals;

  const addInterval = () => {
    const last = fields[fields.length - 1];
    // After lunch is the usual second interval; the doctor edits from there.
    append(last ? { start: last.end, end: last.end < '23:00' ? nextHour(last.end, 3) : '23:59' } : { start: '09:00', end: '17:00' });
  };

  return (
    <div className={classes.day} role="group" aria-labelledby={`day-${day}`}>
      <Text id={`day-${day}`} fw={650} className={classes.dayName}>
        {dayName}
      </Text>
      <Stack gap="xs" className={classes.intervals}>
        {fields.length === 0 && (
          <Text c="dimmed" size="sm" className={classes.closed}>
            {t('editor.closed')}
          </Text>
        )}
        {fields.map((field, i) => {
          const n = fields.length > 1 ? i + 1 : undefined;
          return (
            <Group key={field.id} gap="xs" wrap="nowrap" align="flex-start">
              <TextInput
                type="time"
                aria-label={n ? t('editor.fromNth', { day: dayName, n }) : t('editor.from', { day: dayName })}
                error={fieldMessage(dayErrors?.[i]?.start, translate)}
                className={classes.time}
                size="sm"
                {...register(`days.${index}.intervals.${i}.start`)}
              />
              <Text c="dimmed" mt={6} aria-hidden="true">
                –
              </Text>
              <TextInput
                type="time"
                aria-label={n ? t('editor.untilNth', { day: dayName, n }) : t('editor.until', { day: dayName })}
                error={fieldMessage(dayErrors?.[i]?.end, translate)}
                className={classes.time}
                size="sm"
                {...register(`days.${index}.intervals.${i}.end`)}
              />
              <Tooltip label={t('editor.removeInterval')} openDelay={400}>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="lg"
                  aria-label={n ? t('editor.removeNth', { day: dayName, n }) : t('editor.remove', { day: dayName })}
                  onClick={() => remove(i)}
                >
                  <TrashIcon size={18} />
                </ActionIcon>
              </Tooltip>
            </Group>
          );
        })}
      </Stack>
      <Button
        variant="subtle"
        size="sm"
        leftSection={<PlusIcon size={16} />}
        onClick={addInterval}
        aria-label={t('editor.addFor', { day: dayName })}
        className={classes.add}
      >
        {t('editor.add')}
      </Button>
    </div>
  );
}

function nextHour(time: string, hours: number): string {
  const [h = 0, m = 0] = time.split(':').map(Number);
  const total = Math.min(h * 60 + m + hours * 60, 23 * 60 + 59);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** "Monday" in the reader's language; 2024-01-01 was a Monday. */
export function dayLabel(day: WeekDay, locale: string): string {
  return formatDateKey(`2024-01-0${WEEK_DAYS.indexOf(day) + 1}`, locale, { weekday: 'long' });
}
