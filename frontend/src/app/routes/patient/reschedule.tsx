import { Skeleton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { BookedState } from '@/app/routes/patient/doctor-profile';
import { RoutePage } from '@/app/routes/route-page';
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
  const appointment = useAppointment(appointmentId);
  const movable = useCanReschedule(appointment.data);
  const [slot, setSlot] = useState<Slot | null>(null);
  const navigate = useNavigate();
  const clinic = useClinic();

  return (
    <RoutePage title={t('reschedule.title')} subtitle={t('reschedule.subtitle')} back={{ to: paths.patient.appointments, label: t('reschedule.back') }} gap="lg">
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
    </RoutePage>
  );
}
