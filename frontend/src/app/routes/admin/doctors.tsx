import { Alert, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { RoutePage } from '@/app/routes/route-page';
import { CheckIcon, PlusIcon } from '@/components/ui/icons';
import { paths } from '@/lib/paths';
import { DoctorsAdmin } from '@/features/doctors/components/doctors-admin';

export type CreatedDoctorState = { created?: { fullName: string; email: string } };

export function AdminDoctorsRoute() {
  const { t } = useTranslation('doctors');
  const { state } = useLocation() as { state: CreatedDoctorState | null };
  return (
    <RoutePage
      title={t('admin.title')}
      subtitle={t('admin.subtitle')}
      actions={
        <Button component={Link} to={paths.admin.newDoctor} leftSection={<PlusIcon size={16} />}>
          {t('admin.add')}
        </Button>
      }
    >
      {state?.created && (
        <Alert color="green" variant="light" icon={<CheckIcon />} title={t('admin.createdTitle')} role="status">
          {t('admin.createdText', state.created)}
        </Alert>
      )}
      <DoctorsAdmin />
    </RoutePage>
  );
}
