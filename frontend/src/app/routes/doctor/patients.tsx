import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '@/app/routes/use-document-title';
import { PageHeader } from '@/components/ui/page-header';
import { MyPatients } from '@/features/doctors/components/my-patients';

export function PatientsRoute() {
  const { t } = useTranslation('doctors');
  useDocumentTitle(t('patients.title'));
  return (
    <Stack gap="xl">
      <PageHeader title={t('patients.title')} subtitle={t('patients.subtitle')} />
      <MyPatients />
    </Stack>
  );
}
