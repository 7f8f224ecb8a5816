import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '@/app/routes/use-document-title';
import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/lib/paths';
import { DoctorSearch } from '@/features/doctors/components/doctor-search';

export function FindDoctorsRoute() {
  const { t } = useTranslation('doctors');
  useDocumentTitle(t('search.title'));
  return (
    <Stack gap="xl">
      <PageHeader title={t('search.title')} subtitle={t('search.subtitle')} />
      <DoctorSearch doctorHref={paths.patient.doctor} />
    </Stack>
  );
}
