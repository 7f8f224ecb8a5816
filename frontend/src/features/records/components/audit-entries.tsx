import { Badge, Card, Group, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { ENTRY_KINDS, type EntryKind } from '@/features/records/api/get-patient-record';
import type { AccessLogEntry } from '@/features/records/api/get-access-log';
import { useRecordTime } from '@/features/records/components/format';

type Line = AccessLogEntry & { patientName?: string };

/**
 * Lines of the clinical audit log: a table on wide screens, cards on narrow ones. The network
 * address is for administrators; a patient's own log names who looked and in what role.
 */
export function AuditEntries({
  entries,
  labelledBy,
  withPatient = false,
  withAddress = true,
}: {
  entries: Line[];
  labelledBy: string;
  withPatient?: boolean;
  withAddress?: boolean;
}) {
  const { t, i18n } = useTranslation(['records', 'common']);
  const when = useRecordTime(i18n.language);
  const wide = useMediaQuery('(min-width: 62em)', true, { getInitialValueInEffect: false });
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

  if (wide) {
    return (
      <Card padding={0}>
        <Table.ScrollContainer minWidth={860}>
          <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover aria-labelledby={labelledBy}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('records:log.when')}</Table.Th>
                {withPatient && <Table.Th scope="col">{t('records:log.patient')}</Table.Th>}
                <Table.Th scope="col">{t('records:log.who')}</Table.Th>
                <Table.Th scope="col">{t('records:log.what')}</Table.Th>
                {withAddress && <Table.Th scope="col">{t('records:log.from')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((entry, i) => (
                <Table.Tr key={`${entry.at}-${i}`}>
                  <Table.Td>
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {when(entry.at)}
                    </Text>
                  </Table.Td>
                  {withPatient && (
                    <Table.Td>
                      <Text size="sm">{entry.patientName}</Text>
                    </Table.Td>
                  )}
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm" fw={600}>
                        {entry.actorName}
                      </Text>
                      <Badge variant="light" color="gray" tt="none" size="sm">
                        {role(entry)}
                      </Badge>
                    </Group>
                  </Table.Td>
                  <Table.Td maw={360}>
                    <Text size="sm">{what(entry)}</Text>
                    {reason(entry)}
                  </Table.Td>
                  {withAddress && (
                    <Table.Td>
                      <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
                        {entry.address ?? '—'}
                      </Text>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
    );
  }
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby={labelledBy}>
      {entries.map((entry, i) => (
        <li key={`${entry.at}-${i}`}>
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
        </li>
      ))}
    </Stack>
  );
}
