import { Button, Card, Group, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchIcon, UsersIcon } from '@/components/ui/icons';
import { InitialsAvatar } from '@/components/ui/initials-avatar';
import { EmptyState, QueryView } from '@/components/ui/query-state';
import { useUsers } from '@/features/identity/api/get-users';

type PickedPatient = { id: string; fullName: string; email: string };

/**
 * For admins: find a patient account by name or email and pick it. The pick button reads "Open"
 * (the record summary) unless `pickLabel` names another purpose ("Choose", "Book for").
 */
export function PatientPicker({
  selectedId,
  onPick,
  pickLabel,
}: {
  selectedId?: string;
  onPick: (patientId: string, patient: PickedPatient) => void;
  pickLabel?: { text: string; label: (name: string) => string };
}) {
  const { t } = useTranslation('users');
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const patients = useUsers({ role: 'PATIENT', q: q || undefined });

  return (
    <Stack gap="sm">
      <Card padding="md" role="search" aria-label={t('picker.label')}>
        <TextInput
          type="search"
          label={t('picker.label')}
          placeholder={t('picker.placeholder')}
          leftSection={<SearchIcon size={18} />}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          maw={420}
        />
      </Card>
      <QueryView
        query={patients}
        loadingLabel={t('picker.loading')}
        skeleton={{ count: 3, height: 48 }}
        errorTitle={t('picker.errorTitle')}
        empty={<EmptyState icon={<UsersIcon size={26} />} title={t('picker.emptyTitle')} text={t('picker.emptyText')} />}
      >
        {(data) => (
          <Stack component="ul" gap={6} p={0} m={0} style={{ listStyle: 'none', maxHeight: '22rem', overflowY: 'auto' }} aria-label={t('picker.results')}>
            {data.map((patient) => (
              <Card component="li" key={patient.id} padding="xs" px="md">
                <Group justify="space-between" wrap="nowrap" gap="sm">
                  <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
                    <InitialsAvatar name={patient.fullName} size={32} />
                    <Stack gap={0} style={{ minWidth: 0 }}>
                      <Text size="sm" fw={600}>
                        {patient.fullName}
                      </Text>
                      <Text size="xs" c="gray.7" style={{ overflowWrap: 'anywhere' }}>
                        {patient.email}
                      </Text>
                    </Stack>
                  </Group>
                  {patient.id === selectedId ? (
                    <Text size="sm" c="gray.7">
                      {t('picker.selected')}
                    </Text>
                  ) : (
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => onPick(patient.id, patient)}
                      aria-label={pickLabel ? pickLabel.label(patient.fullName) : t('picker.openLabel', { name: patient.fullName })}
                    >
                      {pickLabel ? pickLabel.text : t('picker.open')}
                    </Button>
                  )}
                </Group>
              </Card>
            ))}
          </Stack>
        )}
      </QueryView>
    </Stack>
  );
}
