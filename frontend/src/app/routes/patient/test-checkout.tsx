import { Card } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { RoutePage } from '@/app/routes/route-page';
import { HoldCountdown } from '@/components/ui/hold-countdown';
import { paths } from '@/lib/paths';
import { useAppointment } from '@/features/appointments/api/get-appointment';
import { usePayment } from '@/features/payments/api/get-payment';
import { TestCheckout } from '@/features/payments/components/test-checkout';

/** Where "Pay now" leads in test mode: the server hands out `/test-checkout/<paymentId>`. */
export function TestCheckoutRoute() {
  const { paymentId = '' } = useParams();
  const { t } = useTranslation(['payments', 'appointments']);
  return (
    <RoutePage title={t('payments:testCheckout.title')} subtitle={t('payments:testCheckout.subtitle')} back={{ to: paths.patient.appointments, label: t('appointments:mine.title') }} gap="lg">
      <CheckoutHold paymentId={paymentId} />
      <TestCheckout key={paymentId} paymentId={paymentId} appointmentsHref={paths.patient.appointments} />
    </RoutePage>
  );
}

/** While the payment is open, how long the reserved time stays the patient's. */
function CheckoutHold({ paymentId }: { paymentId: string }) {
  const payment = usePayment(paymentId);
  const open = payment.data?.status === 'OPEN';
  const appointment = useAppointment(open ? payment.data!.appointmentId : '');
  const live = appointment.data?.status === 'PENDING' || appointment.data?.status === 'CONFIRMED';
  const until = live ? appointment.data!.holdExpiresAt : null;
  if (!open || !until) return null;
  return (
    <Card maw={560} padding="md" style={{ borderLeft: '4px solid var(--mantine-color-orange-6)' }}>
      <HoldCountdown until={until} />
    </Card>
  );
}
