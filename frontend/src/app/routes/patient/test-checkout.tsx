import { Anchor, Card, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useDocumentTitle } from '@/app/routes/use-document-title';
import { HoldCountdown } from '@/components/ui/hold-countdown';
import { ChevronLeftIcon } from '@/components/ui/icons';
import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/lib/paths';
import { useAppointment } from '@/features/appointments/api/get-appointment';
import { usePayment } from '@/features/payments/api/get-payment';
import { TestCheckout } from '@/features/payments/components/test-checkout';

/** Where "Pay now" leads in test mode: the server hands out `/test-checkout/<paymentId>`. */
export function TestCheckoutRoute() {
  const { paymentId = '' } = useParams();
  const { t } = useTranslation(['payments', 'appointments']);
  useDocumentTitle(t('payments:testCheckout.title'));
  return (
    <Stack gap="lg">
      <Anchor component={Link} to={paths.patient.appointments} size="sm" fw={600} style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
        <ChevronLeftIcon size={16} />
        {t('appointments:mine.title')}
      </Anchor>
      <PageHeader title={t('payments:testCheckout.title')} subtitle={t('payments:testCheckout.subtitle')} />
      <CheckoutHold paymentId={paymentId} />
      <TestCheckout key={paymentId} paymentId={paymentId} appointmentsHref={paths.patient.appointments} />
    </Stack>
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
