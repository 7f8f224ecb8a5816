import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '@/app/routes/use-document-title';
import { PageHeader } from '@/components/ui/page-header';
import { ClinicSettings } from '@/features/clinic/components/clinic-settings-form';

export function AdminClinicRoute() {
  const { t } = useTranslation('clinic');
  useDocumentTitle(t('settings.title'));
  return (
    <Stack gap="xl">
      <PageHeader title={t('settings.title')} subtitle={t('settings.subtitle')} />
      <ClinicSettings />
    </Stack>
  );
}
