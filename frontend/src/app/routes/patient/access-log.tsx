import { Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '@/app/routes/use-document-title';
import { ChevronLeftIcon } from '@/components/ui/icons';
import { PageHeader } from '@/components/ui/page-header';
import { useSignedInUser } from '@/lib/auth';
import { paths } from '@/lib/paths';
import { AccessLog } from '@/features/records/components/access-log';

export function AccessLogRoute() {
  const { t } = useTranslation('records');
  useDocumentTitle(t('accessLog.title'));
  const me = useSignedInUser();
  return (
    <Stack gap="xl">
      <Anchor component={Link} to={paths.patient.records} size="sm" style={{ display: 'inline-flex', alignItems: 'center', gap: 4, alignSelf: 'flex-start' }}>
        <ChevronLeftIcon size={16} />
        {t('accessLog.back')}
      </Anchor>
      <PageHeader title={t('accessLog.title')} subtitle={t('accessLog.subtitle')} />
      <AccessLog patientId={String(me.id)} />
    </Stack>
  );
}
