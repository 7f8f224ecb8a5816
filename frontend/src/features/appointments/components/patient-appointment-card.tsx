import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CallClinic } from '@/components/ui/call-clinic';
import { HoldCountdown } from '@/components/ui/hold-countdown';
import { BuildingIcon, DownloadIcon, VideoIcon } from '@/components/ui/icons';
import { formatAmount } from '@/lib/money';
import { paths } from '@/lib/paths';
import { dateKeyIn, describeTimeZone, formatDateKey, formatDateTime, formatLocale, formatTime, sameTimeZone, todayKey } from '@/lib/time';
import { getAppointmentCalendarUrl } from '@/features/appointments/api/get-appointment-calendar';
import type { Appointment } from '@/features/appointments/api/get-appointments';
import { DEFAULT_BOOKING_POLICY, useBookingPolicy } from '@/features/appointments/api/get-booking-policy';
import { beforeCutoff, formatTimeRange, hasFee, isOpen, isPayable, isUpcoming } from '@/features/appointments/components/format';
import { PayNowButton } from '@/features/appointments/components/pay-now-button';
import { AppointmentStatusBadge, PaymentStatusBadge } from '@/features/appointments/components/status-badges';
import classes from './appointments.module.css';

/** Held for a required payment: shown as "Reserved until you pay" with the time left, never as booked. */
export function isHeldForPayment(appointment: Appointment): boolean {
  return Boolean(appointment.prepaymentRequired && appointment.holdExpiresAt && isPayable(appointment));
}

/** One of a patient's appointments, with what they can still do about it. */
export function PatientAppointmentCard({
  appointment,
  timeZone,
  highlighted,
  onCancel,
  clinicPhone,
}: {
  appointment: Appointment;
  timeZone: string;
  highlighted: boolean;
  onCancel: () => void;
  clinicPhone?: string | null;
}) {
  const { t, i18n } = useTranslation('appointments');
  const locale = formatLocale(i18n.language);
  const policy = useBookingPolicy();
  const day = dateKeyIn(appointment.start, timeZone);
  const upcoming = isUpcoming(appointment);
  const hours = (policy.data ?? DEFAULT_BOOKING_POLICY).patientCancellationCutoffHours;
  const changeable = upcoming && beforeCutoff(appointment.start, hours);
  const titleId = `appointment-${appointment.id}`;
  const zonesDiffer = !sameTimeZone(timeZone, appointment.doctorTimeZone);
  const fee = hasFee(appointment) ? formatAmount(appointment.amountDue!, appointment.currency!, locale) : null;
  const payable = isPayable(appointment);
  const held = isHeldForPayment(appointment);
  const prepaid = Boolean(appointment.prepaymentRequired);

  return (
    <Card component="article" aria-labelledby={titleId} className={classes.card} data-highlighted={highlighted || undefined}>
      <Group gap="lg" wrap="nowrap" align="flex-start">
        <div className={classes.dateTile} data-muted={!upcoming || undefined} aria-hidden="true">
          <span className={classes.dateTileMonth}>{formatDateKey(day, locale, { month: 'short' })}</span>
          <span className={classes.dateTileDay}>{formatDateKey(day, locale, { day: 'numeric' })}</span>
          <span className={classes.dateTileWeekday}>{formatDateKey(day, locale, { weekday: 'short' })}</span>
        </div>
        <Stack gap={6} style={{ minWidth: 0, flex: 1 }}>
          <Group justify="space-between" gap="xs" align="flex-start">
            <Title order={3} id={titleId} style={{ overflowWrap: 'anywhere' }}>
              {appointment.doctorName}
            </Title>
            <Group gap={6}>
              {/* A visit held for its payment is reserved, not booked: the notice below says so. */}
              {!held && <AppointmentStatusBadge status={appointment.status} />}
              <PaymentStatusBadge appointment={appointment} audience="patient" />
            </Group>
          </Group>
          <Text fw={600}>
            {formatDateKey(day, locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })} ·{' '}
            {formatTimeRange(appointment.start, appointment.end, timeZone, locale)}
          </Text>
          {zonesDiffer && (
            <Text size="sm" c="gray.7">
              {t('mine.doctorTime', {
                time: formatTime(appointment.start, appointment.doctorTimeZone, locale),
                zone: describeTimeZone(appointment.doctorTimeZone, locale, appointment.start),
              })}
            </Text>
          )}
          <Group gap={6} c="gray.7" wrap="nowrap">
            {appointment.visitType === 'VIDEO' ? <VideoIcon size={18} /> : <BuildingIcon size={18} />}
            <Text size="sm">{t(`visitType.${appointment.visitType}`)}</Text>
          </Group>
          {appointment.reason && (
            <Text size="sm" c="gray.7" lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
              <Text span size="sm" fw={600} c="gray.8">
                {t('mine.reason')}:{' '}
              </Text>
              {appointment.reason}
            </Text>
          )}
          {fee && (
            <Text size="sm" c="gray.7">
              <Text span size="sm" fw={600} c="gray.8">
                {t('mine.fee')}:{' '}
              </Text>
              {fee}
              {isOpen(appointment) && appointment.paymentStatus !== 'PAID' && (prepaid ? ` · ${t('mine.payAtBooking')}` : ` · ${t('mine.payAheadOptional')}`)}
            </Text>
          )}
          {held && <HoldCountdown until={appointment.holdExpiresAt!} note={t('mine.payBy', { time: holdTime(appointment.holdExpiresAt!, timeZone, locale) })} />}
          {appointment.status === 'CANCELLED' && (
            <Text size="sm" c="gray.7">
              {appointment.cancelledBy ? t(`mine.cancelledBy.${appointment.cancelledBy}`) : t('mine.cancelled')}
              {appointment.cancelReason ? ` — ${appointment.cancelReason}` : ''}
            </Text>
          )}
          {upcoming && !changeable && (
            <Text size="sm" c="gray.7">
              {t('mine.closedForChanges', { count: hours })} <CallClinic phone={clinicPhone} />
            </Text>
          )}
          {(upcoming || payable) && (
            <Group gap="sm" mt="xs" wrap="wrap" align="flex-start">
              {payable && (
                <PayNowButton
                  appointmentId={appointment.id}
                  optional={!prepaid}
                  label={t(prepaid ? 'mine.payNowLabel' : 'mine.payAheadLabel', { amount: fee ?? '', doctor: appointment.doctorName })}
                />
              )}
              {upcoming && changeable && (
                <Button component={Link} to={paths.patient.reschedule(appointment.id)} variant="light" size="sm" aria-label={t('mine.rescheduleLabel', { doctor: appointment.doctorName })}>
                  {t('mine.reschedule')}
                </Button>
              )}
              {upcoming && (
                <>
                  <Button variant="default" size="sm" onClick={onCancel} aria-haspopup="dialog" aria-label={t('mine.cancelLabel', { doctor: appointment.doctorName })}>
                    {t('mine.cancel')}
                  </Button>
                  <Anchor href={getAppointmentCalendarUrl(appointment.id)} download size="sm" fw={600} className={classes.icsLink}>
                    <DownloadIcon size={16} />
                    {t('mine.addToCalendar')}
                  </Anchor>
                </>
              )}
            </Group>
          )}
        </Stack>
      </Group>
    </Card>
  );
}

/** The hold's end in the viewer's zone: the time alone today, with the date otherwise. */
function holdTime(until: string, timeZone: string, locale: string): string {
  return dateKeyIn(until, timeZone) === todayKey(timeZone)
    ? formatTime(until, timeZone, locale)
    : formatDateTime(until, timeZone, locale, { weekday: 'short', day: 'numeric', month: 'short' });
}
