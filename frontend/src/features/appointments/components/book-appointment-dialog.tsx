import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, Paper, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '@/components/ui/form-fields';
import { HoldCountdown } from '@/components/ui/hold-countdown';
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
import { formatDay, formatTimeRange, isPayable } from '@/features/appointments/components/format';
import { PayNowButton } from '@/features/appointments/components/pay-now-button';

export type BookingTarget = {
  doctorId: string;
  doctorName: string;
  doctorTimeZone: string;
  slot: { start: string; end: string };
  /** Already worded by whoever knows the fee ("€60"). */
  feeLabel?: string;
  prepaymentRequired?: boolean;
  /** Front desk: an admin books on this patient's behalf. */
  patient?: { id: string; name: string };
};

type BookAppointmentDialogProps = {
  target: BookingTarget | null;
  onClose: () => void;
  onBooked: (appointment: Appointment) => void;
  timeZone?: string;
};

export function BookAppointmentDialog({ target, onClose, onBooked, timeZone }: BookAppointmentDialogProps) {
  const { t } = useTranslation('appointments');
  // A booking that waits for its payment: the dialog stays open and leads into the checkout.
  const [held, setHeld] = useState<Appointment | null>(null);
  const [heldFor, setHeldFor] = useState<string | null>(null);
  const reserved = held !== null && heldFor === target?.slot.start ? held : null;
  const booked = (appointment: Appointment) => {
    if (!target?.patient && isPayable(appointment) && (appointment.prepaymentRequired || target?.prepaymentRequired)) {
      setHeld(appointment);
      setHeldFor(target?.slot.start ?? null);
    } else {
      onBooked(appointment);
    }
  };
  const close = () => {
    if (reserved) {
      setHeld(null);
      onBooked(reserved);
    } else {
      onClose();
    }
  };

  return (
    <Modal
      opened={target !== null}
      onClose={close}
      title={reserved ? t('book.reservedTitle') : t('book.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('book.close') }}
    >
      {target && reserved ? (
        <ReservedStep appointment={reserved} target={target} timeZone={timeZone} onLater={close} />
      ) : (
        // Keyed by the slot: a new time is a new attempt with its own idempotency key.
        target && <BookForm key={target.slot.start} target={target} onClose={onClose} onBooked={booked} timeZone={timeZone} />
      )}
    </Modal>
  );
}

/** Booked, held for the payment: the time left, and the way into the checkout. */
function ReservedStep({ appointment, target, timeZone, onLater }: { appointment: Appointment; target: BookingTarget; timeZone?: string; onLater: () => void }) {
  const { t, i18n } = useTranslation('appointments');
  const locale = formatLocale(i18n.language);
  const zone = timeZone ?? browserTimeZone();
  const heading = useRef<HTMLParagraphElement>(null);
  // The dialog's content changed under the reader: start them at its new first line.
  useEffect(() => heading.current?.focus(), []);
  return (
    <Stack gap="md">
      <Text ref={heading} tabIndex={-1} fw={650} style={{ outline: 'none' }}>
        {t('book.reservedLead', { doctor: target.doctorName })}
      </Text>
      <Paper bg="orange.0" p="md" radius="md">
        <Stack gap="xs">
          <Text>
            {formatDay(appointment.start, zone, locale)} · {formatTimeRange(appointment.start, appointment.end, zone, locale)}
          </Text>
          {target.feeLabel && <Text size="sm">{t('book.fee', { fee: target.feeLabel })}</Text>}
          {appointment.holdExpiresAt && <HoldCountdown until={appointment.holdExpiresAt} />}
        </Stack>
      </Paper>
      <Text size="sm" c="gray.7">
        {t('book.reservedText')}
      </Text>
      <Group justify="flex-end" gap="sm" align="flex-start">
        <Button variant="default" onClick={onLater}>
          {t('book.payLater')}
        </Button>
        <PayNowButton appointmentId={appointment.id}>{t('book.continueToPayment')}</PayNowButton>
      </Group>
    </Stack>
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
    defaultValues: { doctorId: target.doctorId, start: target.slot.start, reason: '', visitType: 'IN_PERSON', patientId: target.patient?.id },
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
              {target.patient && <Text size="sm">{t('book.forPatient', { patient: target.patient.name })}</Text>}
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
        <FormAlert>{formError}</FormAlert>

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
            {target.patient ? t('book.prepaymentForPatient') : t('book.prepayment', { minutes: policy.data?.holdMinutes ?? 15 })}
          </Text>
        )}

        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onClose}>
            {t('book.back')}
          </Button>
          <Button type="submit" loading={book.isPending} disabled={gone}>
            {target.prepaymentRequired && !target.patient ? t('book.reserve') : t('book.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
