import { Alert, Anchor, Skeleton, Stack } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { withReturnTo } from '@/app/routes/auth/use-return-to';
import { useDocumentTitle } from '@/app/routes/use-document-title';
import { AlertIcon, ChevronLeftIcon } from '@/components/ui/icons';
import { ErrorState, LoadingState } from '@/components/ui/query-state';
import { isApiError } from '@/lib/api-client';
import { useOptionalUser } from '@/lib/auth';
import { formatAmount } from '@/lib/money';
import { paths } from '@/lib/paths';
import { dateKeyIn, formatLocale, toDate } from '@/lib/time';
import type { Appointment } from '@/features/appointments/api/get-appointments';
import { BookAppointmentDialog, type BookingTarget } from '@/features/appointments/components/book-appointment-dialog';
import { useDoctor, type DoctorView } from '@/features/doctors/api/get-doctor';
import { DoctorProfileCard } from '@/features/doctors/components/doctor-profile-card';
import { useSlots, type Slot } from '@/features/scheduling/api/get-slots';
import { SlotWeekPicker } from '@/features/scheduling/components/slot-week-picker';

/** Booked-appointment hand-over to "My appointments", which greets it. */
export type BookedState = {
  booked?: Pick<Appointment, 'id' | 'doctorName' | 'start' | 'end'>;
  rescheduled?: boolean;
  /** Held until a required payment: "reserved", never "booked". */
  reserved?: boolean;
};

export function DoctorProfileRoute() {
  const { doctorId = '' } = useParams();
  const { t } = useTranslation(['doctors', 'common']);
  const doctor = useDoctor(doctorId);
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

  return (
    <Stack gap="lg">
      {back}
      <DoctorProfileCard doctor={doctor.data} />
      <DoctorBooking doctor={doctor.data} />
    </Stack>
  );
}

/**
 * The doctor's free times, and what picking one does: a patient books it; a visitor signs in (or
 * up) and comes back here with `?slot=<start>`, which reopens the booking on that very time.
 */
function DoctorBooking({ doctor }: { doctor: DoctorView }) {
  const { t, i18n } = useTranslation(['doctors', 'common']);
  const user = useOptionalUser();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [target, setTarget] = useState<BookingTarget | null>(null);
  const [staffNotice, setStaffNotice] = useState(false);
  const id = String(doctor.id);
  const wanted = params.get('slot');
  const wantedValid = wanted !== null && !Number.isNaN(toDate(wanted).getTime());

  const toTarget = (slot: Slot): BookingTarget => ({
    doctorId: id,
    doctorName: doctor.fullName,
    doctorTimeZone: doctor.timeZone,
    slot,
    feeLabel: doctor.consultationFee ? formatAmount(doctor.consultationFee.amount, doctor.consultationFee.currency, formatLocale(i18n.language), { wholeWithoutCents: true }) : undefined,
    prepaymentRequired: doctor.prepaymentRequired,
  });

  const pick = (slot: Slot) => {
    if (!user) {
      navigate(withReturnTo(paths.signIn, `${paths.patient.doctor(id)}?slot=${encodeURIComponent(slot.start)}`));
    } else if (user.role !== 'PATIENT') {
      setStaffNotice(true);
    } else {
      setTarget(toTarget(slot));
    }
  };

  // Back from sign-in with a time: is it still free? Then the booking opens on it.
  const day = wantedValid ? dateKeyIn(wanted, doctor.timeZone) : '';
  const slots = useSlots(id, { from: day, to: day }, { enabled: wantedValid && user?.role === 'PATIENT' });
  const match = wantedValid ? slots.data?.find((slot) => toDate(slot.start).getTime() === toDate(wanted).getTime()) : undefined;
  const gone = wantedValid && slots.isSuccess && !match;
  useEffect(() => {
    if (!match) return;
    setTarget(toTarget(match));
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.delete('slot');
        return next;
      },
      { replace: true },
    );
    // Once per returned slot.
  }, [match?.start]);

  return (
    <>
      {gone && (
        <Alert color="orange" variant="light" icon={<AlertIcon />} role="alert" title={t('profile.slotGoneTitle')}>
          {t('profile.slotGone')}
        </Alert>
      )}
      {staffNotice && (
        <Alert color="blue" variant="light" icon={<AlertIcon />} role="status" withCloseButton onClose={() => setStaffNotice(false)} closeButtonLabel={t('common:dismiss')}>
          {t('profile.signedInAsStaff')}
        </Alert>
      )}
      <SlotWeekPicker
        doctorId={id}
        doctorName={doctor.fullName}
        doctorTimeZone={doctor.timeZone}
        nextFreeSlot={wantedValid ? wanted : doctor.nextFreeSlot}
        onPick={pick}
      />
      <BookAppointmentDialog
        target={target}
        onClose={() => setTarget(null)}
        onBooked={(appointment) =>
          navigate(paths.patient.appointments, {
            state: {
              booked: { id: appointment.id, doctorName: appointment.doctorName, start: appointment.start, end: appointment.end },
              reserved: Boolean(appointment.prepaymentRequired && appointment.holdExpiresAt && appointment.paymentStatus !== 'PAID'),
            } satisfies BookedState,
          })
        }
      />
    </>
  );
}
