import { useTranslation } from 'react-i18next';
import { RoutePage } from '@/app/routes/route-page';
import { OutstandingRefunds } from '@/features/payments/components/outstanding-refunds';
import { PaymentsAdmin } from '@/features/payments/components/payments-admin';

export function AdminPaymentsRoute() {
  const { t } = useTranslation('payments');
  return (
    <RoutePage title={t('admin.title')} subtitle={t('admin.subtitle')}>
      <OutstandingRefunds />
      <PaymentsAdmin />
    </RoutePage>
  );
}
