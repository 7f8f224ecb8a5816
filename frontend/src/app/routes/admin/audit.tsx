import { Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useDocumentTitle } from '@/app/routes/use-document-title';
import { ChevronLeftIcon } from '@/components/ui/icons';
import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/lib/paths';
import { AuditLogAdmin } from '@/features/records/components/audit-log-admin';

export function AdminAuditRoute() {
  const { t } = useTranslation('records');
  useDocumentTitle(t('audit.title'));
  const [params, setParams] = useSearchParams();
  return (
    <Stack gap="xl">
      <Anchor component={Link} to={paths.admin.records} size="sm" style={{ display: 'inline-flex', alignItems: 'center', gap: 4, alignSelf: 'flex-start' }}>
        <ChevronLeftIcon size={16} />
        {t('summary.title')}
      </Anchor>
      <PageHeader title={t('audit.title')} subtitle={t('audit.subtitle')} />
      <AuditLogAdmin
        patientId={params.get('patientId') ?? ''}
        onPatientIdChange={(patientId) => setParams(patientId ? { patientId } : {}, { replace: true })}
      />
    </Stack>
  );
}
