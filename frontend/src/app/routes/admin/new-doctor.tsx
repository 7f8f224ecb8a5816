import { Card } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CreatedDoctorState } from '@/app/routes/admin/doctors';
import { RoutePage } from '@/app/routes/route-page';
import { paths } from '@/lib/paths';
import { DoctorAccountForm } from '@/features/doctors/components/doctor-account-form';

export function NewDoctorRoute() {
  const { t } = useTranslation('doctors');
  const navigate = useNavigate();
  return (
    <RoutePage title={t('admin.newTitle')} subtitle={t('admin.newSubtitle')} back={{ to: paths.admin.doctors, label: t('admin.backToDoctors') }} gap="lg">
      <Card maw={760} p={{ base: 'lg', sm: 'xl' }}>
        <DoctorAccountForm
          mode="admin"
          onCancel={() => navigate(paths.admin.doctors)}
          onCreated={(doctor) =>
            navigate(paths.admin.doctors, { state: { created: { fullName: doctor.fullName, email: doctor.email } } satisfies CreatedDoctorState })
          }
        />
      </Card>
    </RoutePage>
  );
}
