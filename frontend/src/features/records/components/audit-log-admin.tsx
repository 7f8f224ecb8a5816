import { Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SearchIcon, ShieldIcon } from '@/components/ui/icons';
import { EmptyState, QueryView } from '@/components/ui/query-state';
import { isUuid } from '@/lib/uuid';
import { AUDIT_LOG_LIMIT, useAuditLog } from '@/features/records/api/get-audit-log';
import { AuditEntries } from '@/features/records/components/audit-entries';

/** Every read and write of clinical data, newest first; narrowed to one patient by id. */
export function AuditLogAdmin({ patientId, onPatientIdChange }: { patientId: string; onPatientIdChange: (patientId: string) => void }) {
  const { t } = useTranslation('records');
  const id = patientId.trim();
  const valid = id === '' || isUuid(id);
  const log = useAuditLog(valid && id ? { patientId: id } : {});

  return (
    <Stack gap="md">
      <Card padding="md" role="search" aria-label={t('audit.filtersLabel')}>
        <TextInput
          label={t('audit.patientId')}
          description={t('audit.patientIdHint')}
          leftSection={<SearchIcon size={18} />}
          value={patientId}
          onChange={(event) => onPatientIdChange(event.currentTarget.value)}
          error={valid ? undefined : t('audit.patientIdInvalid')}
          maw={480}
          spellCheck={false}
          autoComplete="off"
        />
      </Card>
      <section aria-labelledby="audit-heading">
        <Group justify="space-between" mb="sm">
          <Title order={2} id="audit-heading" fz="h3">
            {t('audit.heading')}
          </Title>
          {log.data && !log.isPlaceholderData && (
            <Text size="sm" c="gray.7" aria-live="polite">
              {log.data.length >= AUDIT_LOG_LIMIT ? t('audit.limitNote', { count: log.data.length }) : t('log.count', { count: log.data.length })}
            </Text>
          )}
        </Group>
        <QueryView
          query={log}
          loadingLabel={t('audit.loading')}
          skeleton={{ count: 4, height: 48 }}
          errorTitle={t('audit.errorTitle')}
          empty={<EmptyState icon={<ShieldIcon size={26} />} title={t('audit.emptyTitle')} text={id && valid ? t('audit.emptyFilteredText') : t('audit.emptyText')} />}
        >
          {(data) => (
            <AuditEntries entries={data} labelledBy="audit-heading" withPatient />
          )}
        </QueryView>
      </section>
    </Stack>
  );
}
