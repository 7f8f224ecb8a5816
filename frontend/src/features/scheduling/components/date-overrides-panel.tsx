import { zodResolver } from '@hookform/resolvers/zod';
import { ActionIcon, Alert, Button, Card, Checkbox, Group, Skeleton, Stack, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { FormAlert } from '@/components/ui/form-fields';
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { AlertIcon, CalendarIcon, PlusIcon, TrashIcon } from '@/components/ui/icons';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/query-state';
import { applyFieldErrors, describeError, fieldMessage, formAlertText } from '@/lib/form-errors';
import { formatDateKey, formatLocale, formatWallTimeRange, todayKey } from '@/lib/time';
import { useDeleteDateOverride } from '@/features/scheduling/api/delete-date-override';
import { useSchedule, type DateOverride } from '@/features/scheduling/api/get-schedule';
import {
  setDateOverrideInputSchema,
  useSetDateOverride,
  type DateOverrideFormValues,
  type SetDateOverrideInput,
} from '@/features/scheduling/api/set-date-override';

/** Dates that differ from the weekly hours: closed days, or special hours. */
export function DateOverridesPanel({ doctorId }: { doctorId: string }) {
  const { t, i18n } = useTranslation(['scheduling', 'common']);
  const schedule = useSchedule(doctorId);
  const [adding, setAdding] = useState(false);
  const remove = useDeleteDateOverride(doctorId);
  const overrides = [...(schedule.data?.overrides ?? [])].sort((a, b) => a.date.localeCompare(b.date));

  return (
    <Card component="section" aria-labelledby="overrides-heading">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={2} style={{ flex: '1 1 14rem' }}>
            <Title order={2} id="overrides-heading" fz="h3">
              {t('overrides.heading')}
            </Title>
            <Text size="sm" c="dimmed">
              {schedule.data ? t('overrides.text', { zone: schedule.data.timeZone }) : t('overrides.textNoZone')}
            </Text>
          </Stack>
          {!adding && schedule.data && (
            <Button variant="light" leftSection={<PlusIcon size={16} />} onClick={() => setAdding(true)}>
              {t('overrides.add')}
            </Button>
          )}
        </Group>

        {adding && <OverrideForm doctorId={doctorId} onDone={() => setAdding(false)} />}

        {remove.isError && (
          <Alert color="red" variant="light" icon={<AlertIcon />} role="alert" withCloseButton onClose={() => remove.reset()} closeButtonLabel={t('common:dismiss')}>
            {describeError(remove.error)}
          </Alert>
        )}

        {schedule.isPending ? (
          <LoadingState label={t('overrides.loading')}>
            <Stack gap="xs" aria-hidden="true">
              <Skeleton height={44} />
              <Skeleton height={44} />
            </Stack>
          </LoadingState>
        ) : schedule.isError ? (
          <ErrorState title={t('overrides.errorTitle')} error={schedule.error} onRetry={() => void schedule.refetch()} retrying={schedule.isFetching} />
        ) : overrides.length === 0 ? (
          <EmptyState withCard={false} icon={<CalendarIcon size={26} />} title={t('overrides.emptyTitle')} text={t('overrides.emptyText')} />
        ) : (
          <Stack component="ul" gap={0} p={0} m={0} style={{ listStyle: 'none' }}>
            {overrides.map((override) => (
              <OverrideRow
                key={override.date}
                override={override}
                locale={formatLocale(i18n.language)}
                past={override.date < todayKey(schedule.data.timeZone)}
                removing={remove.isPending && remove.variables === override.date}
                onRemove={() => remove.mutate(override.date)}
              />
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}

function OverrideRow({
  override,
  locale,
  past,
  removing,
  onRemove,
}: {
  override: DateOverride;
  locale: string;
  past: boolean;
  removing: boolean;
  onRemove: () => void;
}) {
  const { t } = useTranslation('scheduling');
  const date = formatDateKey(override.date, locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
  return (
    <Group component="li" justify="space-between" gap="sm" py="sm" wrap="nowrap" style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Text fw={600} c={past ? 'dimmed' : undefined}>
          {date}
        </Text>
        <Text size="sm" c={override.hours.length === 0 ? 'red.9' : 'gray.7'}>
          {override.hours.length === 0
            ? t('overrides.closedAllDay')
            : override.hours.map((h) => formatWallTimeRange(h.start, h.end, locale)).join(', ')}
        </Text>
      </Stack>
      <Tooltip label={t('overrides.remove')} openDelay={400}>
        <ActionIcon variant="subtle" color="gray" size="lg" loading={removing} aria-label={t('overrides.removeFor', { date })} onClick={onRemove}>
          <TrashIcon size={18} />
        </ActionIcon>
      </Tooltip>
    </Group>
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
          <Group gap="sm">
            <Button type="submit" loading={save.isPending}>
              {t('overrides.save')}
            </Button>
            <Button variant="default" onClick={onDone}>
              {t('common:cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
