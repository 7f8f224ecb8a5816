import { Anchor, Skeleton, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { BookedState } from '@/app/routes/patient/doctor-profile';
import { useDocumentTitle } from '@/app/routes/use-document-title';
import { ChevronLeftIcon } from '@/components/ui/icons';
import { PageHeader } from '@/components/ui/page-header';
import { ErrorState, LoadingState } from '@/components/ui/query-state';
import { paths } from '@/lib/paths';
import { useAppointment } from '@/features/appointments/api/get-appointment';
import { RescheduleDialog } from '@/features/appointments/components/reschedule-dialog';
import { RescheduleIntro, useCanReschedule } from '@/features/appointments/components/reschedule-intro';
import { useClinic } from '@/features/clinic/api/get-clinic';
import type { Slot } from '@/features/scheduling/api/get-slots';
import { SlotWeekPicker } from '@/features/scheduling/components/slot-week-picker';

export function RescheduleRoute() {
  const { appointmentId = '' } = useParams();
  const { t } = useTranslation('appointments');
  useDocumentTitle(t('reschedule.title'));
  const appointment = useAppointment(appointmentId);
  const movable = useCanReschedule(appointment.data);
  const [slot, setSlot] = useState<Slot | null>(null);
  const navigate = useNavigate();
  const clinic = useClinic();

  const back = (
    <Anchor component={Link} to={paths.patient.appointments} size="sm" fw={600} style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
      <ChevronLeftIcon size={16} />
      {t('reschedule.back')}
    </Anchor>
  );

  return (
    <Stack gap="lg">
      {back}
      <PageHeader title={t('reschedule.title')} subtitle={t('reschedule.subtitle')} />
      {appointment.isPending ? (
        <LoadingState label={t('reschedule.loading')}>
          <Skeleton height={96} radius="lg" aria-hidden="true" />
        </LoadingState>
      ) : appointment.isError ? (
        <ErrorState title={t('reschedule.errorTitle')} error={appointment.error} onRetry={() => void appointment.refetch()} retrying={appointment.isFetching} />
      ) : (
        <>
          <RescheduleIntro appointment={appointment.data} clinicPhone={clinic.data?.phone} />
          {movable && (
            <SlotWeekPicker
              doctorId={appointment.data.doctorId}
              doctorName={appointment.data.doctorName}
              doctorTimeZone={appointment.data.doctorTimeZone}
              nextFreeSlot={appointment.data.start}
              heading={t('reschedule.pickHeading')}
              currentStart={appointment.data.start}
              onPick={setSlot}
            />
          )}
          <RescheduleDialog
            appointment={appointment.data}
            slot={slot}
            onClose={() => setSlot(null)}
            onRescheduled={(moved) =>
              navigate(paths.patient.appointments, {
                state: { booked: { id: moved.id, doctorName: moved.doctorName, start: moved.start, end: moved.end }, rescheduled: true } satisfies BookedState,
              })
            }
          />
        </>
      )}
    </Stack>
  );
}
