import { Group, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ShieldIcon } from '@/components/ui/icons';
import { EmptyState, QueryView } from '@/components/ui/query-state';
import { useAccessLog } from '@/features/records/api/get-access-log';
import { AuditEntries } from '@/features/records/components/audit-entries';

/** For the patient: everyone who read or changed their record, in what role and when. */
export function AccessLog({ patientId }: { patientId: string }) {
  const { t } = useTranslation('records');
  const log = useAccessLog(patientId);
  return (
    <section aria-labelledby="access-log-heading">
      <Group justify="space-between" mb="sm">
        <Title order={2} id="access-log-heading" fz="h3">
          {t('accessLog.heading')}
        </Title>
        {log.data && (
          <Text size="sm" c="gray.7" aria-live="polite">
            {t('log.count', { count: log.data.length })}
          </Text>
        )}
      </Group>
      <QueryView
        query={log}
        loadingLabel={t('accessLog.loading')}
        skeleton={{ count: 4, height: 48 }}
        errorTitle={t('accessLog.errorTitle')}
        empty={<EmptyState icon={<ShieldIcon size={26} />} title={t('accessLog.emptyTitle')} text={t('accessLog.emptyText')} />}
      >
        {(data) => (
          <AuditEntries entries={data} labelledBy="access-log-heading" withAddress={false} />
        )}
      </QueryView>
    </section>
  );
}
