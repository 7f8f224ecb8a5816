import { useTranslation } from 'react-i18next';
import { RoutePage } from '@/app/routes/route-page';
import { paths } from '@/lib/paths';
import { DoctorSearch } from '@/features/doctors/components/doctor-search';

export function FindDoctorsRoute() {
  const { t } = useTranslation('doctors');
  return (
    <RoutePage title={t('search.title')} subtitle={t('search.subtitle')}>
      <DoctorSearch doctorHref={paths.patient.doctor} />
    </RoutePage>
  );
}
