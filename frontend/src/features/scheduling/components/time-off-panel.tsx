import { zodResolver } from '@hookform/resolvers/zod';
import { Card, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormActions, FormAlert } from '@/components/ui/form-fields';
import { ClockIcon } from '@/components/ui/icons';
import { applyFieldErrors, fieldMessage, formAlertText } from '@/lib/form-errors';
import { formatDateTime, formatLocale, toDate } from '@/lib/time';
import {
  coveredVisits,
  createTimeOffInputSchema,
  useCreateTimeOff,
  type CreateTimeOffInput,
  type TimeOffFormValues,
} from '@/features/scheduling/api/create-time-off';
import { useDeleteTimeOff } from '@/features/scheduling/api/delete-time-off';
import { useSchedule } from '@/features/scheduling/api/get-schedule';
import { CoveredVisitsWarning } from '@/features/scheduling/components/covered-visits-warning';
import { SchedulePanel, SchedulePanelRow } from '@/features/scheduling/components/schedule-panel';

/** Blocks of time off (holidays, training): no slots are offered inside them. */
export function TimeOffPanel({ doctorId }: { doctorId: string }) {
  const { t, i18n } = useTranslation('scheduling');
  const locale = formatLocale(i18n.language);
  const schedule = useSchedule(doctorId);
  const [adding, setAdding] = useState(false);
  const remove = useDeleteTimeOff(doctorId);

  return (
    <SchedulePanel
      headingId="time-off-heading"
      title={t('timeOff.heading')}
      text={schedule.data ? t('timeOff.text', { zone: schedule.data.timeZone }) : t('timeOff.textNoZone')}
      addLabel={t('timeOff.add')}
      onAdd={!adding && schedule.data ? () => setAdding(true) : undefined}
      form={adding && schedule.data && <TimeOffForm doctorId={doctorId} timeZone={schedule.data.timeZone} onDone={() => setAdding(false)} />}
      removal={remove}
      schedule={schedule}
      loadingLabel={t('timeOff.loading')}
      errorTitle={t('timeOff.errorTitle')}
      isEmpty={(data) => data.timeOff.length === 0}
      empty={{ icon: <ClockIcon size={26} />, title: t('timeOff.emptyTitle'), text: t('timeOff.emptyText') }}
    >
      {(data) =>
        [...data.timeOff]
          .sort((x, y) => toDate(x.start).getTime() - toDate(y.start).getTime())
          .map((entry) => {
            const range = `${formatDateTime(entry.start, data.timeZone, locale)} – ${formatDateTime(entry.end, data.timeZone, locale)}`;
            return (
              <SchedulePanelRow
                key={entry.id}
                removeTooltip={t('timeOff.remove')}
                removeLabel={t('timeOff.removeFor', { range })}
                removing={remove.isPending && remove.variables === entry.id}
                onRemove={() => remove.mutate(entry.id)}
              >
                <Text fw={600}>{range}</Text>
                {entry.reason && (
                  <Text size="sm" c="gray.7" style={{ overflowWrap: 'anywhere' }}>
                    {entry.reason}
                  </Text>
                )}
              </SchedulePanelRow>
            );
          })
      }
    </SchedulePanel>
  );
}

const TIME_OFF_FIELDS = ['start', 'end', 'reason'] as const;

function TimeOffForm({ doctorId, timeZone, onDone }: { doctorId: string; timeZone: string; onDone: () => void }) {
  const { t } = useTranslation(['scheduling', 'common']);
  const translate = (key: string) => t(key as never);
  const create = useCreateTimeOff(doctorId);
  const schema = useMemo(() => createTimeOffInputSchema(timeZone), [timeZone]);
  // The time off as first sent, kept while the doctor decides about the visits it covers.
  const [sent, setSent] = useState<CreateTimeOffInput | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<TimeOffFormValues, unknown, CreateTimeOffInput>({
    resolver: zodResolver(schema),
    defaultValues: { start: '', end: '', reason: '' },
  });

  const onSubmit = handleSubmit((input) => {
    setSent(input);
    create.mutate(input, {
      onSuccess: onDone,
      onError: (error) => applyFieldErrors(error, setError, TIME_OFF_FIELDS),
    });
  });
  const covered = coveredVisits(create.error);
  const formError = covered ? null : formAlertText(create.error, TIME_OFF_FIELDS);

  return (
    <Card withBorder shadow="none" bg="gray.0" radius="md" padding="md">
      <Stack gap="sm">
        <form onSubmit={onSubmit} noValidate aria-label={t('timeOff.formLabel')}>
          <Stack gap="sm">
            <FormAlert>{formError}</FormAlert>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput type="datetime-local" label={t('timeOff.start')} error={fieldMessage(errors.start, translate)} {...register('start')} readOnly={covered !== null} />
              <TextInput type="datetime-local" label={t('timeOff.end')} error={fieldMessage(errors.end, translate)} {...register('end')} readOnly={covered !== null} />
            </SimpleGrid>
            <TextInput label={t('timeOff.reason')} description={t('timeOff.reasonHint')} error={fieldMessage(errors.reason, translate)} {...register('reason')} readOnly={covered !== null} />
            {!covered && (
              <FormActions submitLabel={t('timeOff.save')} pending={create.isPending} cancelLabel={t('common:cancel')} onCancel={onDone} />
            )}
          </Stack>
        </form>
        {covered && sent && (
          <CoveredVisitsWarning
            visits={covered}
            timeZone={timeZone}
            busy={create.isPending}
            onKeep={() => create.reset()}
            onConfirm={(cancellationReason) =>
              create.mutate({ ...sent, cancelBookedVisits: true, cancellationReason }, { onSuccess: onDone })
            }
          />
        )}
      </Stack>
    </Card>
  );
}
