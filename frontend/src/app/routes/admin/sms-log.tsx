import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '@/app/routes/use-document-title';
import { PageHeader } from '@/components/ui/page-header';
import { SmsLogAdmin } from '@/features/notifications/components/sms-log-admin';

export function AdminSmsLogRoute() {
  const { t } = useTranslation('notifications');
  useDocumentTitle(t('admin.title'));
  return (
    <Stack gap="xl">
      <PageHeader title={t('admin.title')} subtitle={t('admin.subtitle')} />
      <SmsLogAdmin />
    </Stack>
  );
}
