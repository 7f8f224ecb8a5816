import { Alert, Badge, Button, Card, Group, Modal, NativeSelect, Skeleton, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AlertIcon, SearchIcon, UsersIcon } from '@/components/ui/icons';
import { InitialsAvatar } from '@/components/ui/initials-avatar';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/query-state';
import { ROLES, type Role } from '@/lib/auth';
import { describeError } from '@/lib/form-errors';
import { useDeactivateUser } from '@/features/identity/api/deactivate-user';
import { useUsers, type ManagedUser } from '@/features/identity/api/get-users';
import { useReactivateUser } from '@/features/identity/api/reactivate-user';
import { RoleBadge } from '@/features/identity/components/role-badge';

/** Everyone with an account: find them, and switch their access off or back on. */
export function UsersAdmin({ currentUserId }: { currentUserId: string | number }) {
  const { t } = useTranslation(['users', 'common']);
  const [role, setRole] = useState<'' | Role>('');
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const users = useUsers({ role: role || undefined, q: q || undefined });
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  const [deactivating, setDeactivating] = useState<ManagedUser | null>(null);
  const deactivate = useDeactivateUser();
  const reactivate = useReactivateUser();
  const failed = deactivate.error ?? reactivate.error;

  const actions = (user: ManagedUser) =>
    user.id === String(currentUserId) ? (
      <Text size="sm" c="dimmed">
        {t('users:you')}
      </Text>
    ) : user.enabled ? (
      <Button size="xs" variant="default" color="red" onClick={() => setDeactivating(user)} aria-haspopup="dialog" aria-label={t('users:deactivateLabel', { name: user.fullName })}>
        {t('users:deactivate')}
      </Button>
    ) : (
      <Button
        size="xs"
        variant="light"
        loading={reactivate.isPending && reactivate.variables === user.id}
        onClick={() => reactivate.mutate(user.id)}
        aria-label={t('users:reactivateLabel', { name: user.fullName })}
      >
        {t('users:reactivate')}
      </Button>
    );

  return (
    <Stack gap="md">
      <Card padding="md" role="search" aria-label={t('users:filtersLabel')}>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput
            type="search"
            label={t('users:search')}
            placeholder={t('users:searchPlaceholder')}
            leftSection={<SearchIcon size={18} />}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            style={{ flex: '1 1 16rem' }}
          />
          <NativeSelect
            label={t('users:role')}
            value={role}
            onChange={(event) => setRole(event.currentTarget.value as '' | Role)}
            data={[{ value: '', label: t('users:anyRole') }, ...ROLES.map((r) => ({ value: r, label: t(`common:roles.${r}`) }))]}
            style={{ flex: '0 1 14rem' }}
          />
        </Group>
      </Card>

      {failed && (
        <Alert color="red" variant="light" icon={<AlertIcon />} role="alert" withCloseButton closeButtonLabel={t('common:dismiss')} onClose={() => { deactivate.reset(); reactivate.reset(); }}>
          {describeError(failed)}
        </Alert>
      )}

      {users.isPending || users.isPlaceholderData ? (
        <LoadingState label={t('users:loading')}>
          <Stack gap="xs" aria-hidden="true">
            {Array.from({ length: 5 }, (_, i) => (
              <Skeleton key={i} height={52} />
            ))}
          </Stack>
        </LoadingState>
      ) : users.isError ? (
        <ErrorState title={t('users:errorTitle')} error={users.error} onRetry={() => void users.refetch()} retrying={users.isFetching} />
      ) : users.data.length === 0 ? (
        <EmptyState icon={<UsersIcon size={26} />} title={t('users:emptyTitle')} text={t('users:emptyText')} />
      ) : (
        <>
          <Text size="sm" c="gray.7" aria-live="polite">
            {t('users:count', { count: users.data.length })}
          </Text>
          {wide ? (
            <Card padding={0}>
              <Table.ScrollContainer minWidth={760}>
                <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('users:name')}</Table.Th>
                      <Table.Th scope="col">{t('users:role')}</Table.Th>
                      <Table.Th scope="col">{t('users:phone')}</Table.Th>
                      <Table.Th scope="col">{t('users:status')}</Table.Th>
                      <Table.Th scope="col">{t('users:actions')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {users.data.map((user) => (
                      <Table.Tr key={user.id}>
                        <Table.Td>
                          <Group gap="sm" wrap="nowrap">
                            <InitialsAvatar name={user.fullName} size={32} />
                            <Stack gap={0} style={{ minWidth: 0 }}>
                              <Text size="sm" fw={600}>
                                {user.fullName}
                              </Text>
                              <Text size="xs" c="gray.7" style={{ overflowWrap: 'anywhere' }}>
                                {user.email}
                              </Text>
                            </Stack>
                          </Group>
                        </Table.Td>
                        <Table.Td>
                          <RoleBadge role={user.role} size="sm" />
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{user.phone ?? '—'}</Text>
                        </Table.Td>
                        <Table.Td>
                          <EnabledBadge enabled={user.enabled} />
                        </Table.Td>
                        <Table.Td>{actions(user)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Card>
          ) : (
            <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
              {users.data.map((user) => (
                <li key={user.id}>
                  <Card component="article" padding="md" aria-labelledby={`user-${user.id}`}>
                    <Stack gap="xs">
                      <Group gap="sm" wrap="nowrap" align="flex-start">
                        <InitialsAvatar name={user.fullName} size={36} />
                        <Stack gap={0} style={{ minWidth: 0, flex: 1 }}>
                          <Text fw={650} id={`user-${user.id}`}>
                            {user.fullName}
                          </Text>
                          <Text size="sm" c="gray.7" style={{ overflowWrap: 'anywhere' }}>
                            {user.email}
                          </Text>
                          {user.phone && (
                            <Text size="sm" c="gray.7">
                              {user.phone}
                            </Text>
                          )}
                        </Stack>
                      </Group>
                      <Group justify="space-between" gap="xs">
                        <Group gap={6}>
                          <RoleBadge role={user.role} size="sm" />
                          <EnabledBadge enabled={user.enabled} />
                        </Group>
                        {actions(user)}
                      </Group>
                    </Stack>
                  </Card>
                </li>
              ))}
            </Stack>
          )}
        </>
      )}

      <Modal opened={deactivating !== null} onClose={() => setDeactivating(null)} title={t('users:confirmTitle')} closeButtonProps={{ 'aria-label': t('common:dismiss') }}>
        {deactivating && (
          <Stack gap="md">
            <Text>{t('users:confirmText', { name: deactivating.fullName, email: deactivating.email })}</Text>
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setDeactivating(null)}>
                {t('users:keep')}
              </Button>
              <Button
                color="red.9"
                loading={deactivate.isPending}
                onClick={() => deactivate.mutate(deactivating.id, { onSettled: () => setDeactivating(null) })}
              >
                {t('users:deactivate')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}

function EnabledBadge({ enabled }: { enabled: boolean }) {
  const { t } = useTranslation('users');
  return (
    <Badge variant="light" color={enabled ? 'green' : 'red'} tt="none" fw={600} size="sm">
      {enabled ? t('active') : t('deactivated')}
    </Badge>
  );
}
