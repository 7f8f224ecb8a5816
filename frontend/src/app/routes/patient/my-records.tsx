import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RoutePage } from '@/app/routes/route-page';
import { ShieldIcon } from '@/components/ui/icons';
import { useSignedInUser } from '@/lib/auth';
import { paths } from '@/lib/paths';
import { PatientRecordLoader, ReportDownloadLink } from '@/features/records/components/patient-record-view';

export function MyRecordsRoute() {
  const { t } = useTranslation('records');
  const me = useSignedInUser();
  const patientId = String(me.id);
  return (
    <RoutePage
      title={t('mine.title')}
      subtitle={t('mine.subtitle')}
      actions={
        <>
          <Button component={Link} to={paths.patient.accessLog} variant="default" leftSection={<ShieldIcon size={18} />}>
            {t('mine.accessLogLink')}
          </Button>
          <ReportDownloadLink patientId={patientId} own />
        </>
      }
    >
      <PatientRecordLoader patientId={patientId} />
    </RoutePage>
  );
}
