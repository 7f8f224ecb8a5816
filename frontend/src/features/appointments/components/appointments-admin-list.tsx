import { Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { formatLocale } from '@/lib/time';
import type { Appointment } from '@/features/appointments/api/get-appointments';
import { AppointmentActions } from '@/features/appointments/components/appointment-actions';
import { byStart, formatDay, formatTimeRange, isUpcoming } from '@/features/appointments/components/format';
import { AppointmentStatusBadge, PaymentStatusBadge } from '@/features/appointments/components/status-badges';

type ListProps = { list: Appointment[]; zone: string; onReschedule?: (appointment: Appointment) => void };

/** The admin's results: a table on wide screens, cards on phones. */
export function AppointmentsAdminList({ list, zone, onReschedule }: ListProps) {
  const { t, i18n } = useTranslation('appointments');
  const locale = formatLocale(i18n.language);
  const wide = useMediaQuery('(min-width: 62em)', true, { getInitialValueInEffect: false });
  const sorted = [...list].sort(byStart);

  if (!wide) {
    return (
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {sorted.map((appointment) => (
          <li key={appointment.id}>
            <Card component="article" padding="md" aria-labelledby={`admin-appointment-${appointment.id}`}>
              <Stack gap={6}>
                <Group justify="space-between" gap="xs" align="flex-start">
                  <Text fw={650} id={`admin-appointment-${appointment.id}`}>
                    {formatDay(appointment.start, zone, locale, false)} · {formatTimeRange(appointment.start, appointment.end, zone, locale)}
                  </Text>
                  <Group gap={4}>
                    <AppointmentStatusBadge status={appointment.status} />
                    <PaymentStatusBadge appointment={appointment} audience="staff" />
                  </Group>
                </Group>
                <Text size="sm">
                  <Text span size="sm" c="gray.7">
                    {t('admin.patient')}:{' '}
                  </Text>
                  {appointment.patientName}
                </Text>
                <Text size="sm">
                  <Text span size="sm" c="gray.7">
                    {t('admin.doctor')}:{' '}
                  </Text>
                  {appointment.doctorName}
                </Text>
                <AdminMoves appointment={appointment} zone={zone} onReschedule={onReschedule} />
              </Stack>
            </Card>
          </li>
        ))}
      </Stack>
    );
  }

  return (
    <Card padding={0}>
      <Table.ScrollContainer minWidth={900}>
        <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('admin.when')}</Table.Th>
              <Table.Th scope="col">{t('admin.patient')}</Table.Th>
              <Table.Th scope="col">{t('admin.doctor')}</Table.Th>
              <Table.Th scope="col">{t('admin.statusColumn')}</Table.Th>
              <Table.Th scope="col">{t('admin.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sorted.map((appointment) => (
              <Table.Tr key={appointment.id}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {formatDay(appointment.start, zone, locale, false)}
                  </Text>
                  <Text size="sm" c="gray.7">
                    {formatTimeRange(appointment.start, appointment.end, zone, locale)} · {t(`visitType.${appointment.visitType}`)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{appointment.patientName}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{appointment.doctorName}</Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    <AppointmentStatusBadge status={appointment.status} />
                    <PaymentStatusBadge appointment={appointment} audience="staff" />
                  </Group>
                </Table.Td>
                <Table.Td>
                  <AdminMoves appointment={appointment} zone={zone} onReschedule={onReschedule} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}

/** Reschedule (for visits still to come) beside the lifecycle moves. */
function AdminMoves({ appointment, zone, onReschedule }: { appointment: Appointment; zone: string; onReschedule?: (appointment: Appointment) => void }) {
  const { t } = useTranslation('appointments');
  return (
    <Stack gap={6} align="flex-start">
      {onReschedule && isUpcoming(appointment) && (
        <Button size="xs" variant="light" onClick={() => onReschedule(appointment)} aria-haspopup="dialog" aria-label={t('admin.rescheduleLabel', { patient: appointment.patientName, doctor: appointment.doctorName })}>
          {t('admin.reschedule')}
        </Button>
      )}
      <AppointmentActions appointment={appointment} size="xs" timeZone={zone} />
    </Stack>
  );
}
