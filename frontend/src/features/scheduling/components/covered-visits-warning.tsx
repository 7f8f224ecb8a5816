import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { AlertIcon } from '@/components/ui/icons';
import { fieldMessage } from '@/lib/form-errors';
import { formatDateKey, dateKeyIn, formatLocale, formatTime } from '@/lib/time';
import { cancellationReasonSchema, type CancellationReasonValues, type CoveredVisit } from '@/features/scheduling/api/create-time-off';

/**
 * The server refused time off because booked visits fall inside it. Lists them, asks for the
 * reason the patients will read, and offers to cancel them and block the time in one step.
 */
export function CoveredVisitsWarning({
  visits,
  timeZone,
  busy,
  onConfirm,
  onKeep,
}: {
  visits: CoveredVisit[];
  timeZone: string;
  busy: boolean;
  onConfirm: (cancellationReason: string) => void;
  onKeep: () => void;
}) {
  const { t, i18n } = useTranslation('scheduling');
  const translate = (key: string) => t(key as never);
  const locale = formatLocale(i18n.language);
  const heading = useRef<HTMLDivElement>(null);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<CancellationReasonValues>({ resolver: zodResolver(cancellationReasonSchema), defaultValues: { cancellationReason: '' } });
  useEffect(() => heading.current?.focus(), []);

  return (
    <Alert ref={heading} tabIndex={-1} color="orange" variant="light" icon={<AlertIcon />} role="alert" title={t('timeOff.covers.title', { count: visits.length })}>
      <Stack gap="sm">
        <Text size="sm">{t('timeOff.covers.text', { count: visits.length })}</Text>
        <Stack component="ul" gap={4} m={0} pl="md" aria-label={t('timeOff.covers.listLabel')}>
          {visits.map((visit) => (
            <Text component="li" size="sm" key={visit.id}>
              <Text span fw={650} size="sm">
                {visit.patientName}
              </Text>
              {' — '}
              {formatDateKey(dateKeyIn(visit.start, timeZone), locale, { weekday: 'long', day: 'numeric', month: 'long' })},{' '}
              {formatTime(visit.start, timeZone, locale)}–{formatTime(visit.end, timeZone, locale)}
            </Text>
          ))}
        </Stack>
        <form onSubmit={handleSubmit(({ cancellationReason }) => onConfirm(cancellationReason.trim()))} noValidate aria-label={t('timeOff.covers.formLabel')}>
          <Stack gap="sm">
            <Textarea
              label={t('timeOff.covers.reason')}
              description={t('timeOff.covers.reasonHint')}
              required
              autosize
              minRows={2}
              maxRows={5}
              maxLength={500}
              error={fieldMessage(errors.cancellationReason, translate)}
              {...register('cancellationReason')}
            />
            <Group gap="sm">
              <Button type="submit" color="red.9" loading={busy}>
                {t('timeOff.covers.confirm', { count: visits.length })}
              </Button>
              <Button variant="default" onClick={onKeep} disabled={busy}>
                {t('timeOff.covers.keep')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Alert>
  );
}
