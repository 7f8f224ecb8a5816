import { Anchor, Card, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { CreatedDoctorState } from '@/app/routes/admin/doctors';
import { useDocumentTitle } from '@/app/routes/use-document-title';
import { ChevronLeftIcon } from '@/components/ui/icons';
import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/lib/paths';
import { DoctorAccountForm } from '@/features/doctors/components/doctor-account-form';

export function NewDoctorRoute() {
  const { t } = useTranslation('doctors');
  useDocumentTitle(t('admin.newTitle'));
  const navigate = useNavigate();
  return (
    <Stack gap="lg">
      <Anchor component={Link} to={paths.admin.doctors} size="sm" fw={600} style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
        <ChevronLeftIcon size={16} />
        {t('admin.backToDoctors')}
      </Anchor>
      <PageHeader title={t('admin.newTitle')} subtitle={t('admin.newSubtitle')} />
      <Card maw={760} p={{ base: 'lg', sm: 'xl' }}>
        <DoctorAccountForm
          mode="admin"
          onCancel={() => navigate(paths.admin.doctors)}
          onCreated={(doctor) =>
            navigate(paths.admin.doctors, { state: { created: { fullName: doctor.fullName, email: doctor.email } } satisfies CreatedDoctorState })
          }
        />
      </Card>
    </Stack>
  );
}
