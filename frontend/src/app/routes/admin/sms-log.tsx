import { useTranslation } from 'react-i18next';
import { RoutePage } from '@/app/routes/route-page';
import { SmsLogAdmin } from '@/features/notifications/components/sms-log-admin';

export function AdminSmsLogRoute() {
  const { t } = useTranslation('notifications');
  return (
    <RoutePage title={t('admin.title')} subtitle={t('admin.subtitle')}>
      <SmsLogAdmin />
    </RoutePage>
  );
}
