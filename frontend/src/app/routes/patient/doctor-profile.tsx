import { Anchor, Skeleton, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useDocumentTitle } from '@/app/routes/use-document-title';
import { ChevronLeftIcon } from '@/components/ui/icons';
import { ErrorState, LoadingState } from '@/components/ui/query-state';
import { isApiError } from '@/lib/api-client';
import { paths } from '@/lib/paths';
import { formatLocale } from '@/lib/time';
import type { Appointment } from '@/features/appointments/api/get-appointments';
import { BookAppointmentDialog, type BookingTarget } from '@/features/appointments/components/book-appointment-dialog';
import { useDoctor } from '@/features/doctors/api/get-doctor';
import { DoctorProfileCard } from '@/features/doctors/components/doctor-profile-card';
import { formatMoney } from '@/features/doctors/components/format';
import type { Slot } from '@/features/scheduling/api/get-slots';
import { SlotWeekPicker } from '@/features/scheduling/components/slot-week-picker';

/** Booked-appointment hand-over to "My appointments", which greets it. */
export type BookedState = { booked?: Pick<Appointment, 'id' | 'doctorName' | 'start' | 'end'>; rescheduled?: boolean };

export function DoctorProfileRoute() {
  const { doctorId = '' } = useParams();
  const { t, i18n } = useTranslation(['doctors', 'common']);
  const doctor = useDoctor(doctorId);
  const navigate = useNavigate();
  const [target, setTarget] = useState<BookingTarget | null>(null);
  useDocumentTitle(doctor.data?.fullName ?? t('profile.title'));

  const back = (
    <Anchor component={Link} to={paths.patient.doctors} size="sm" fw={600} style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
      <ChevronLeftIcon size={16} />
      {t('profile.back')}
    </Anchor>
  );

  if (doctor.isPending) {
    return (
      <Stack gap="lg">
        {back}
        <LoadingState label={t('profile.loading')}>
          <Stack gap="lg" aria-hidden="true">
            <Skeleton height={220} radius="lg" />
            <Skeleton height={420} radius="lg" />
          </Stack>
        </LoadingState>
      </Stack>
    );
  }
  if (doctor.isError) {
    const notFound = isApiError(doctor.error) && doctor.error.status === 404;
    return (
      <Stack gap="lg">
        {back}
        <ErrorState
          title={notFound ? t('profile.notFound') : t('profile.errorTitle')}
          error={doctor.error}
          onRetry={notFound ? undefined : () => void doctor.refetch()}
          retrying={doctor.isFetching}
        />
      </Stack>
    );
  }

  const d = doctor.data;
  const pick = (slot: Slot) =>
    setTarget({
      doctorId: String(d.id),
      doctorName: d.fullName,
      doctorTimeZone: d.timeZone,
      slot,
      feeLabel: d.consultationFee ? formatMoney(d.consultationFee, formatLocale(i18n.language)) : undefined,
      prepaymentRequired: d.prepaymentRequired,
    });

  return (
    <Stack gap="lg">
      {back}
      <DoctorProfileCard doctor={d} />
      <SlotWeekPicker
        doctorId={String(d.id)}
        doctorName={d.fullName}
        doctorTimeZone={d.timeZone}
        nextFreeSlot={d.nextFreeSlot}
        onPick={pick}
      />
      <BookAppointmentDialog
        target={target}
        onClose={() => setTarget(null)}
        onBooked={(appointment) =>
          navigate(paths.patient.appointments, {
            state: { booked: { id: appointment.id, doctorName: appointment.doctorName, start: appointment.start, end: appointment.end } } satisfies BookedState,
          })
        }
      />
    </Stack>
  );
}
