import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, Paper, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { AlertIcon, BuildingIcon, CalendarIcon, VideoIcon } from '@/components/ui/icons';
import { isApiError } from '@/lib/api-client';
import { applyFieldErrors, fieldMessage, formAlertText } from '@/lib/form-errors';
import { browserTimeZone, describeTimeZone, formatLocale, formatTime, sameTimeZone } from '@/lib/time';
import { randomId } from '@/lib/uuid';
import {
  bookAppointmentInputSchema,
  REASON_MAX_LENGTH,
  useBookAppointment,
  type BookAppointmentFormValues,
  type BookAppointmentInput,
} from '@/features/appointments/api/book-appointment';
import { useBookingPolicy } from '@/features/appointments/api/get-booking-policy';
import { VISIT_TYPES, type Appointment } from '@/features/appointments/api/get-appointments';
import { formatDay, formatTimeRange } from '@/features/appointments/components/format';

export type BookingTarget = {
  doctorId: string;
  doctorName: string;
  doctorTimeZone: string;
  slot: { start: string; end: string };
  /** Already worded by whoever knows the fee ("€60"). */
  feeLabel?: string;
  prepaymentRequired?: boolean;
};

type BookAppointmentDialogProps = {
  target: BookingTarget | null;
  onClose: () => void;
  onBooked: (appointment: Appointment) => void;
  timeZone?: string;
};

export function BookAppointmentDialog({ target, onClose, onBooked, timeZone }: BookAppointmentDialogProps) {
  const { t } = useTranslation('appointments');
  return (
    <Modal opened={target !== null} onClose={onClose} title={t('book.title')} size="lg" closeButtonProps={{ 'aria-label': t('book.close') }}>
      {/* Keyed by the slot: a new time is a new attempt with its own idempotency key. */}
      {target && <BookForm key={target.slot.start} target={target} onClose={onClose} onBooked={onBooked} timeZone={timeZone} />}
    </Modal>
  );
}

const FIELDS = ['reason', 'visitType'] as const;

function BookForm({ target, onClose, onBooked, timeZone }: Required<Omit<BookAppointmentDialogProps, 'timeZone' | 'target'>> & { target: BookingTarget; timeZone?: string }) {
  const { t, i18n } = useTranslation('appointments');
  const translate = (key: string) => t(key as never);
  const locale = formatLocale(i18n.language);
  const viewerZone = timeZone ?? browserTimeZone();
  const [idempotencyKey] = useState(randomId);
  const policy = useBookingPolicy();
  const book = useBookAppointment({ onSuccess: onBooked });
  const {
    control,
    register,
    handleSubmit,
    setError,
    watch,
    formState: { errors },
  } = useForm<BookAppointmentFormValues, unknown, BookAppointmentInput>({
    resolver: zodResolver(bookAppointmentInputSchema),
    defaultValues: { doctorId: target.doctorId, start: target.slot.start, reason: '', visitType: 'IN_PERSON' },
  });

  const onSubmit = handleSubmit((input) =>
    book.mutate(
      { input, idempotencyKey },
      { onError: (error) => applyFieldErrors(error, setError, FIELDS) },
    ),
  );

  const gone = isApiError(book.error) && (book.error.status === 409 || book.error.status === 422);
  const formError = gone ? null : formAlertText(book.error, FIELDS);
  const zonesDiffer = !sameTimeZone(viewerZone, target.doctorTimeZone);
  const reasonLength = (watch('reason') ?? '').length;

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <Paper bg="careslot.0" p="md" radius="md">
          <Group gap="md" wrap="nowrap" align="flex-start">
            <Text c="careslot.8" mt={2} style={{ display: 'inline-flex' }}>
              <CalendarIcon size={22} />
            </Text>
            <Stack gap={2} style={{ minWidth: 0 }}>
              <Text fw={650}>{target.doctorName}</Text>
              <Text>{formatDay(target.slot.start, viewerZone, locale)}</Text>
              <Text fw={650} fz="lg">
                {formatTimeRange(target.slot.start, target.slot.end, viewerZone, locale)}
              </Text>
              {zonesDiffer && (
                <Text size="sm" c="gray.7">
                  {t('book.doctorLocalTime', {
                    time: formatTime(target.slot.start, target.doctorTimeZone, locale),
                    zone: describeTimeZone(target.doctorTimeZone, locale, target.slot.start),
                  })}
                </Text>
              )}
              {target.feeLabel && (
                <Text size="sm" c="gray.7">
                  {t('book.fee', { fee: target.feeLabel })}
                </Text>
              )}
            </Stack>
          </Group>
        </Paper>

        {gone && (
          <Alert color="orange" variant="light" icon={<AlertIcon />} role="alert" title={t(isApiError(book.error) && book.error.status === 422 ? 'book.notBookableTitle' : 'book.takenTitle')}>
            <Stack gap="sm" align="flex-start">
              <Text size="sm">{t('book.takenText')}</Text>
              <Button size="xs" variant="default" onClick={onClose}>
                {t('book.pickAnother')}
              </Button>
            </Stack>
          </Alert>
        )}
        {formError && (
          <Alert color="red" variant="light" icon={<AlertIcon />} role="alert">
            {formError}
          </Alert>
        )}

        <Controller
          name="visitType"
          control={control}
          render={({ field, fieldState }) => (
            <Radio.Group
              label={t('book.visitType')}
              value={field.value}
              onChange={(value) => field.onChange(value)}
              error={fieldMessage(fieldState.error, translate)}
              name={field.name}
            >
              <Group gap="sm" mt="xs" grow preventGrowOverflow={false} wrap="wrap">
                {VISIT_TYPES.map((type) => (
                  <Radio.Card key={type} value={type} radius="md" p="sm" style={{ flex: '1 1 10rem' }}>
                    <Group gap="sm" wrap="nowrap">
                      <Radio.Indicator />
                      <Text component="span" c="careslot.8" style={{ display: 'inline-flex' }}>
                        {type === 'VIDEO' ? <VideoIcon size={20} /> : <BuildingIcon size={20} />}
                      </Text>
                      <Text fw={600} size="sm">
                        {t(`visitType.${type}`)}
                      </Text>
                    </Group>
                  </Radio.Card>
                ))}
              </Group>
            </Radio.Group>
          )}
        />

        <Textarea
          label={t('book.reason')}
          description={t('book.reasonHint', { count: REASON_MAX_LENGTH - reasonLength })}
          autosize
          minRows={3}
          maxRows={6}
          maxLength={REASON_MAX_LENGTH}
          error={fieldMessage(errors.reason, translate)}
          {...register('reason')}
        />

        {target.prepaymentRequired && (
          <Text size="sm" c="gray.7">
            {t('book.prepayment', { minutes: policy.data?.holdMinutes ?? 15 })}
          </Text>
        )}

        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onClose}>
            {t('book.back')}
          </Button>
          <Button type="submit" loading={book.isPending} disabled={gone}>
            {t('book.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
