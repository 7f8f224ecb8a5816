import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DataColumn } from '@/components/ui/data-list';
import { ENTRY_KINDS, type EntryKind } from '@/features/records/api/get-patient-record';
import type { AccessLogEntry } from '@/features/records/api/get-access-log';
import { useRecordTime } from '@/features/records/components/format';

type Line = AccessLogEntry & { patientName?: string };

/**
 * Lines of the clinical audit log as a `DataList` shows them: a table on wide screens, cards on
 * narrow ones. The network address is for administrators; a patient's own log names who looked
 * and in what role.
 */
export function useAuditEntryList({ withPatient = false, withAddress = true }: { withPatient?: boolean; withAddress?: boolean }) {
  const { t, i18n } = useTranslation(['records', 'common']);
  const when = useRecordTime(i18n.language);
  const what = (entry: Line) => {
    const action = t(`records:actions.${entry.action}`, { defaultValue: entry.action });
    if (!entry.detail) return action;
    const detail = (ENTRY_KINDS as readonly string[]).includes(entry.detail) ? t(`records:entries.${entry.detail as EntryKind}.one`) : entry.detail;
    return `${action} (${detail})`;
  };
  const role = (entry: Line) => t(`common:roles.${entry.actorRole}`, { defaultValue: entry.actorRole });
  const reason = (entry: Line) =>
    entry.reason && (
      <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
        {t('records:log.reasonValue', { reason: entry.reason })}
      </Text>
    );

  const columns: (DataColumn<Line> | false)[] = [
    {
      key: 'when',
      header: t('records:log.when'),
      cell: (entry) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {when(entry.at)}
        </Text>
      ),
    },
    withPatient && { key: 'patient', header: t('records:log.patient'), cell: (entry) => <Text size="sm">{entry.patientName}</Text> },
    {
      key: 'who',
      header: t('records:log.who'),
      cell: (entry) => (
        <Group gap={6} wrap="nowrap">
          <Text size="sm" fw={600}>
            {entry.actorName}
          </Text>
          <Badge variant="light" color="gray" tt="none" size="sm">
            {role(entry)}
          </Badge>
        </Group>
      ),
    },
    {
      key: 'what',
      header: t('records:log.what'),
      maw: 360,
      cell: (entry) => (
        <>
          <Text size="sm">{what(entry)}</Text>
          {reason(entry)}
        </>
      ),
    },
    withAddress && {
      key: 'from',
      header: t('records:log.from'),
      cell: (entry) => (
        <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
          {entry.address ?? '—'}
        </Text>
      ),
    },
  ];
  const card = (entry: Line) => (
    <Card component="article" padding="md" aria-label={`${what(entry)}, ${entry.actorName}`}>
      <Stack gap={4}>
        <Text fw={650}>{what(entry)}</Text>
        <Text size="sm">
          {entry.actorName} · {role(entry)}
        </Text>
        {withPatient && <Text size="sm">{t('records:log.patientValue', { name: entry.patientName })}</Text>}
        <Text size="sm" c="gray.7">
          {withAddress ? `${when(entry.at)} · ${t('records:log.fromValue', { address: entry.address ?? '—' })}` : when(entry.at)}
        </Text>
        {reason(entry)}
      </Stack>
    </Card>
  );
  return { columns, card, rowKey: (entry: Line, i: number) => `${entry.at}-${i}`, minWidth: 860 };
}
