import { useTranslation } from 'react-i18next';
import { RoutePage } from '@/app/routes/route-page';
import { MyPatients } from '@/features/doctors/components/my-patients';

export function PatientsRoute() {
  const { t } = useTranslation('doctors');
  return (
    <RoutePage title={t('patients.title')} subtitle={t('patients.subtitle')}>
      <MyPatients />
    </RoutePage>
  );
}
