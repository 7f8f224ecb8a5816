import { useTranslation } from 'react-i18next';
import { DataList } from '@/components/ui/data-list';
import { ShieldIcon } from '@/components/ui/icons';
import { EmptyState } from '@/components/ui/query-state';
import { useAccessLog } from '@/features/records/api/get-access-log';
import { useAuditEntryList } from '@/features/records/components/audit-entries';

/** For the patient: everyone who read or changed their record, in what role and when. */
export function AccessLog({ patientId }: { patientId: string }) {
  const { t } = useTranslation('records');
  const log = useAccessLog(patientId);
  const list = useAuditEntryList({ withAddress: false });
  return (
    <DataList
      query={log}
      heading={{ id: 'access-log-heading', title: t('accessLog.heading'), count: (data) => t('log.count', { count: data.length }) }}
      loadingLabel={t('accessLog.loading')}
      skeleton={{ count: 4, height: 48 }}
      errorTitle={t('accessLog.errorTitle')}
      empty={<EmptyState icon={<ShieldIcon size={26} />} title={t('accessLog.emptyTitle')} text={t('accessLog.emptyText')} />}
      {...list}
    />
  );
}
