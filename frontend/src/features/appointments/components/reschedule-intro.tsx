import { Alert, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CallClinic } from '@/components/ui/call-clinic';
import { AlertIcon, CalendarIcon } from '@/components/ui/icons';
import { browserTimeZone, formatLocale } from '@/lib/time';
import type { Appointment } from '@/features/appointments/api/get-appointments';
import { DEFAULT_BOOKING_POLICY, useBookingPolicy } from '@/features/appointments/api/get-booking-policy';
import { beforeCutoff, formatDay, formatTimeRange, isUpcoming } from '@/features/appointments/components/format';
import { AppointmentStatusBadge } from '@/features/appointments/components/status-badges';

/** Whether the patient may still move this appointment online. */
export function useCanReschedule(appointment: Appointment | undefined): boolean {
  const policy = useBookingPolicy();
  if (!appointment) return false;
  const hours = (policy.data ?? DEFAULT_BOOKING_POLICY).patientCancellationCutoffHours;
  return isUpcoming(appointment) && beforeCutoff(appointment.start, hours);
}

/** The appointment being moved, and whether it still can be. */
export function RescheduleIntro({ appointment, clinicPhone }: { appointment: Appointment; clinicPhone?: string | null }) {
  const { t, i18n } = useTranslation('appointments');
  const locale = formatLocale(i18n.language);
  const zone = browserTimeZone();
  const policy = useBookingPolicy();
  const movable = useCanReschedule(appointment);
  const hours = (policy.data ?? DEFAULT_BOOKING_POLICY).patientCancellationCutoffHours;

  return (
    <Stack gap="md">
      <Card padding="md">
        <Group gap="md" wrap="nowrap" align="flex-start">
          <Text c="careslot.8" mt={2} style={{ display: 'inline-flex' }}>
            <CalendarIcon size={22} />
          </Text>
          <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
            <Text size="sm" c="gray.7">
              {t('reschedule.current')}
            </Text>
            <Text fw={650}>{appointment.doctorName}</Text>
            <Text>
              {formatDay(appointment.start, zone, locale)} · {formatTimeRange(appointment.start, appointment.end, zone, locale)}
            </Text>
          </Stack>
          <AppointmentStatusBadge status={appointment.status} />
        </Group>
      </Card>
      {!movable && (
        <Alert color="orange" variant="light" icon={<AlertIcon />} title={t('reschedule.closedTitle')}>
          {isUpcoming(appointment) ? (
            <>
              {t('reschedule.tooLate', { count: hours })} <CallClinic phone={clinicPhone} />
            </>
          ) : (
            t('reschedule.notOpen')
          )}
        </Alert>
      )}
      {movable && (
        <Text size="sm" c="gray.7">
          {t('reschedule.policy', { count: hours })}
        </Text>
      )}
    </Stack>
  );
}
