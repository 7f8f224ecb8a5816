import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '@/app/routes/use-document-title';
import { PageHeader } from '@/components/ui/page-header';
import { AppointmentsAdmin } from '@/features/appointments/components/appointments-admin';
import { useAdminDoctors } from '@/features/doctors/api/get-admin-doctors';

export function AdminAppointmentsRoute() {
  const { t } = useTranslation('appointments');
  useDocumentTitle(t('admin.title'));
  // The doctor filter offers listed doctors; until they load it offers "any doctor" only.
  const doctors = useAdminDoctors('LISTED');
  const options = (doctors.data ?? [])
    .map((doctor) => ({ value: String(doctor.id), label: doctor.fullName }))
    .sort((a, b) => a.label.localeCompare(b.label));
  return (
    <Stack gap="xl">
      <PageHeader title={t('admin.title')} subtitle={t('admin.subtitle')} />
      <AppointmentsAdmin doctors={options} />
    </Stack>
  );
}
