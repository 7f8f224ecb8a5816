import { useTranslation } from 'react-i18next';
import { RoutePage } from '@/app/routes/route-page';
import { ClinicSettings } from '@/features/clinic/components/clinic-settings-form';

export function AdminClinicRoute() {
  const { t } = useTranslation('clinic');
  return (
    <RoutePage title={t('settings.title')} subtitle={t('settings.subtitle')}>
      <ClinicSettings />
    </RoutePage>
  );
}
