import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { RoutePage } from '@/app/routes/route-page';
import { paths } from '@/lib/paths';
import { AuditLogAdmin } from '@/features/records/components/audit-log-admin';

export function AdminAuditRoute() {
  const { t } = useTranslation('records');
  const [params, setParams] = useSearchParams();
  return (
    <RoutePage title={t('audit.title')} subtitle={t('audit.subtitle')} back={{ to: paths.admin.records, label: t('summary.title') }}>
      <AuditLogAdmin
        patientId={params.get('patientId') ?? ''}
        onPatientIdChange={(patientId) => setParams(patientId ? { patientId } : {}, { replace: true })}
      />
    </RoutePage>
  );
}
