import { useTranslation } from 'react-i18next';
import { RoutePage } from '@/app/routes/route-page';
import { useSignedInUser } from '@/lib/auth';
import { paths } from '@/lib/paths';
import { AccessLog } from '@/features/records/components/access-log';

export function AccessLogRoute() {
  const { t } = useTranslation('records');
  const me = useSignedInUser();
  return (
    <RoutePage title={t('accessLog.title')} subtitle={t('accessLog.subtitle')} back={{ to: paths.patient.records, label: t('accessLog.back') }}>
      <AccessLog patientId={String(me.id)} />
    </RoutePage>
  );
}
