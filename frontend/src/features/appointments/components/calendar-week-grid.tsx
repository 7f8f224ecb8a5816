import { Card, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { dateKeyIn, formatDateKey, formatLocale, formatWallTime, minutesIntoDay, toDate } from '@/lib/time';
import type { Appointment } from '@/features/appointments/api/get-appointments';
import { PatientRecordLink } from '@/features/appointments/components/appointment-detail';
import { timeOffBands, workingBands, type CalendarAvailability, type DayBand } from '@/features/appointments/components/calendar-availability';
import { layoutLanes } from '@/features/appointments/components/calendar-lanes';
import { formatTimeRange } from '@/features/appointments/components/format';
import classes from './appointment-calendar.module.css';

/** 78 px an hour draws a 20-minute visit 24 px tall, the smallest target WCAG 2.5.8 allows. */
const HOUR_PX = 78;
const MIN_BLOCK_PX = 24;
/** Lanes are laid out on what is drawn (the block and its 2 px gap), so short visits never cover each other. */
const MIN_BLOCK_MINUTES = ((MIN_BLOCK_PX + 2) / HOUR_PX) * 60;

type Placed = { appointment: Appointment; start: number; end: number; lane: number; lanes: number };

function placeDay(appointments: Appointment[], zone: string): Placed[] {
  const spans = appointments.map((appointment) => {
    const start = minutesIntoDay(appointment.start, zone);
    const minutes = (toDate(appointment.end).getTime() - toDate(appointment.start).getTime()) / 60_000;
    return { appointment, start, end: start + Math.max(minutes, MIN_BLOCK_MINUTES) };
  });
  const lanes = layoutLanes(spans.map(({ appointment, start, end }) => ({ id: appointment.id, start, end })));
  return spans.map((span) => ({ ...span, ...lanes.get(span.appointment.id)! }));
}

/**
 * A week of day columns. Overlapping visits stand side by side (never on top of each other),
 * working hours are light and the rest shaded, and time off is a hatched, labelled band.
 */
export function CalendarWeekGrid({
  days,
  appointments,
  zone,
  today,
  availability,
  onSelect,
}: {
  days: string[];
  appointments: Appointment[];
  zone: string;
  today: string;
  availability?: CalendarAvailability;
  onSelect: (appointment: Appointment) => void;
}) {
  const { t, i18n } = useTranslation('appointments');
  const locale = formatLocale(i18n.language);
  const byDay = new Map(days.map((day) => [day, [] as Appointment[]]));
  for (const appointment of appointments) byDay.get(dateKeyIn(appointment.start, zone))?.push(appointment);
  const working = new Map(days.map((day) => [day, availability ? workingBands(availability, day, zone) : []]));
  const timeOff = new Map(days.map((day) => [day, availability ? timeOffBands(availability, day, zone) : []]));

  // 8:00 to 18:00, stretched to the working hours and to whatever is booked outside them.
  const starts = [...appointments.map((a) => minutesIntoDay(a.start, zone)), ...[...working.values()].flat().map((b) => b.start)];
  const ends = [
    ...appointments.map((a) => (dateKeyIn(a.end, zone) === dateKeyIn(a.start, zone) ? minutesIntoDay(a.end, zone) : 24 * 60)),
    ...[...working.values()].flat().map((b) => b.end),
  ];
  const firstHour = Math.min(8, Math.floor(Math.min(...starts) / 60));
  const lastHour = Math.min(24, Math.max(18, Math.ceil(Math.max(...ends) / 60)));
  const hours = Array.from({ length: lastHour - firstHour }, (_, i) => firstHour + i);
  const height = hours.length * HOUR_PX;
  const y = (minutes: number) => ((minutes - firstHour * 60) / 60) * HOUR_PX;
  const band = ({ start, end }: DayBand) => {
    const top = Math.max(0, y(start));
    return { top, height: Math.max(0, Math.min(height, y(end)) - top) };
  };

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
              {formatWallTime(`${hour}:00`, locale)}
            </span>
          ))}
        </div>
        {days.map((day) => {
          const dayName = formatDateKey(day, locale, { weekday: 'long', day: 'numeric', month: 'long' });
          return (
            <div
              key={day}
              role="group"
              aria-label={dayName}
              className={classes.dayColumn}
              style={{ height }}
              data-today={day === today || undefined}
              data-shaded={availability ? true : undefined}
            >
              {working.get(day)!.map((hoursBand) => (
                <div key={`w-${hoursBand.start}`} className={classes.working} style={band(hoursBand)} data-testid="working-hours" aria-hidden="true" />
              ))}
              <div className={classes.hourLines} style={{ backgroundSize: `100% ${HOUR_PX}px` }} aria-hidden="true" />
              {timeOff.get(day)!.map((off) => (
                <div key={`t-${off.id}`} className={classes.timeOff} style={band(off)}>
                  <span className={classes.timeOffLabel}>{off.reason ? t('calendar.timeOffWithReason', { reason: off.reason }) : t('calendar.timeOff')}</span>
                </div>
              ))}
              <ul className={classes.events}>
                {placeDay(byDay.get(day)!, zone).map(({ appointment, start, end, lane, lanes }) => {
                  const time = formatTimeRange(appointment.start, appointment.end, zone, locale);
                  const label = t('calendar.blockLabel', { day: dayName, time, patient: appointment.patientName, status: t(`status.${appointment.status}`) });
                  return (
                    <li
                      key={appointment.id}
                      className={classes.block}
                      data-status={appointment.status}
                      data-lane={lane}
                      data-lanes={lanes}
                      style={{
                        top: y(start),
                        height: Math.max(MIN_BLOCK_PX, y(end) - y(start) - 2),
                        left: `calc(${(lane / lanes) * 100}% + 2px)`,
                        width: `calc(${100 / lanes}% - 4px)`,
                      }}
                    >
                      <UnstyledButton className={classes.blockButton} onClick={() => onSelect(appointment)} aria-haspopup="dialog" aria-label={label} title={label}>
                        <span className={classes.blockTime}>{time.split('–')[0]}</span>
                      </UnstyledButton>{' '}
                      <PatientRecordLink appointment={appointment} className={classes.blockName} />
                    </li>
                  );
                })}
              </ul>
            </div>
          );
        })}
      </div>
    </Card>
  );
}
