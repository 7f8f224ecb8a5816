import { zodResolver } from '@hookform/resolvers/zod';
import { ActionIcon, Alert, Button, Card, Group, SimpleGrid, Stack, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { FormAlert } from '@/components/ui/form-fields';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { AlertIcon, ClockIcon, PlusIcon, TrashIcon } from '@/components/ui/icons';
import { EmptyState, QueryView } from '@/components/ui/query-state';
import { applyFieldErrors, describeError, fieldMessage, formAlertText } from '@/lib/form-errors';
import { formatDateTime, formatLocale, toDate } from '@/lib/time';
import {
  coveredVisits,
  createTimeOffInputSchema,
  useCreateTimeOff,
  type CreateTimeOffInput,
  type TimeOffFormValues,
} from '@/features/scheduling/api/create-time-off';
import { useDeleteTimeOff } from '@/features/scheduling/api/delete-time-off';
import { useSchedule, type TimeOff } from '@/features/scheduling/api/get-schedule';
import { CoveredVisitsWarning } from '@/features/scheduling/components/covered-visits-warning';

/** Blocks of time off (holidays, training): no slots are offered inside them. */
export function TimeOffPanel({ doctorId }: { doctorId: string }) {
  const { t } = useTranslation(['scheduling', 'common']);
  const schedule = useSchedule(doctorId);
  const [adding, setAdding] = useState(false);
  const remove = useDeleteTimeOff(doctorId);

  return (
    <Card component="section" aria-labelledby="time-off-heading">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={2} style={{ flex: '1 1 14rem' }}>
            <Title order={2} id="time-off-heading" fz="h3">
              {t('timeOff.heading')}
            </Title>
            <Text size="sm" c="dimmed">
              {schedule.data ? t('timeOff.text', { zone: schedule.data.timeZone }) : t('timeOff.textNoZone')}
            </Text>
          </Stack>
          {!adding && schedule.data && (
            <Button variant="light" leftSection={<PlusIcon size={16} />} onClick={() => setAdding(true)}>
              {t('timeOff.add')}
            </Button>
          )}
        </Group>

        {adding && schedule.data && (
          <TimeOffForm doctorId={doctorId} timeZone={schedule.data.timeZone} onDone={() => setAdding(false)} />
        )}

        {remove.isError && (
          <Alert color="red" variant="light" icon={<AlertIcon />} role="alert" withCloseButton onClose={() => remove.reset()} closeButtonLabel={t('common:dismiss')}>
            {describeError(remove.error)}
          </Alert>
        )}

        <QueryView
          query={schedule}
          loadingLabel={t('timeOff.loading')}
          skeleton={{ count: 2, height: 44 }}
          errorTitle={t('timeOff.errorTitle')}
          isEmpty={(data) => data.timeOff.length === 0}
          empty={<EmptyState withCard={false} icon={<ClockIcon size={26} />} title={t('timeOff.emptyTitle')} text={t('timeOff.emptyText')} />}
        >
          {(data) => (
            <Stack component="ul" gap={0} p={0} m={0} style={{ listStyle: 'none' }}>
              {[...data.timeOff]
                .sort((x, y) => toDate(x.start).getTime() - toDate(y.start).getTime())
                .map((entry) => (
                  <TimeOffRow
                    key={entry.id}
                    entry={entry}
                    timeZone={data.timeZone}
                    removing={remove.isPending && remove.variables === entry.id}
                    onRemove={() => remove.mutate(entry.id)}
                  />
                ))}
            </Stack>
          )}
        </QueryView>
      </Stack>
    </Card>
  );
}

function TimeOffRow({ entry, timeZone, removing, onRemove }: { entry: TimeOff; timeZone: string; removing: boolean; onRemove: () => void }) {
  const { t, i18n } = useTranslation('scheduling');
  const range = `${formatDateTime(entry.start, timeZone, formatLocale(i18n.language))} – ${formatDateTime(entry.end, timeZone, formatLocale(i18n.language))}`;
  return (
    <Group component="li" justify="space-between" gap="sm" py="sm" wrap="nowrap" style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Text fw={600}>{range}</Text>
        {entry.reason && (
          <Text size="sm" c="gray.7" style={{ overflowWrap: 'anywhere' }}>
            {entry.reason}
          </Text>
        )}
      </Stack>
      <Tooltip label={t('timeOff.remove')} openDelay={400}>
        <ActionIcon variant="subtle" color="gray" size="lg" loading={removing} aria-label={t('timeOff.removeFor', { range })} onClick={onRemove}>
          <TrashIcon size={18} />
        </ActionIcon>
      </Tooltip>
    </Group>
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
              <Group gap="sm">
                <Button type="submit" loading={create.isPending}>
                  {t('timeOff.save')}
                </Button>
                <Button variant="default" onClick={onDone}>
                  {t('common:cancel')}
                </Button>
              </Group>
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
