import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';
import type { BookedState } from '@/app/routes/patient/doctor-profile';
import { RoutePage } from '@/app/routes/route-page';
import { CheckIcon } from '@/components/ui/icons';
import { paths } from '@/lib/paths';
import { browserTimeZone, formatDateTime, formatLocale } from '@/lib/time';
import { MyAppointments } from '@/features/appointments/components/my-appointments';
import { useClinic } from '@/features/clinic/api/get-clinic';
import { PaymentReturnNotice } from '@/features/payments/components/payment-return-notice';

export function MyAppointmentsRoute() {
  const { t, i18n } = useTranslation('appointments');
  const { state } = useLocation() as { state: BookedState | null };
  const booked = state?.booked;
  const clinic = useClinic();
  // The hosted checkout sends people back here: `?paid=<paymentId>`, or `?payment=cancelled`.
  const [search, setSearch] = useSearchParams();
  const paidId = search.get('paid');
  const cancelled = search.get('payment') === 'cancelled';
  const dismissReturn = () =>
    setSearch(
      (current) => {
        const next = new URLSearchParams(current);
        next.delete('paid');
        next.delete('payment');
        return next;
      },
      { replace: true },
    );

  return (
    <RoutePage title={t('mine.title')} subtitle={t('mine.subtitle')}>
      {booked && (
        <Alert
          color={state?.reserved ? 'orange' : 'green'}
          variant="light"
          icon={<CheckIcon />}
          title={t(state?.reserved ? 'mine.reservedTitle' : state?.rescheduled ? 'mine.rescheduledTitle' : 'mine.bookedTitle')}
          role="status"
        >
          {t(state?.reserved ? 'mine.reservedText' : 'mine.bookedText', {
            doctor: booked.doctorName,
            when: formatDateTime(booked.start, browserTimeZone(), formatLocale(i18n.language)),
          })}
        </Alert>
      )}
      {paidId ? (
        <PaymentReturnNotice paymentId={paidId} onDismiss={dismissReturn} />
      ) : cancelled ? (
        <PaymentReturnNotice cancelled onDismiss={dismissReturn} />
      ) : null}
      <MyAppointments highlightId={booked?.id} findDoctorHref={paths.patient.doctors} clinicPhone={clinic.data?.phone} />
    </RoutePage>
  );
}
