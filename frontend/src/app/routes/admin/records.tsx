import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { RoutePage } from '@/app/routes/route-page';
import { ShieldIcon } from '@/components/ui/icons';
import { EmptyState } from '@/components/ui/query-state';
import { paths } from '@/lib/paths';
import { PatientPicker } from '@/features/identity/components/patient-picker';
import { RecordSummaryAdmin } from '@/features/records/components/record-summary-admin';

export function AdminRecordsRoute() {
  const { t } = useTranslation('records');
  const [params, setParams] = useSearchParams();
  const patientId = params.get('patient') ?? '';
  return (
    <RoutePage
      title={t('summary.title')}
      subtitle={t('summary.subtitle')}
      actions={
        <Button component={Link} to={paths.admin.audit} variant="default" leftSection={<ShieldIcon size={18} />}>
          {t('audit.title')}
        </Button>
      }
    >
      <PatientPicker selectedId={patientId} onPick={(id) => setParams({ patient: id })} />
      {patientId ? (
        <RecordSummaryAdmin key={patientId} patientId={patientId} />
      ) : (
        <EmptyState icon={<ShieldIcon size={26} />} title={t('summary.pickTitle')} text={t('summary.pickText')} />
      )}
    </RoutePage>
  );
}
