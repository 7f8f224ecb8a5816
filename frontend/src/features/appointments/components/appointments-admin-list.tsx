import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CardField, DataCard, type DataColumn } from '@/components/ui/data-list';
import { formatLocale } from '@/lib/time';
import type { Appointment } from '@/features/appointments/api/get-appointments';
import { AppointmentActions } from '@/features/appointments/components/appointment-actions';
import { formatDay, formatTimeRange, isUpcoming } from '@/features/appointments/components/format';
import { AppointmentStatusBadge, PaymentStatusBadge } from '@/features/appointments/components/status-badges';

type Options = { zone: string; onReschedule?: (appointment: Appointment) => void };

/** The admin's results as a `DataList` shows them: the table's columns and the phone's card. */
export function useAdminAppointmentList({ zone, onReschedule }: Options) {
  const { t, i18n } = useTranslation('appointments');
  const locale = formatLocale(i18n.language);
  const day = (a: Appointment) => formatDay(a.start, zone, locale, false);
  const time = (a: Appointment) => formatTimeRange(a.start, a.end, zone, locale);
  const badges = (a: Appointment) => (
    <Group gap={4}>
      <AppointmentStatusBadge status={a.status} />
      <PaymentStatusBadge appointment={a} audience="staff" />
    </Group>
  );
  const moves = (a: Appointment) => <AdminMoves appointment={a} zone={zone} onReschedule={onReschedule} />;

  const columns: DataColumn<Appointment>[] = [
    {
      key: 'when',
      header: t('admin.when'),
      cell: (a) => (
        <>
          <Text size="sm" fw={600}>
            {day(a)}
          </Text>
          <Text size="sm" c="gray.7">
            {time(a)} · {t(`visitType.${a.visitType}`)}
          </Text>
        </>
      ),
    },
    { key: 'patient', header: t('admin.patient'), cell: (a) => <Text size="sm">{a.patientName}</Text> },
    { key: 'doctor', header: t('admin.doctor'), cell: (a) => <Text size="sm">{a.doctorName}</Text> },
    { key: 'status', header: t('admin.statusColumn'), cell: badges },
    { key: 'actions', header: t('admin.actions'), cell: moves },
  ];
  const card = (a: Appointment) => (
    <DataCard titleId={`admin-appointment-${a.id}`} title={`${day(a)} · ${time(a)}`} aside={badges(a)}>
      <CardField label={t('admin.patient')}>{a.patientName}</CardField>
      <CardField label={t('admin.doctor')}>{a.doctorName}</CardField>
      {moves(a)}
    </DataCard>
  );
  return { columns, card };
}

/** Reschedule (for visits still to come) beside the lifecycle moves. */
function AdminMoves({ appointment, zone, onReschedule }: { appointment: Appointment } & Options) {
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
