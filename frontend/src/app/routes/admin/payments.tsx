import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '@/app/routes/use-document-title';
import { PageHeader } from '@/components/ui/page-header';
import { OutstandingRefunds } from '@/features/payments/components/outstanding-refunds';
import { PaymentsAdmin } from '@/features/payments/components/payments-admin';

export function AdminPaymentsRoute() {
  const { t } = useTranslation('payments');
  useDocumentTitle(t('admin.title'));
  return (
    <Stack gap="xl">
      <PageHeader title={t('admin.title')} subtitle={t('admin.subtitle')} />
      <OutstandingRefunds />
      <PaymentsAdmin />
    </Stack>
  );
}
