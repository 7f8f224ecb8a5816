import { ActionIcon, Badge, Button, Card, Group, Skeleton, Stack, Text, Title, Tooltip, UnstyledButton } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChevronLeftIcon, ChevronRightIcon, GlobeClockIcon } from '@/components/ui/icons';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/query-state';
import { addDays, browserTimeZone, dateKeyIn, describeTimeZone, formatDateKey, formatLocale, formatTime, sameTimeZone, startOfWeek, toDate, todayKey } from '@/lib/time';
import { useSlots, type Slot } from '@/features/scheduling/api/get-slots';
import { groupSlotsByDay, initialWeekStart, slotRangeForWeek, type SlotDay } from '@/features/scheduling/components/slot-week';
import classes from './slot-week-picker.module.css';

/** How far ahead people may page; the doctor's booking horizon usually ends well before. */
const MAX_WEEKS_AHEAD = 52;

type SlotWeekPickerProps = {
  doctorId: string;
  doctorName: string;
  doctorTimeZone: string;
  /** Opens on this slot's week, and offers a jump to it from an empty week. */
  nextFreeSlot?: string | null;
  onPick: (slot: Slot) => void;
  /** The viewer's zone; the browser's unless a test or a preference says otherwise. */
  timeZone?: string;
  heading?: string;
  /** Slots from this instant on are shown but not offered (the appointment being moved, say). */
  currentStart?: string;
};

export function SlotWeekPicker({
  doctorId,
  doctorName,
  doctorTimeZone,
  nextFreeSlot,
  onPick,
  timeZone,
  heading,
  currentStart,
}: SlotWeekPickerProps) {
  const { t, i18n } = useTranslation('scheduling');
  const locale = formatLocale(i18n.language);
  const viewerZone = timeZone ?? browserTimeZone();
  const thisWeek = startOfWeek(todayKey(viewerZone));
  const [weekStart, setWeekStart] = useState(() => initialWeekStart(viewerZone, nextFreeSlot));
  const [chosenDay, setChosenDay] = useState<string | null>(null);
  const wide = useMediaQuery('(min-width: 62em)', true, { getInitialValueInEffect: false });

  const range = slotRangeForWeek(weekStart, viewerZone, doctorTimeZone);
  const slots = useSlots(doctorId, range);
  const days = slots.data ? groupSlotsByDay(slots.data, weekStart, viewerZone) : [];
  const total = days.reduce((sum, day) => sum + day.slots.length, 0);

  const weekEnd = addDays(weekStart, 6);
  const weekLabel = formatRange(weekStart, weekEnd, locale);
  const lastWeek = addDays(thisWeek, 7 * MAX_WEEKS_AHEAD);
  const goTo = (week: string) => {
    setWeekStart(week);
    setChosenDay(null);
  };

  const nextFreeWeek = nextFreeSlot ? startOfWeek(dateKeyIn(nextFreeSlot, viewerZone)) : null;
  const zonesDiffer = !sameTimeZone(viewerZone, doctorTimeZone);
  const headingId = `slots-${doctorId}-heading`;

  return (
    <Card component="section" aria-labelledby={headingId} padding={0}>
      <Stack gap={0}>
        <Group justify="space-between" gap="sm" p={{ base: 'md', sm: 'lg' }} wrap="wrap" className={classes.toolbar}>
          <Stack gap={2}>
            <Title order={2} id={headingId} fz="h3">
              {heading ?? t('slots.heading')}
            </Title>
            <Text size="sm" c="dimmed" aria-live="polite">
              {t('slots.weekOf', { range: weekLabel })}
            </Text>
          </Stack>
          <Group gap="xs" wrap="nowrap">
            {weekStart !== thisWeek && (
              <Button variant="subtle" size="sm" onClick={() => goTo(thisWeek)}>
                {t('slots.thisWeek')}
              </Button>
            )}
            <Tooltip label={t('slots.previousWeek')} openDelay={400}>
              <ActionIcon
                variant="default"
                size="lg"
                aria-label={t('slots.previousWeek')}
                disabled={weekStart <= thisWeek}
                onClick={() => goTo(addDays(weekStart, -7))}
              >
                <ChevronLeftIcon size={18} />
              </ActionIcon>
            </Tooltip>
            <Tooltip label={t('slots.nextWeek')} openDelay={400}>
              <ActionIcon
                variant="default"
                size="lg"
                aria-label={t('slots.nextWeek')}
                disabled={weekStart >= lastWeek}
                onClick={() => goTo(addDays(weekStart, 7))}
              >
                <ChevronRightIcon size={18} />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Group>

        <Group gap={8} wrap="nowrap" align="flex-start" px={{ base: 'md', sm: 'lg' }} py="sm" className={classes.zoneNote}>
          <Text component="span" c="careslot.8" mt={1} style={{ display: 'inline-flex' }}>
            <GlobeClockIcon size={18} />
          </Text>
          <Text size="sm" c="gray.7">
            {t('slots.shownIn', { zone: describeTimeZone(viewerZone, locale, toDate(`${weekStart}T12:00:00Z`)) })}
            {zonesDiffer && (
              <>
                {' '}
                {t('slots.doctorZone', {
                  name: doctorName,
                  zone: describeTimeZone(doctorTimeZone, locale, toDate(`${weekStart}T12:00:00Z`)),
                })}
              </>
            )}
          </Text>
        </Group>

        <div className={classes.body}>
          {slots.isPending ? (
            <LoadingState label={t('slots.loading')}>
              <WeekSkeleton wide={wide} />
            </LoadingState>
          ) : slots.isError ? (
            <ErrorState
              title={t('slots.errorTitle')}
              error={slots.error}
              onRetry={() => void slots.refetch()}
              retrying={slots.isFetching}
            />
          ) : total === 0 ? (
            <EmptyState
              withCard={false}
              title={t('slots.emptyTitle')}
              text={t('slots.emptyText')}
              action={
                nextFreeWeek && nextFreeWeek > weekStart ? (
                  <Button variant="light" onClick={() => goTo(nextFreeWeek)}>
                    {t('slots.jumpTo', {
                      date: formatDateKey(dateKeyIn(nextFreeSlot!, viewerZone), locale, {
                        weekday: 'long',
                        day: 'numeric',
                        month: 'long',
                      }),
                    })}
                  </Button>
                ) : weekStart < lastWeek ? (
                  <Button variant="light" onClick={() => goTo(addDays(weekStart, 7))} rightSection={<ChevronRightIcon size={16} />}>
                    {t('slots.nextWeek')}
                  </Button>
                ) : undefined
              }
            />
          ) : wide ? (
            <WeekColumns days={days} viewerZone={viewerZone} onPick={onPick} currentStart={currentStart} />
          ) : (
            <DayStrip
              days={days}
              viewerZone={viewerZone}
              onPick={onPick}
              currentStart={currentStart}
              chosenDay={chosenDay ?? days.find((day) => day.slots.length > 0)?.date ?? weekStart}
              onChooseDay={setChosenDay}
            />
          )}
        </div>
      </Stack>
    </Card>
  );
}

function formatRange(from: string, to: string, locale: string): string {
  const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return format.formatRange(new Date(`${from}T12:00:00Z`), new Date(`${to}T12:00:00Z`));
}

type SlotsViewProps = {
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

function WeekColumns({ days, ...rest }: SlotsViewProps) {
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

function DayStrip({
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

function WeekSkeleton({ wide }: { wide: boolean }) {
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
