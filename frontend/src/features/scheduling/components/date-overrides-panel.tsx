import { zodResolver } from '@hookform/resolvers/zod';
import { ActionIcon, Button, Card, Checkbox, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormActions, FormAlert } from '@/components/ui/form-fields';
import { CalendarIcon, PlusIcon, TrashIcon } from '@/components/ui/icons';
import { applyFieldErrors, fieldMessage, formAlertText } from '@/lib/form-errors';
import { formatDateKey, formatLocale, formatWallTimeRange, todayKey } from '@/lib/time';
import { useDeleteDateOverride } from '@/features/scheduling/api/delete-date-override';
import { useSchedule } from '@/features/scheduling/api/get-schedule';
import {
  setDateOverrideInputSchema,
  useSetDateOverride,
  type DateOverrideFormValues,
  type SetDateOverrideInput,
} from '@/features/scheduling/api/set-date-override';
import { SchedulePanel, SchedulePanelRow } from '@/features/scheduling/components/schedule-panel';

/** Dates that differ from the weekly hours: closed days, or special hours. */
export function DateOverridesPanel({ doctorId }: { doctorId: string }) {
  const { t, i18n } = useTranslation('scheduling');
  const locale = formatLocale(i18n.language);
  const schedule = useSchedule(doctorId);
  const [adding, setAdding] = useState(false);
  const remove = useDeleteDateOverride(doctorId);

  return (
    <SchedulePanel
      headingId="overrides-heading"
      title={t('overrides.heading')}
      text={schedule.data ? t('overrides.text', { zone: schedule.data.timeZone }) : t('overrides.textNoZone')}
      addLabel={t('overrides.add')}
      onAdd={!adding && schedule.data ? () => setAdding(true) : undefined}
      form={adding && <OverrideForm doctorId={doctorId} onDone={() => setAdding(false)} />}
      removal={remove}
      schedule={schedule}
      loadingLabel={t('overrides.loading')}
      errorTitle={t('overrides.errorTitle')}
      isEmpty={(data) => data.overrides.length === 0}
      empty={{ icon: <CalendarIcon size={26} />, title: t('overrides.emptyTitle'), text: t('overrides.emptyText') }}
    >
      {(data) =>
        [...data.overrides]
          .sort((a, b) => a.date.localeCompare(b.date))
          .map((override) => {
            const date = formatDateKey(override.date, locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
            return (
              <SchedulePanelRow
                key={override.date}
                removeTooltip={t('overrides.remove')}
                removeLabel={t('overrides.removeFor', { date })}
                removing={remove.isPending && remove.variables === override.date}
                onRemove={() => remove.mutate(override.date)}
              >
                <Text fw={600} c={override.date < todayKey(data.timeZone) ? 'dimmed' : undefined}>
                  {date}
                </Text>
                <Text size="sm" c={override.hours.length === 0 ? 'red.9' : 'gray.7'}>
                  {override.hours.length === 0
                    ? t('overrides.closedAllDay')
                    : override.hours.map((h) => formatWallTimeRange(h.start, h.end, locale)).join(', ')}
                </Text>
              </SchedulePanelRow>
            );
          })
      }
    </SchedulePanel>
  );
}

const OVERRIDE_FIELDS = (apiField: string) => {
  if (apiField === 'date') return 'date' as const;
  const match = /^hours\[(\d+)\]\.(start|end)$/.exec(apiField);
  if (match) return `hours.${Number(match[1])}.${match[2] as 'start' | 'end'}` as const;
  if (apiField === 'hours') return 'hours' as const;
  return undefined;
};

function OverrideForm({ doctorId, onDone }: { doctorId: string; onDone: () => void }) {
  const { t } = useTranslation(['scheduling', 'common']);
  const translate = (key: string) => t(key as never);
  const save = useSetDateOverride(doctorId);
  const {
    control,
    register,
    handleSubmit,
    setError,
    watch,
    formState: { errors },
  } = useForm<DateOverrideFormValues, unknown, SetDateOverrideInput>({
    resolver: zodResolver(setDateOverrideInputSchema),
    defaultValues: { date: '', closed: true, hours: [{ start: '09:00', end: '13:00' }] },
  });
  const { fields, append, remove } = useFieldArray({ control, name: 'hours' });
  const closed = watch('closed');

  const onSubmit = handleSubmit((input) =>
    save.mutate(input, {
      onSuccess: onDone,
      onError: (error) => applyFieldErrors(error, setError, OVERRIDE_FIELDS),
    }),
  );
  const formError = formAlertText(save.error, OVERRIDE_FIELDS);

  return (
    <Card withBorder shadow="none" bg="gray.0" radius="md" padding="md">
      <form onSubmit={onSubmit} noValidate aria-label={t('overrides.formLabel')}>
        <Stack gap="sm">
          <FormAlert>{formError}</FormAlert>
          <TextInput type="date" label={t('overrides.date')} error={fieldMessage(errors.date, translate)} maw={220} {...register('date')} />
          <Checkbox label={t('overrides.closed')} {...register('closed')} />
          {!closed && (
            <Stack gap="xs">
              {fields.map((field, i) => (
                <Group key={field.id} gap="xs" wrap="nowrap" align="flex-start">
                  <TextInput
                    type="time"
                    aria-label={t('overrides.fromNth', { n: i + 1 })}
                    error={fieldMessage(errors.hours?.[i]?.start, translate)}
                    size="sm"
                    maw={140}
                    {...register(`hours.${i}.start`)}
                  />
                  <Text c="dimmed" mt={6} aria-hidden="true">
                    –
                  </Text>
                  <TextInput
                    type="time"
                    aria-label={t('overrides.untilNth', { n: i + 1 })}
                    error={fieldMessage(errors.hours?.[i]?.end, translate)}
                    size="sm"
                    maw={140}
                    {...register(`hours.${i}.end`)}
                  />
                  {fields.length > 1 && (
                    <ActionIcon variant="subtle" color="gray" size="lg" aria-label={t('overrides.removeNth', { n: i + 1 })} onClick={() => remove(i)}>
                      <TrashIcon size={18} />
                    </ActionIcon>
                  )}
                </Group>
              ))}
              {errors.hours?.message && (
                <Text size="sm" c="red.9" role="alert">
                  {translate(errors.hours.message)}
                </Text>
              )}
              <Button variant="subtle" size="xs" leftSection={<PlusIcon size={14} />} onClick={() => append({ start: '14:00', end: '17:00' })} style={{ alignSelf: 'flex-start' }}>
                {t('overrides.addHours')}
              </Button>
            </Stack>
          )}
          <FormActions submitLabel={t('overrides.save')} pending={save.isPending} cancelLabel={t('common:cancel')} onCancel={onDone} />
        </Stack>
      </form>
    </Card>
  );
}
