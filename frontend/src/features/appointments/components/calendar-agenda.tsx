import { Badge, Card, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { dateKeyIn, formatDateKey, formatLocale, todayKey } from '@/lib/time';
import type { Appointment } from '@/features/appointments/api/get-appointments';
import { AppointmentActions } from '@/features/appointments/components/appointment-actions';
import { PatientRecordLink, VisitType } from '@/features/appointments/components/appointment-detail';
import { formatTimeRange } from '@/features/appointments/components/format';
import { AppointmentStatusBadge, PaymentStatusBadge } from '@/features/appointments/components/status-badges';
import classes from './appointment-calendar.module.css';

/** Days as headings with their appointments below; without `days`, every day that has some. */
export function CalendarAgenda({ days, appointments, zone }: { days?: string[]; appointments: Appointment[]; zone: string }) {
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
                  <AgendaItem appointment={appointment} zone={zone} locale={locale} />
                </li>
              ))}
            </Stack>
          )}
        </Stack>
      ))}
    </Stack>
  );
}

function AgendaItem({ appointment, zone, locale }: { appointment: Appointment; zone: string; locale: string }) {
  return (
    <Card component="article" padding="md" aria-label={appointment.patientName} className={classes.agendaItem} data-status={appointment.status}>
      <Group gap="md" align="flex-start" wrap="wrap">
        <Text fw={700} className={classes.agendaTime}>
          {formatTimeRange(appointment.start, appointment.end, zone, locale)}
        </Text>
        <Stack gap={6} style={{ flex: '1 1 16rem', minWidth: 0 }}>
          <Group justify="space-between" gap="xs" align="flex-start">
            <Title order={4}>
              <PatientRecordLink appointment={appointment} />
            </Title>
            <Group gap={6}>
              <AppointmentStatusBadge status={appointment.status} />
              <PaymentStatusBadge appointment={appointment} audience="staff" />
            </Group>
          </Group>
          <VisitType type={appointment.visitType} />
          {appointment.reason && (
            <Text size="sm" c="gray.7" style={{ overflowWrap: 'anywhere' }}>
              {appointment.reason}
            </Text>
          )}
          <AppointmentActions appointment={appointment} timeZone={zone} />
        </Stack>
      </Group>
    </Card>
  );
}
