import { Anchor, Card, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CardField, DataList } from '@/components/ui/data-list';
import { SearchIcon, UsersIcon } from '@/components/ui/icons';
import { InitialsAvatar } from '@/components/ui/initials-avatar';
import { EmptyState } from '@/components/ui/query-state';
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

  const needle = search.trim().toLowerCase();
  const matching = (all: MyPatient[]) =>
    all.filter((p) => !needle || p.fullName.toLowerCase().includes(needle) || p.email.toLowerCase().includes(needle)).sort((a, b) => a.fullName.localeCompare(b.fullName, locale));
  const when = (instant: string | null) => (instant ? formatDateTime(instant, zone, locale) : t('patients.none'));

  return (
    <DataList
      query={patients}
      rows={matching}
      loadingLabel={t('patients.loading')}
      errorTitle={t('patients.errorTitle')}
      empty={<EmptyState icon={<UsersIcon size={26} />} title={t('patients.emptyTitle')} text={t('patients.emptyText')} />}
      noMatch={<EmptyState icon={<SearchIcon size={26} />} title={t('patients.noMatchTitle')} text={t('patients.noMatchText')} />}
      above={(data) => (
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
            {t('patients.count', { count: matching(data).length })}
          </Text>
        </Group>
      )}
      wideFrom="sm"
      minWidth={720}
      rowKey={(patient) => patient.id}
      columns={[
        {
          key: 'name',
          header: t('patients.name'),
          cell: (patient) => (
            <Group gap="sm" wrap="nowrap">
              <InitialsAvatar name={patient.fullName} size={32} />
              <RecordLink patient={patient} size="sm" />
            </Group>
          ),
        },
        { key: 'contact', header: t('patients.contact'), cell: (patient) => <Contact patient={patient} /> },
        { key: 'last', header: t('patients.lastVisit'), cell: (patient) => <Text size="sm">{when(patient.lastVisit)}</Text> },
        {
          key: 'next',
          header: t('patients.nextVisit'),
          cell: (patient) => (
            <Text size="sm" fw={patient.nextVisit ? 600 : undefined}>
              {when(patient.nextVisit)}
            </Text>
          ),
        },
      ]}
      card={(patient) => (
        <Card component="article" padding="md" aria-labelledby={`patient-${patient.id}`}>
          <Stack gap={6}>
            <Group gap="sm" wrap="nowrap">
              <InitialsAvatar name={patient.fullName} size={36} />
              <RecordLink patient={patient} id={`patient-${patient.id}`} />
            </Group>
            <Contact patient={patient} />
            <CardField label={t('patients.lastVisit')}>{when(patient.lastVisit)}</CardField>
            <CardField label={t('patients.nextVisit')}>{when(patient.nextVisit)}</CardField>
          </Stack>
        </Card>
      )}
    />
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
