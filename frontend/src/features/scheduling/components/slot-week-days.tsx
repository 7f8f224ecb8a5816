import { Badge, Button, Group, Skeleton, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { dateKeyIn, formatDateKey, formatLocale, formatTime, toDate, todayKey } from '@/lib/time';
import type { Slot } from '@/features/scheduling/api/get-slots';
import type { SlotDay } from '@/features/scheduling/components/slot-week';
import classes from './slot-week-picker.module.css';

/** The faces of a week of free times: seven columns on wide screens, a day strip on phones. */

export type SlotsViewProps = {
  days: SlotDay[];
  viewerZone: string;
  onPick: (slot: Slot) => void;
  currentStart?: string;
};

function SlotButton({ slot, viewerZone, onPick, currentStart, fullWidth }: Omit<SlotsViewProps, 'days'> & { slot: Slot; fullWidth?: boolean }) {
  const { t, i18n } = useTranslation('scheduling');
  const locale = formatLocale(i18n.language);
  const time = formatTime(slot.start, viewerZone, locale);
  const date = formatDateKey(dateKeyIn(slot.start, viewerZone), locale, { weekday: 'long', day: 'numeric', month: 'long' });
  const isCurrent = currentStart !== undefined && toDate(slot.start).getTime() === toDate(currentStart).getTime();
  return (
    <Button
      variant={isCurrent ? 'filled' : 'light'}
      size="sm"
      // Narrow sides leave the label its room: "11:40 AM" must never be cut to "11:40 AN".
      px="xs"
      fullWidth={fullWidth}
      className={classes.slot}
      aria-label={t('slots.slotLabel', { date, time })}
      aria-haspopup="dialog"
      data-start={slot.start}
      data-end={slot.end}
      disabled={isCurrent}
      onClick={() => onPick(slot)}
    >
      {time}
    </Button>
  );
}

function DayHeading({ date, count, viewerZone }: { date: string; count: number; viewerZone: string }) {
  const { t, i18n } = useTranslation('scheduling');
  const isToday = date === todayKey(viewerZone);
  return (
    <Stack gap={0} align="center" className={classes.dayHeading} data-today={isToday || undefined}>
      <Text size="xs" fw={700} tt="uppercase" c={isToday ? 'careslot.8' : 'gray.7'} lts={0.5}>
        {formatDateKey(date, formatLocale(i18n.language), { weekday: 'short' })}
      </Text>
      <Text fw={650} fz="lg" c={isToday ? 'careslot.8' : 'gray.9'}>
        {formatDateKey(date, formatLocale(i18n.language), { day: 'numeric', month: 'short' })}
      </Text>
      <Text size="xs" c="gray.7">
        {count > 0 ? t('slots.freeCount', { count }) : t('slots.none')}
      </Text>
    </Stack>
  );
}

export function WeekColumns({ days, ...rest }: SlotsViewProps) {
  const { i18n } = useTranslation('scheduling');
  return (
    <div className={classes.columns}>
      {days.map((day) => (
        <div
          key={day.date}
          role="group"
          aria-label={formatDateKey(day.date, formatLocale(i18n.language), { weekday: 'long', day: 'numeric', month: 'long' })}
          className={classes.column}
        >
          <DayHeading date={day.date} count={day.slots.length} viewerZone={rest.viewerZone} />
          <Stack gap={6} mt="sm">
            {day.slots.map((slot) => (
              <SlotButton key={slot.start} slot={slot} fullWidth {...rest} />
            ))}
          </Stack>
        </div>
      ))}
    </div>
  );
}

export function DayStrip({
  days,
  chosenDay,
  onChooseDay,
  ...rest
}: SlotsViewProps & { chosenDay: string; onChooseDay: (date: string) => void }) {
  const { t, i18n } = useTranslation('scheduling');
  const locale = formatLocale(i18n.language);
  const day = days.find((d) => d.date === chosenDay) ?? days[0]!;
  return (
    <Stack gap="md">
      <div className={classes.strip} role="group" aria-label={t('slots.chooseDay')}>
        {days.map(({ date, slots }) => (
          <UnstyledButton
            key={date}
            className={classes.stripDay}
            aria-pressed={date === day.date}
            aria-label={`${formatDateKey(date, locale, { weekday: 'long', day: 'numeric', month: 'long' })}, ${
              slots.length > 0 ? t('slots.freeCount', { count: slots.length }) : t('slots.none')
            }`}
            onClick={() => onChooseDay(date)}
          >
            <Text component="span" size="xs" fw={700} tt="uppercase" lts={0.5}>
              {formatDateKey(date, locale, { weekday: 'short' })}
            </Text>
            <Text component="span" fw={650} fz="lg">
              {formatDateKey(date, locale, { day: 'numeric' })}
            </Text>
            {slots.length > 0 ? (
              <Badge size="xs" variant={date === day.date ? 'white' : 'light'} circle={slots.length < 10}>
                {slots.length}
              </Badge>
            ) : (
              <Text component="span" size="xs" aria-hidden="true">
                –
              </Text>
            )}
          </UnstyledButton>
        ))}
      </div>
      <Stack gap="xs" role="group" aria-labelledby={`day-${day.date}`}>
        <Text id={`day-${day.date}`} fw={650}>
          {formatDateKey(day.date, locale, { weekday: 'long', day: 'numeric', month: 'long' })}
        </Text>
        {day.slots.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('slots.noneThatDay')}
          </Text>
        ) : (
          <div className={classes.slotGrid} style={{ gridTemplateColumns: slotColumns(day.slots, rest.viewerZone, locale) }}>
            {day.slots.map((slot) => (
              <SlotButton key={slot.start} slot={slot} fullWidth {...rest} />
            ))}
          </div>
        )}
      </Stack>
    </Stack>
  );
}

/**
 * As many columns as fit, each at least as wide as the longest label of the day plus the
 * button's sides: labels are measured in `ch` of the grid's own font size, which is the buttons'.
 */
export function slotColumns(slots: Slot[], viewerZone: string, locale: string): string {
  const longest = Math.max(5, ...slots.map((slot) => formatTime(slot.start, viewerZone, locale).length));
  return `repeat(auto-fill, minmax(max(6rem, calc(${longest + 1}ch + 1.25rem)), 1fr))`;
}

export function WeekSkeleton({ wide }: { wide: boolean }) {
  if (!wide) {
    return (
      <Stack gap="md" aria-hidden="true">
        <Group gap={6} wrap="nowrap">
          {Array.from({ length: 7 }, (_, i) => (
            <Skeleton key={i} height={72} style={{ flex: 1 }} />
          ))}
        </Group>
        <Skeleton height={14} width="40%" />
        <Group gap={8}>
          {Array.from({ length: 8 }, (_, i) => (
            <Skeleton key={i} height={36} width={76} />
          ))}
        </Group>
      </Stack>
    );
  }
  return (
    <div className={classes.columns} aria-hidden="true">
      {Array.from({ length: 7 }, (_, i) => (
        <Stack key={i} gap={6} className={classes.column}>
          <Skeleton height={52} mb="sm" />
          {Array.from({ length: 5 }, (_, j) => (
            <Skeleton key={j} height={36} />
          ))}
        </Stack>
      ))}
    </div>
  );
}
