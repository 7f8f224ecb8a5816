import { ActionIcon, Button, Card, Group, Modal, SegmentedControl, Stack, Switch, Text, Title, Tooltip } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { CalendarIcon, ChevronLeftIcon, ChevronRightIcon } from '@/components/ui/icons';
import { EmptyState, QueryView } from '@/components/ui/query-state';
import { addDays, browserTimeZone, describeTimeZone, formatDateKey, formatLocale, startOfDayIn, startOfWeek, todayKey, weekDays } from '@/lib/time';
import { useAppointments, type Appointment } from '@/features/appointments/api/get-appointments';
import { AppointmentDetail } from '@/features/appointments/components/appointment-detail';
import { CalendarAgenda } from '@/features/appointments/components/calendar-agenda';
import type { CalendarAvailability } from '@/features/appointments/components/calendar-availability';
import { CalendarWeekGrid } from '@/features/appointments/components/calendar-week-grid';
import { byStart } from '@/features/appointments/components/format';

export type CalendarView = 'day' | 'week' | 'upcoming';
const VIEWS: CalendarView[] = ['day', 'week', 'upcoming'];

/**
 * A doctor's appointments as a day or week calendar, or the list of everything still to come.
 * View and date live in the URL (`?view=week&date=2027-03-29`) so a day can be linked to.
 * `availability` (the doctor's schedule) shades working hours and time off in the week grid.
 */
export function AppointmentCalendar({ timeZone, availability }: { timeZone?: string; availability?: CalendarAvailability }) {
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
  const shown = (a: Appointment) => showCancelled || a.status !== 'CANCELLED';

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
              {availability && view === 'week' && wide ? ` ${t('calendar.workingHoursNote')}` : ''}
            </Text>
            <Switch label={t('calendar.showCancelled')} checked={showCancelled} onChange={(event) => setShowCancelled(event.currentTarget.checked)} />
          </Group>
        </Stack>
      </Card>

      <QueryView
        query={appointments}
        loadingLabel={t('calendar.loading')}
        skeleton={{ count: 1, height: wide && view === 'week' ? 520 : 240 }}
        errorTitle={t('calendar.errorTitle')}
        isEmpty={(data) => data.every((a) => !shown(a))}
        empty={
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
        }
      >
        {(data) => {
          const visible = data.filter(shown).sort(byStart);
          return view === 'week' && wide ? (
            <CalendarWeekGrid days={days} appointments={visible} zone={zone} today={today} availability={availability} onSelect={setSelected} />
          ) : (
            <CalendarAgenda days={view === 'upcoming' ? undefined : days} appointments={visible} zone={zone} />
          );
        }}
      </QueryView>

      <Modal opened={selected !== null} onClose={() => setSelected(null)} title={t('calendar.detailTitle')} size="lg" closeButtonProps={{ 'aria-label': t('calendar.closeDetail') }}>
        {selected && <AppointmentDetail appointment={selected} zone={zone} onChanged={() => setSelected(null)} />}
      </Modal>
    </Stack>
  );
}
