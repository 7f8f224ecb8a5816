import { Anchor, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BuildingIcon, VideoIcon } from '@/components/ui/icons';
import { paths } from '@/lib/paths';
import { formatLocale } from '@/lib/time';
import type { Appointment } from '@/features/appointments/api/get-appointments';
import { AppointmentActions } from '@/features/appointments/components/appointment-actions';
import { formatDay, formatTimeRange } from '@/features/appointments/components/format';
import { AppointmentStatusBadge, PaymentStatusBadge } from '@/features/appointments/components/status-badges';

/** The patient's name, leading to their record. */
/** The patient's name, linked to their record; a request not yet confirmed opens no record, so its name is plain text. */
export function PatientRecordLink({
  appointment,
  className,
}: {
  appointment: Pick<Appointment, 'patientId' | 'patientName' | 'status'>;
  className?: string;
}) {
  const { t } = useTranslation('appointments');
  if (appointment.status === 'PENDING') return <span className={className}>{appointment.patientName}</span>;
  return (
    <Anchor
      component={Link}
      to={paths.doctor.patient(appointment.patientId)}
      className={className}
      aria-label={t('calendar.recordLink', { patient: appointment.patientName })}
      inherit
    >
      {appointment.patientName}
    </Anchor>
  );
}

export function VisitType({ type }: { type: Appointment['visitType'] }) {
  const { t } = useTranslation('appointments');
  return (
    <Group gap={4} c="gray.7" wrap="nowrap">
      {type === 'VIDEO' ? <VideoIcon size={16} /> : <BuildingIcon size={16} />}
      <Text size="sm">{t(`visitType.${type}`)}</Text>
    </Group>
  );
}

/** One appointment in the calendar's details dialog: who, when, how, why, and what can be done. */
export function AppointmentDetail({ appointment, zone, onChanged }: { appointment: Appointment; zone: string; onChanged?: () => void }) {
  const { t, i18n } = useTranslation('appointments');
  const locale = formatLocale(i18n.language);
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Text fw={650} fz="lg">
          <PatientRecordLink appointment={appointment} />
        </Text>
        <Text>
          {formatDay(appointment.start, zone, locale)} · {formatTimeRange(appointment.start, appointment.end, zone, locale)}
        </Text>
        <Group gap={6}>
          <AppointmentStatusBadge status={appointment.status} />
          <PaymentStatusBadge appointment={appointment} audience="staff" />
          <VisitType type={appointment.visitType} />
        </Group>
      </Stack>
      {(appointment.reason || appointment.reasonGiven) && (
        <Stack gap={2}>
          <Text size="sm" fw={650}>
            {t('calendar.reason')}
          </Text>
          <Text size="sm" c={appointment.reason ? undefined : 'gray.7'} style={{ overflowWrap: 'anywhere' }}>
            {appointment.reason ?? t('calendar.reasonPrivate')}
          </Text>
        </Stack>
      )}
      <AppointmentActions appointment={appointment} onChanged={onChanged} timeZone={zone} />
    </Stack>
  );
}
