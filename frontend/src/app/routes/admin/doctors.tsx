import { Alert, Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useDocumentTitle } from '@/app/routes/use-document-title';
import { CheckIcon, PlusIcon } from '@/components/ui/icons';
import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/lib/paths';
import { DoctorsAdmin } from '@/features/doctors/components/doctors-admin';

export type CreatedDoctorState = { created?: { fullName: string; email: string } };

export function AdminDoctorsRoute() {
  const { t } = useTranslation('doctors');
  useDocumentTitle(t('admin.title'));
  const { state } = useLocation() as { state: CreatedDoctorState | null };
  return (
    <Stack gap="xl">
      <PageHeader
        title={t('admin.title')}
        subtitle={t('admin.subtitle')}
        actions={
          <Button component={Link} to={paths.admin.newDoctor} leftSection={<PlusIcon size={16} />}>
            {t('admin.add')}
          </Button>
        }
      />
      {state?.created && (
        <Alert color="green" variant="light" icon={<CheckIcon />} title={t('admin.createdTitle')} role="status">
          {t('admin.createdText', state.created)}
        </Alert>
      )}
      <DoctorsAdmin />
    </Stack>
  );
}
