import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  SegmentedControl,
  Skeleton,
  Stack,
  Switch,
  Text,
  Title,
  Tooltip,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { BuildingIcon, CalendarIcon, ChevronLeftIcon, ChevronRightIcon, VideoIcon } from '@/components/ui/icons';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/query-state';
import { addDays, browserTimeZone, dateKeyIn, describeTimeZone, formatDateKey, formatLocale, minutesIntoDay, startOfDayIn, startOfWeek, toDate, todayKey, weekDays } from '@/lib/time';
import { useAppointments, type Appointment } from '@/features/appointments/api/get-appointments';
import { AppointmentActions } from '@/features/appointments/components/appointment-actions';
import { byStart, formatDay, formatTimeRange } from '@/features/appointments/components/format';
import { AppointmentStatusBadge, PaymentStatusBadge } from '@/features/appointments/components/status-badges';
import classes from './appointment-calendar.module.css';

export type CalendarView = 'day' | 'week' | 'upcoming';
const VIEWS: CalendarView[] = ['day', 'week', 'upcoming'];
const HOUR_PX = 72;

/**
 * A doctor's appointments as a day or week calendar, or the list of everything still to come.
 * View and date live in the URL (`?view=week&date=2027-03-29`) so a day can be linked to.
 */
export function AppointmentCalendar({ timeZone }: { timeZone?: string }) {
  const { t, i18n } = useTranslation('appointments');
  const locale = formatLocale(i18n.language);
  const zone = timeZone ?? browserTimeZone();
  const wide = useMediaQuery('(min-width: 62em)', true, { getInitialValueInEffect: false });
  const [params, setParams] = useSearchParams();
  const view: CalendarView = VIEWS.includes(params.get('view') as CalendarView) ? (params.get('view') as CalendarView) : 'week';
  const today = todayKey(zone);
  const anchor = /^\d{4}-\d{2}-\d{2}$/.test(params.get('date') ?? '') ? params.get('date')! : today;
  const [showCancelled, setShowCancelled] = useState(false);
  const [selected, setSelected] = useState<Appointment | null>(null);
  // An hour into the visit it is still "upcoming" for the doctor, who may complete it.
  const [now] = useState(() => Date.now());

  const days = view === 'week' ? weekDays(startOfWeek(anchor)) : [anchor];
  const filter =
    view === 'upcoming'
      ? { from: new Date(now - 3_600_000).toISOString() }
      : { from: startOfDayIn(days[0]!, zone).toISOString(), to: startOfDayIn(addDays(days[days.length - 1]!, 1), zone).toISOString() };
  const appointments = useAppointments(filter);
  const visible = (appointments.data ?? [])
    .filter((a) => showCancelled || a.status !== 'CANCELLED')
    .sort(byStart);

  const go = (next: { view?: CalendarView; date?: string }) => {
    const search = new URLSearchParams(params);
    if (next.view) search.set('view', next.view);
    if (next.date) search.set('date', next.date);
    setParams(search, { replace: true });
  };
  const step = view === 'week' ? 7 : 1;

  const rangeLabel =
    view === 'upcoming'
      ? t('calendar.upcomingHeading')
      : view === 'week'
        ? new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).formatRange(
            new Date(`${days[0]}T12:00:00Z`),
            new Date(`${days[6]}T12:00:00Z`),
          )
        : formatDateKey(anchor, locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });

  const placeholder = appointments.isPending || appointments.isPlaceholderData;

  return (
    <Stack gap="md">
      <Card padding="md">
        <Stack gap="sm">
          <Group justify="space-between" gap="sm" wrap="wrap">
            <Title order={2} fz="h3" aria-live="polite" style={{ flex: '1 1 14rem' }}>
              {rangeLabel}
            </Title>
            <Group gap="xs" wrap="wrap">
              {view !== 'upcoming' && (
                <Group gap="xs" wrap="nowrap">
                  <Button variant="default" onClick={() => go({ date: today })} disabled={days.includes(today)}>
                    {t('calendar.today')}
                  </Button>
                  <Tooltip label={t(view === 'week' ? 'calendar.previousWeek' : 'calendar.previousDay')} openDelay={400}>
                    <ActionIcon variant="default" size="lg" aria-label={t(view === 'week' ? 'calendar.previousWeek' : 'calendar.previousDay')} onClick={() => go({ date: addDays(anchor, -step) })}>
                      <ChevronLeftIcon size={18} />
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label={t(view === 'week' ? 'calendar.nextWeek' : 'calendar.nextDay')} openDelay={400}>
                    <ActionIcon variant="default" size="lg" aria-label={t(view === 'week' ? 'calendar.nextWeek' : 'calendar.nextDay')} onClick={() => go({ date: addDays(anchor, step) })}>
                      <ChevronRightIcon size={18} />
                    </ActionIcon>
                  </Tooltip>
                </Group>
              )}
              <SegmentedControl
                value={view}
                onChange={(value) => go({ view: value as CalendarView })}
                aria-label={t('calendar.viewLabel')}
                data={VIEWS.map((value) => ({ value, label: t(`calendar.views.${value}`) }))}
              />
            </Group>
          </Group>
          <Group justify="space-between" gap="sm" wrap="wrap">
            <Text size="sm" c="gray.7">
              {t('calendar.shownIn', { zone: describeTimeZone(zone, locale) })}
            </Text>
            <Switch label={t('calendar.showCancelled')} checked={showCancelled} onChange={(event) => setShowCancelled(event.currentTarget.checked)} />
          </Group>
        </Stack>
      </Card>

      {placeholder ? (
        <LoadingState label={t('calendar.loading')}>
          <Skeleton height={wide && view === 'week' ? 520 : 240} radius="lg" aria-hidden="true" />
        </LoadingState>
      ) : appointments.isError ? (
        <ErrorState title={t('calendar.errorTitle')} error={appointments.error} onRetry={() => void appointments.refetch()} retrying={appointments.isFetching} />
      ) : visible.length === 0 ? (
        <EmptyState
          icon={<CalendarIcon size={26} />}
          title={t(`calendar.empty.${view}`)}
          text={t('calendar.emptyText')}
          action={
            view !== 'upcoming' ? (
              <Button variant="light" onClick={() => go({ view: 'upcoming' })}>
                {t('calendar.seeUpcoming')}
              </Button>
            ) : undefined
          }
        />
      ) : view === 'week' && wide ? (
        <WeekGrid days={days} appointments={visible} zone={zone} today={today} onSelect={setSelected} />
      ) : (
        <Agenda days={view === 'upcoming' ? undefined : days} appointments={visible} zone={zone} />
      )}

      <Modal opened={selected !== null} onClose={() => setSelected(null)} title={t('calendar.detailTitle')} size="lg" closeButtonProps={{ 'aria-label': t('calendar.closeDetail') }}>
        {selected && <AppointmentDetail appointment={selected} zone={zone} onChanged={() => setSelected(null)} />}
      </Modal>
    </Stack>
  );
}

function AppointmentDetail({ appointment, zone, onChanged }: { appointment: Appointment; zone: string; onChanged?: () => void }) {
  const { t, i18n } = useTranslation('appointments');
  const locale = formatLocale(i18n.language);
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Text fw={650} fz="lg">
          {appointment.patientName}
        </Text>
        <Text>
          {formatDay(appointment.start, zone, locale)} · {formatTimeRange(appointment.start, appointment.end, zone, locale)}
        </Text>
        <Group gap={6}>
          <AppointmentStatusBadge status={appointment.status} />
          <PaymentStatusBadge status={appointment.paymentStatus} />
          <VisitType type={appointment.visitType} />
        </Group>
      </Stack>
      {appointment.reason && (
        <Stack gap={2}>
          <Text size="sm" fw={650}>
            {t('calendar.reason')}
          </Text>
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {appointment.reason}
          </Text>
        </Stack>
      )}
      <AppointmentActions appointment={appointment} onChanged={onChanged} />
    </Stack>
  );
}

function VisitType({ type }: { type: Appointment['visitType'] }) {
  const { t } = useTranslation('appointments');
  return (
    <Group gap={4} c="gray.7" wrap="nowrap">
      {type === 'VIDEO' ? <VideoIcon size={16} /> : <BuildingIcon size={16} />}
      <Text size="sm">{t(`visitType.${type}`)}</Text>
    </Group>
  );
}

function WeekGrid({
  days,
  appointments,
  zone,
  today,
  onSelect,
}: {
  days: string[];
  appointments: Appointment[];
  zone: string;
  today: string;
  onSelect: (appointment: Appointment) => void;
}) {
  const { t, i18n } = useTranslation('appointments');
  const locale = formatLocale(i18n.language);
  const byDay = new Map(days.map((day) => [day, [] as Appointment[]]));
  for (const appointment of appointments) byDay.get(dateKeyIn(appointment.start, zone))?.push(appointment);

  // Working hours by default, stretched to show whatever is booked outside them.
  const starts = appointments.map((a) => minutesIntoDay(a.start, zone));
  const ends = appointments.map((a) => {
    const end = minutesIntoDay(a.end, zone);
    return dateKeyIn(a.end, zone) === dateKeyIn(a.start, zone) ? end : 24 * 60;
  });
  const firstHour = Math.min(8, Math.floor(Math.min(...starts) / 60));
  const lastHour = Math.max(18, Math.ceil(Math.max(...ends) / 60));
  const hours = Array.from({ length: lastHour - firstHour }, (_, i) => firstHour + i);
  const height = hours.length * HOUR_PX;

  return (
    <Card padding={0} className={classes.gridCard}>
      <div className={classes.grid}>
        <div className={classes.corner} aria-hidden="true" />
        {days.map((day) => (
          <div key={day} className={classes.dayHead} data-today={day === today || undefined}>
            <Text size="xs" fw={700} tt="uppercase" lts={0.5} c={day === today ? 'careslot.8' : 'gray.7'}>
              {formatDateKey(day, locale, { weekday: 'short' })}
            </Text>
            <Text fw={650} c={day === today ? 'careslot.8' : 'gray.9'}>
              {formatDateKey(day, locale, { day: 'numeric', month: 'short' })}
            </Text>
          </div>
        ))}
        <div className={classes.gutter} style={{ height }} aria-hidden="true">
          {hours.map((hour) => (
            <span key={hour} className={classes.hourLabel} style={{ top: (hour - firstHour) * HOUR_PX }}>
              {String(hour).padStart(2, '0')}:00
            </span>
          ))}
        </div>
        {days.map((day) => (
          <ul
            key={day}
            className={classes.dayColumn}
            style={{ height, backgroundSize: `100% ${HOUR_PX}px` }}
            aria-label={formatDateKey(day, locale, { weekday: 'long', day: 'numeric', month: 'long' })}
            data-today={day === today || undefined}
          >
            {byDay.get(day)!.map((appointment) => {
              const start = minutesIntoDay(appointment.start, zone);
              const duration = Math.max(10, (toDate(appointment.end).getTime() - toDate(appointment.start).getTime()) / 60_000);
              const time = formatTimeRange(appointment.start, appointment.end, zone, locale);
              return (
                <li key={appointment.id}>
                  <UnstyledButton
                    className={classes.block}
                    data-status={appointment.status}
                    style={{ top: ((start - firstHour * 60) / 60) * HOUR_PX, height: Math.max(22, (duration / 60) * HOUR_PX - 2) }}
                    onClick={() => onSelect(appointment)}
                    aria-haspopup="dialog"
                    aria-label={t('calendar.blockLabel', {
                      day: formatDateKey(day, locale, { weekday: 'long', day: 'numeric', month: 'long' }),
                      time,
                      patient: appointment.patientName,
                      status: t(`status.${appointment.status}`),
                    })}
                  >
                    <span className={classes.blockTime}>{time.split('–')[0]}</span> {appointment.patientName}
                  </UnstyledButton>
                </li>
              );
            })}
          </ul>
        ))}
      </div>
    </Card>
  );
}

/** Days as headings with their appointments below; without `days`, every day that has some. */
function Agenda({ days, appointments, zone }: { days?: string[]; appointments: Appointment[]; zone: string }) {
  const { t, i18n } = useTranslation('appointments');
  const locale = formatLocale(i18n.language);
  const groups = new Map<string, Appointment[]>((days ?? []).map((day) => [day, []]));
  for (const appointment of appointments) {
    const day = dateKeyIn(appointment.start, zone);
    if (!groups.has(day)) {
      if (days) continue;
      groups.set(day, []);
    }
    groups.get(day)!.push(appointment);
  }
  const today = todayKey(zone);

  return (
    <Stack gap="lg">
      {[...groups.entries()].map(([day, list]) => (
        <Stack key={day} gap="sm" component="section" aria-labelledby={`agenda-${day}`}>
          {/* One day on its own is already named by the toolbar above. */}
          {groups.size === 1 && days ? (
            <VisuallyHidden>
              <Title order={3} id={`agenda-${day}`}>
                {formatDateKey(day, locale, { weekday: 'long', day: 'numeric', month: 'long' })}
              </Title>
            </VisuallyHidden>
          ) : (
            <Group gap="sm">
              <Title order={3} id={`agenda-${day}`}>
                {formatDateKey(day, locale, { weekday: 'long', day: 'numeric', month: 'long' })}
              </Title>
              {day === today && (
                <Badge variant="light" tt="none">
                  {t('calendar.today')}
                </Badge>
              )}
            </Group>
          )}
          {list.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('calendar.nothingThatDay')}
            </Text>
          ) : (
            <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
              {list.map((appointment) => (
                <li key={appointment.id}>
                  <Card component="article" padding="md" aria-labelledby={`agenda-item-${appointment.id}`} className={classes.agendaItem} data-status={appointment.status}>
                    <Group gap="md" align="flex-start" wrap="wrap">
                      <Text fw={700} className={classes.agendaTime}>
                        {formatTimeRange(appointment.start, appointment.end, zone, locale)}
                      </Text>
                      <Stack gap={6} style={{ flex: '1 1 16rem', minWidth: 0 }}>
                        <Group justify="space-between" gap="xs" align="flex-start">
                          <Title order={4} id={`agenda-item-${appointment.id}`}>
                            {appointment.patientName}
                          </Title>
                          <Group gap={6}>
                            <AppointmentStatusBadge status={appointment.status} />
                            <PaymentStatusBadge status={appointment.paymentStatus} />
                          </Group>
                        </Group>
                        <VisitType type={appointment.visitType} />
                        {appointment.reason && (
                          <Text size="sm" c="gray.7" style={{ overflowWrap: 'anywhere' }}>
                            {appointment.reason}
                          </Text>
                        )}
                        <AppointmentActions appointment={appointment} />
                      </Stack>
                    </Group>
                  </Card>
                </li>
              ))}
            </Stack>
          )}
        </Stack>
      ))}
    </Stack>
  );
}
