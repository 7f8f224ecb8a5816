import { Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useDocumentTitle } from '@/app/routes/use-document-title';
import { ChevronLeftIcon } from '@/components/ui/icons';
import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/lib/paths';
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
      <TestCheckout key={paymentId} paymentId={paymentId} appointmentsHref={paths.patient.appointments} />
    </Stack>
  );
}
