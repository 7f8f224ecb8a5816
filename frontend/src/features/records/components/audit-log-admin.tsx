import { Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataList } from '@/components/ui/data-list';
import { SearchCard } from '@/components/ui/filter-card';
import { SearchIcon, ShieldIcon } from '@/components/ui/icons';
import { EmptyState } from '@/components/ui/query-state';
import { isUuid } from '@/lib/uuid';
import { AUDIT_LOG_LIMIT, useAuditLog } from '@/features/records/api/get-audit-log';
import { useAuditEntryList } from '@/features/records/components/audit-entries';

/** Every read and write of clinical data, newest first; narrowed to one patient by id. */
export function AuditLogAdmin({ patientId, onPatientIdChange }: { patientId: string; onPatientIdChange: (patientId: string) => void }) {
  const { t } = useTranslation('records');
  const id = patientId.trim();
  const valid = id === '' || isUuid(id);
  const log = useAuditLog(valid && id ? { patientId: id } : {});
  const list = useAuditEntryList({ withPatient: true });

  return (
    <Stack gap="md">
      <SearchCard label={t('audit.filtersLabel')}>
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
      </SearchCard>
      <DataList
        query={log}
        heading={{
          id: 'audit-heading',
          title: t('audit.heading'),
          count: (data) => (data.length >= AUDIT_LOG_LIMIT ? t('audit.limitNote', { count: data.length }) : t('log.count', { count: data.length })),
        }}
        loadingLabel={t('audit.loading')}
        skeleton={{ count: 4, height: 48 }}
        errorTitle={t('audit.errorTitle')}
        empty={<EmptyState icon={<ShieldIcon size={26} />} title={t('audit.emptyTitle')} text={id && valid ? t('audit.emptyFilteredText') : t('audit.emptyText')} />}
        {...list}
      />
    </Stack>
  );
}
