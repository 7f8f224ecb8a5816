import { ActionIcon, Button, Card, Group, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChevronLeftIcon, ChevronRightIcon, GlobeClockIcon } from '@/components/ui/icons';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/query-state';
import { addDays, browserTimeZone, dateKeyIn, describeTimeZone, formatDateKey, formatLocale, sameTimeZone, startOfWeek, toDate, todayKey } from '@/lib/time';
import { useSlots, type Slot } from '@/features/scheduling/api/get-slots';
import { groupSlotsByDay, initialWeekStart, slotRangeForWeek } from '@/features/scheduling/components/slot-week';
import { DayStrip, WeekColumns, WeekSkeleton } from '@/features/scheduling/components/slot-week-days';
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
