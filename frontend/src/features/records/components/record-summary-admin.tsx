import { Anchor, Button, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ShieldIcon } from '@/components/ui/icons';
import { ErrorState, LoadingState } from '@/components/ui/query-state';
import { paths } from '@/lib/paths';
import { useBreakGlassRead } from '@/features/records/api/break-glass-read';
import { useRecordSummary } from '@/features/records/api/get-record-summary';
import { BreakGlassDialog } from '@/features/records/components/break-glass-dialog';
import { useRecordTime } from '@/features/records/components/format';
import { PatientRecordView } from '@/features/records/components/patient-record-view';

const COUNTS = ['allergies', 'medications', 'conditions', 'notes', 'attachments'] as const;

/**
 * What an admin may see of a record without reading it (counts and the last change), and the
 * audited way to read it when care demands: break-glass with a stated reason.
 */
export function RecordSummaryAdmin({ patientId }: { patientId: string }) {
  const { t, i18n } = useTranslation('records');
  const when = useRecordTime(i18n.language);
  const summary = useRecordSummary(patientId);
  const read = useBreakGlassRead(patientId);
  const [dialogOpen, dialog] = useDisclosure(false);

  if (summary.isPending) {
    return (
      <LoadingState label={t('summary.loading')}>
        <Skeleton height={160} aria-hidden="true" />
      </LoadingState>
    );
  }
  if (summary.isError) {
    return <ErrorState title={t('summary.errorTitle')} error={summary.error} onRetry={() => void summary.refetch()} retrying={summary.isFetching} />;
  }
  const data = summary.data;

  return (
    <Stack gap="lg">
      <Card component="section" aria-labelledby="summary-heading" padding="lg">
        <Stack gap="md">
          <Group justify="space-between" gap="sm" align="flex-start">
            <Stack gap={2}>
              <Title order={2} id="summary-heading" fz="h3">
                {t('summary.heading', { name: data.fullName })}
              </Title>
              <Text size="sm" c="gray.7">
                {t('summary.metadataOnly')}
              </Text>
            </Stack>
            <Group gap="sm">
              <Anchor component={Link} to={`${paths.admin.audit}?patientId=${encodeURIComponent(patientId)}`} size="sm">
                {t('summary.auditLink')}
              </Anchor>
              {read.data ? (
                <Button variant="default" onClick={() => read.reset()}>
                  {t('breakGlass.close')}
                </Button>
              ) : (
                <Button color="orange.9" variant="light" leftSection={<ShieldIcon size={18} />} onClick={() => { read.reset(); dialog.open(); }} aria-haspopup="dialog">
                  {t('breakGlass.open')}
                </Button>
              )}
            </Group>
          </Group>
          <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }} spacing="md" component="dl" m={0}>
            {COUNTS.map((key) => (
              <div key={key}>
                <Text component="dt" size="sm" c="gray.7">
                  {t(`summary.${key}`)}
                </Text>
                <Text component="dd" m={0} fw={700} fz="h3" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {data[key]}
                </Text>
              </div>
            ))}
            <div>
              <Text component="dt" size="sm" c="gray.7">
                {t('summary.lastChanged')}
              </Text>
              <Text component="dd" m={0} fw={600}>
                {data.lastChangedAt ? when(data.lastChangedAt) : t('summary.never')}
              </Text>
            </div>
          </SimpleGrid>
        </Stack>
      </Card>
      {read.data && <PatientRecordView record={read.data} breakGlassReason={read.variables?.reason} />}
      <BreakGlassDialog opened={dialogOpen} onClose={dialog.close} patientName={data.fullName} read={read} />
    </Stack>
  );
}
