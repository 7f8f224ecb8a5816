import { Button, Card, Group, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchIcon, UsersIcon } from '@/components/ui/icons';
import { InitialsAvatar } from '@/components/ui/initials-avatar';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/query-state';
import { useUsers } from '@/features/identity/api/get-users';

/** For admins: find a patient account by name or email and pick it. */
export function PatientPicker({ selectedId, onPick }: { selectedId?: string; onPick: (patientId: string) => void }) {
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
      {patients.isPending || patients.isPlaceholderData ? (
        <LoadingState label={t('picker.loading')}>
          <Stack gap="xs" aria-hidden="true">
            {Array.from({ length: 3 }, (_, i) => (
              <Skeleton key={i} height={48} />
            ))}
          </Stack>
        </LoadingState>
      ) : patients.isError ? (
        <ErrorState title={t('picker.errorTitle')} error={patients.error} onRetry={() => void patients.refetch()} retrying={patients.isFetching} />
      ) : patients.data.length === 0 ? (
        <EmptyState icon={<UsersIcon size={26} />} title={t('picker.emptyTitle')} text={t('picker.emptyText')} />
      ) : (
        <Stack component="ul" gap={6} p={0} m={0} style={{ listStyle: 'none', maxHeight: '22rem', overflowY: 'auto' }} aria-label={t('picker.results')}>
          {patients.data.map((patient) => (
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
                  <Button size="xs" variant="light" onClick={() => onPick(patient.id)} aria-label={t('picker.openLabel', { name: patient.fullName })}>
                    {t('picker.open')}
                  </Button>
                )}
              </Group>
            </Card>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
