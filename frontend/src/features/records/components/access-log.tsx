import { Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ShieldIcon } from '@/components/ui/icons';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/query-state';
import { useAccessLog } from '@/features/records/api/get-access-log';
import { AuditEntries } from '@/features/records/components/audit-entries';

/** For the patient: everyone who read or changed their record, when, and from where. */
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
      {log.isPending ? (
        <LoadingState label={t('accessLog.loading')}>
          <Stack gap="xs" aria-hidden="true">
            {Array.from({ length: 4 }, (_, i) => (
              <Skeleton key={i} height={48} />
            ))}
          </Stack>
        </LoadingState>
      ) : log.isError ? (
        <ErrorState title={t('accessLog.errorTitle')} error={log.error} onRetry={() => void log.refetch()} retrying={log.isFetching} />
      ) : log.data.length === 0 ? (
        <EmptyState icon={<ShieldIcon size={26} />} title={t('accessLog.emptyTitle')} text={t('accessLog.emptyText')} />
      ) : (
        <AuditEntries entries={log.data} labelledBy="access-log-heading" />
      )}
    </section>
  );
}
