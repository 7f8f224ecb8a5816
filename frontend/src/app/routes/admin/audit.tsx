import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useDocumentTitle } from '@/app/routes/use-document-title';
import { PageHeader } from '@/components/ui/page-header';
import { AuditLogAdmin } from '@/features/records/components/audit-log-admin';

export function AdminAuditRoute() {
  const { t } = useTranslation('records');
  useDocumentTitle(t('audit.title'));
  const [params, setParams] = useSearchParams();
  return (
    <Stack gap="xl">
      <PageHeader title={t('audit.title')} subtitle={t('audit.subtitle')} />
      <AuditLogAdmin
        patientId={params.get('patientId') ?? ''}
        onPatientIdChange={(patientId) => setParams(patientId ? { patientId } : {}, { replace: true })}
      />
    </Stack>
  );
}
