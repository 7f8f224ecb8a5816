import { Anchor, Button, Card, Group, Skeleton, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BuildingIcon, CalendarIcon, DownloadIcon, VideoIcon } from '@/components/ui/icons';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/query-state';
import { formatAmount } from '@/lib/money';
import { paths } from '@/lib/paths';
import { browserTimeZone, dateKeyIn, describeTimeZone, formatDateKey, formatDateTime, formatLocale, formatTime, sameTimeZone, toDate, todayKey } from '@/lib/time';
import { getAppointmentCalendarUrl } from '@/features/appointments/api/get-appointment-calendar';
import { useAppointments, type Appointment } from '@/features/appointments/api/get-appointments';
import { DEFAULT_BOOKING_POLICY, useBookingPolicy } from '@/features/appointments/api/get-booking-policy';
import { CancelAppointmentDialog } from '@/features/appointments/components/cancel-appointment-dialog';
import { beforeCutoff, byStart, formatTimeRange, hasFee, isPayable, isUpcoming } from '@/features/appointments/components/format';
import { PayNowButton } from '@/features/appointments/components/pay-now-button';
import { AppointmentStatusBadge, PaymentStatusBadge } from '@/features/appointments/components/status-badges';
import classes from './appointments.module.css';

type Tab = 'upcoming' | 'past';

/** A patient's appointments, upcoming first, with what they can still do about each. */
export function MyAppointments({ highlightId, findDoctorHref }: { highlightId?: string; findDoctorHref: string }) {
  const { t } = useTranslation('appointments');
  const appointments = useAppointments();
  const [tab, setTab] = useState<Tab>('upcoming');
  const [cancelling, setCancelling] = useState<Appointment | null>(null);
  const timeZone = browserTimeZone();

  if (appointments.isPending) {
    return (
      <LoadingState label={t('mine.loading')}>
        <Stack gap="md" aria-hidden="true">
          {Array.from({ length: 3 }, (_, i) => (
            <Skeleton key={i} height={132} radius="lg" />
          ))}
        </Stack>
      </LoadingState>
    );
  }
  if (appointments.isError) {
    return (
      <ErrorState
        title={t('mine.errorTitle')}
        error={appointments.error}
        onRetry={() => void appointments.refetch()}
        retrying={appointments.isFetching}
      />
    );
  }

  const now = Date.now();
  const upcoming = appointments.data.filter((a) => isUpcoming(a, now)).sort(byStart);
  const past = appointments.data.filter((a) => !isUpcoming(a, now)).sort((a, b) => byStart(b, a));

  return (
    <>
      <Tabs value={tab} onChange={(value) => setTab((value as Tab) ?? 'upcoming')} keepMounted={false}>
        <Tabs.List mb="lg">
          <Tabs.Tab value="upcoming">{t('mine.upcoming', { count: upcoming.length })}</Tabs.Tab>
          <Tabs.Tab value="past">{t('mine.past', { count: past.length })}</Tabs.Tab>
        </Tabs.List>
        {(['upcoming', 'past'] as const).map((value) => (
          <Tabs.Panel key={value} value={value}>
            {(value === 'upcoming' ? upcoming : past).length === 0 ? (
              <EmptyState
                icon={<CalendarIcon size={26} />}
                title={t(value === 'upcoming' ? 'mine.emptyUpcomingTitle' : 'mine.emptyPastTitle')}
                text={t(value === 'upcoming' ? 'mine.emptyUpcomingText' : 'mine.emptyPastText')}
                action={
                  value === 'upcoming' ? (
                    <Button component={Link} to={findDoctorHref}>
                      {t('mine.findDoctor')}
                    </Button>
                  ) : undefined
                }
              />
            ) : (
              <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
                {(value === 'upcoming' ? upcoming : past).map((appointment) => (
                  <li key={appointment.id}>
                    <PatientAppointmentCard
                      appointment={appointment}
                      timeZone={timeZone}
                      highlighted={appointment.id === highlightId}
                      onCancel={() => setCancelling(appointment)}
                    />
                  </li>
                ))}
              </Stack>
            )}
          </Tabs.Panel>
        ))}
      </Tabs>
      <CancelAppointmentDialog appointment={cancelling} onClose={() => setCancelling(null)} actor="PATIENT" />
    </>
  );
}

function PatientAppointmentCard({
  appointment,
  timeZone,
  highlighted,
  onCancel,
}: {
  appointment: Appointment;
  timeZone: string;
  highlighted: boolean;
  onCancel: () => void;
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
  const hold = payable && appointment.holdExpiresAt ? appointment.holdExpiresAt : null;

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
              <AppointmentStatusBadge status={appointment.status} />
              <PaymentStatusBadge status={appointment.paymentStatus} free={!hasFee(appointment)} />
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
            </Text>
          )}
          {hold && <HoldNotice until={hold} timeZone={timeZone} locale={locale} />}
          {appointment.status === 'CANCELLED' && (
            <Text size="sm" c="gray.7">
              {appointment.cancelledBy ? t(`mine.cancelledBy.${appointment.cancelledBy}`) : t('mine.cancelled')}
              {appointment.cancelReason ? ` — ${appointment.cancelReason}` : ''}
            </Text>
          )}
          {upcoming && !changeable && (
            <Text size="sm" c="gray.7">
              {t('mine.closedForChanges', { count: hours })}
            </Text>
          )}
          {(upcoming || payable) && (
            <Group gap="sm" mt="xs" wrap="wrap" align="flex-start">
              {payable && (
                <PayNowButton
                  appointmentId={appointment.id}
                  label={t('mine.payNowLabel', { amount: fee ?? '', doctor: appointment.doctorName })}
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

/** "Pay by 14:35 or the booking is released": the time (with the date when not today) in the viewer's zone. */
function HoldNotice({ until, timeZone, locale }: { until: string; timeZone: string; locale: string }) {
  const { t } = useTranslation('appointments');
  const lapsed = toDate(until).getTime() <= Date.now();
  const sameDay = dateKeyIn(until, timeZone) === todayKey(timeZone);
  const time = sameDay
    ? formatTime(until, timeZone, locale)
    : formatDateTime(until, timeZone, locale, { weekday: 'short', day: 'numeric', month: 'short' });
  return (
    <Text size="sm" fw={600} c="var(--mantine-color-orange-light-color)">
      {lapsed ? t('mine.holdLapsed') : t('mine.payBy', { time })}
    </Text>
  );
}
