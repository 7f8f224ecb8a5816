import { Alert, Badge, Button, Card, Group, Modal, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataList } from '@/components/ui/data-list';
import { SearchCard } from '@/components/ui/filter-card';
import { AlertIcon, SearchIcon, UsersIcon } from '@/components/ui/icons';
import { InitialsAvatar } from '@/components/ui/initials-avatar';
import { EmptyState } from '@/components/ui/query-state';
import { ROLES, type Role } from '@/lib/auth';
import { describeError } from '@/lib/form-errors';
import { useDeactivateUser } from '@/features/identity/api/deactivate-user';
import { useUsers, type ManagedUser } from '@/features/identity/api/get-users';
import { useReactivateUser } from '@/features/identity/api/reactivate-user';
import { useResetTwoFactor } from '@/features/identity/api/reset-two-factor';
import { RoleBadge } from '@/features/identity/components/role-badge';

/** Everyone with an account: find them, switch their access off or back on, reset a lost second factor. */
export function UsersAdmin({ currentUserId }: { currentUserId: string | number }) {
  const { t } = useTranslation(['users', 'common']);
  const [role, setRole] = useState<'' | Role>('');
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const users = useUsers({ role: role || undefined, q: q || undefined });
  const [confirming, setConfirming] = useState<Confirmation | null>(null);
  const [resetDone, setResetDone] = useState<ManagedUser | null>(null);
  const deactivate = useDeactivateUser();
  const reactivate = useReactivateUser();
  const resetTwoFactor = useResetTwoFactor();
  const failed = deactivate.error ?? reactivate.error ?? resetTwoFactor.error;
  const confirm = (kind: Confirmation['kind'], user: ManagedUser) => {
    setResetDone(null);
    setConfirming({ kind, user });
  };

  const settle = { onSettled: () => setConfirming(null) };
  const dialog =
    confirming &&
    (confirming.kind === 'deactivate'
      ? {
          title: t('users:confirmTitle'),
          text: t('users:confirmText', { name: confirming.user.fullName, email: confirming.user.email }),
          cancel: t('users:keep'),
          confirm: t('users:deactivate'),
          pending: deactivate.isPending,
          run: () => deactivate.mutate(confirming.user.id, settle),
        }
      : {
          title: t('users:resetTwoFactorTitle'),
          text: t('users:resetTwoFactorText', { name: confirming.user.fullName, email: confirming.user.email }),
          cancel: t('users:cancel'),
          confirm: t('users:resetTwoFactor'),
          pending: resetTwoFactor.isPending,
          run: () => resetTwoFactor.mutate(confirming.user.id, { ...settle, onSuccess: setResetDone }),
        });

  const actions = (user: ManagedUser) =>
    user.id === String(currentUserId) ? (
      <Text size="sm" c="dimmed">
        {t('users:you')}
      </Text>
    ) : (
      <Group gap="xs" wrap="wrap">
        {user.enabled ? (
          <Button size="xs" variant="default" color="red" onClick={() => confirm('deactivate', user)} aria-haspopup="dialog" aria-label={t('users:deactivateLabel', { name: user.fullName })}>
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
        )}
        {user.twoFactorEnabled && (
          <Button size="xs" variant="default" onClick={() => confirm('resetTwoFactor', user)} aria-haspopup="dialog" aria-label={t('users:resetTwoFactorLabel', { name: user.fullName })}>
            {t('users:resetTwoFactor')}
          </Button>
        )}
      </Group>
    );

  return (
    <Stack gap="md">
      <SearchCard label={t('users:filtersLabel')}>
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
      </SearchCard>

      {failed && (
        <Alert color="red" variant="light" icon={<AlertIcon />} role="alert" withCloseButton closeButtonLabel={t('common:dismiss')} onClose={() => { deactivate.reset(); reactivate.reset(); resetTwoFactor.reset(); }}>
          {describeError(failed)}
        </Alert>
      )}
      {resetDone && (
        <Alert color="green" variant="light" role="status" withCloseButton closeButtonLabel={t('common:dismiss')} onClose={() => setResetDone(null)}>
          {t('users:resetTwoFactorDone', { name: resetDone.fullName })}
        </Alert>
      )}

      <DataList
        query={users}
        loadingLabel={t('users:loading')}
        skeleton={{ count: 5, height: 52 }}
        errorTitle={t('users:errorTitle')}
        empty={<EmptyState icon={<UsersIcon size={26} />} title={t('users:emptyTitle')} text={t('users:emptyText')} />}
        above={(data) => (
          <Text size="sm" c="gray.7" aria-live="polite">
            {t('users:count', { count: data.length })}
          </Text>
        )}
        wideFrom="sm"
        minWidth={760}
        rowKey={(user) => user.id}
        columns={[
          {
            key: 'name',
            header: t('users:name'),
            cell: (user) => (
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
            ),
          },
          { key: 'role', header: t('users:role'), cell: (user) => <RoleBadge role={user.role} size="sm" /> },
          { key: 'phone', header: t('users:phone'), cell: (user) => <Text size="sm">{user.phone ?? '—'}</Text> },
          { key: 'status', header: t('users:status'), cell: (user) => <StatusBadges user={user} /> },
          { key: 'actions', header: t('users:actions'), cell: actions },
        ]}
        card={(user) => (
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
                  <StatusBadges user={user} />
                </Group>
                {actions(user)}
              </Group>
            </Stack>
          </Card>
        )}
      />

      <Modal opened={dialog !== null} onClose={() => setConfirming(null)} title={dialog?.title} closeButtonProps={{ 'aria-label': t('common:dismiss') }}>
        {dialog && (
          <Stack gap="md">
            <Text>{dialog.text}</Text>
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setConfirming(null)}>
                {dialog.cancel}
              </Button>
              <Button color="red.9" loading={dialog.pending} onClick={dialog.run}>
                {dialog.confirm}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}

type Confirmation = { kind: 'deactivate' | 'resetTwoFactor'; user: ManagedUser };

function StatusBadges({ user }: { user: ManagedUser }) {
  const { t } = useTranslation('users');
  return (
    <Group gap={6} wrap="wrap">
      <Badge variant="light" color={user.enabled ? 'green' : 'red'} tt="none" fw={600} size="sm">
        {user.enabled ? t('active') : t('deactivated')}
      </Badge>
      {user.twoFactorEnabled && (
        <Badge variant="light" color="blue" tt="none" fw={600} size="sm">
          {t('twoFactorOn')}
        </Badge>
      )}
    </Group>
  );
}
