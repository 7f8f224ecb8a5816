import { Anchor, Card, Group, Skeleton, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SearchIcon, UsersIcon } from '@/components/ui/icons';
import { InitialsAvatar } from '@/components/ui/initials-avatar';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/query-state';
import { paths } from '@/lib/paths';
import { browserTimeZone, formatDateTime, formatLocale } from '@/lib/time';
import { useMyPatients, type MyPatient } from '@/features/doctors/api/get-my-patients';

/** The people a doctor has seen or will see, with their contact details and visit dates. */
export function MyPatients() {
  const { t, i18n } = useTranslation('doctors');
  const locale = formatLocale(i18n.language);
  const zone = browserTimeZone();
  const patients = useMyPatients();
  const [search, setSearch] = useState('');
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });

  if (patients.isPending) {
    return (
      <LoadingState label={t('patients.loading')}>
        <Stack gap="xs" aria-hidden="true">
          {Array.from({ length: 4 }, (_, i) => (
            <Skeleton key={i} height={56} />
          ))}
        </Stack>
      </LoadingState>
    );
  }
  if (patients.isError) {
    return <ErrorState title={t('patients.errorTitle')} error={patients.error} onRetry={() => void patients.refetch()} retrying={patients.isFetching} />;
  }
  if (patients.data.length === 0) {
    return <EmptyState icon={<UsersIcon size={26} />} title={t('patients.emptyTitle')} text={t('patients.emptyText')} />;
  }

  const needle = search.trim().toLowerCase();
  const list = patients.data
    .filter((p) => !needle || p.fullName.toLowerCase().includes(needle) || p.email.toLowerCase().includes(needle))
    .sort((a, b) => a.fullName.localeCompare(b.fullName, locale));
  const when = (instant: string | null) => (instant ? formatDateTime(instant, zone, locale) : t('patients.none'));

  return (
    <Stack gap="md">
      <Group justify="space-between" gap="sm" wrap="wrap">
        <TextInput
          type="search"
          label={t('patients.search')}
          leftSection={<SearchIcon size={18} />}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={{ base: '100%', xs: 320 }}
        />
        <Text size="sm" c="gray.7" aria-live="polite">
          {t('patients.count', { count: list.length })}
        </Text>
      </Group>
      {list.length === 0 ? (
        <EmptyState icon={<SearchIcon size={26} />} title={t('patients.noMatchTitle')} text={t('patients.noMatchText')} />
      ) : wide ? (
        <Card padding={0}>
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('patients.name')}</Table.Th>
                  <Table.Th scope="col">{t('patients.contact')}</Table.Th>
                  <Table.Th scope="col">{t('patients.lastVisit')}</Table.Th>
                  <Table.Th scope="col">{t('patients.nextVisit')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((patient) => (
                  <Table.Tr key={patient.id}>
                    <Table.Td>
                      <Group gap="sm" wrap="nowrap">
                        <InitialsAvatar name={patient.fullName} size={32} />
                        <RecordLink patient={patient} size="sm" />
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Contact patient={patient} />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{when(patient.lastVisit)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={patient.nextVisit ? 600 : undefined}>
                        {when(patient.nextVisit)}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {list.map((patient) => (
            <li key={patient.id}>
              <Card component="article" padding="md" aria-labelledby={`patient-${patient.id}`}>
                <Stack gap={6}>
                  <Group gap="sm" wrap="nowrap">
                    <InitialsAvatar name={patient.fullName} size={36} />
                    <RecordLink patient={patient} id={`patient-${patient.id}`} />
                  </Group>
                  <Contact patient={patient} />
                  <Text size="sm">
                    <Text span size="sm" c="gray.7">
                      {t('patients.lastVisit')}:{' '}
                    </Text>
                    {when(patient.lastVisit)}
                  </Text>
                  <Text size="sm">
                    <Text span size="sm" c="gray.7">
                      {t('patients.nextVisit')}:{' '}
                    </Text>
                    {when(patient.nextVisit)}
                  </Text>
                </Stack>
              </Card>
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

/** The patient's name, opening their record. */
function RecordLink({ patient, size, id }: { patient: MyPatient; size?: 'sm'; id?: string }) {
  return (
    <Anchor component={Link} to={paths.doctor.patient(patient.id)} size={size} fw={650} id={id}>
      {patient.fullName}
    </Anchor>
  );
}

function Contact({ patient }: { patient: MyPatient }) {
  return (
    <Stack gap={4} align="flex-start">
      <Anchor href={`mailto:${patient.email}`} size="sm" style={{ overflowWrap: 'anywhere', lineHeight: '24px' }}>
        {patient.email}
      </Anchor>
      {patient.phone && (
        <Anchor href={`tel:${patient.phone}`} size="sm" style={{ lineHeight: '24px' }}>
          {patient.phone}
        </Anchor>
      )}
    </Stack>
  );
}
