import { Affix, Menu, Notification, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LogoutIcon, UserIcon } from '@/components/ui/icons';
import { InitialsAvatar } from '@/components/ui/initials-avatar';
import type { User } from '@/lib/auth';
import { describeError } from '@/lib/form-errors';
import { useLogout } from '@/features/identity/api/logout';

/**
 * The phone header's account menu: whose account this is, their profile and signing out. On
 * wide screens the header shows the same things side by side instead.
 */
export function AccountMenu({ user, profileHref, onSignedOut }: { user: User; profileHref: string; onSignedOut: () => void }) {
  const { t } = useTranslation();
  const logout = useLogout({ onSuccess: onSignedOut });
  return (
    <>
      <Menu position="bottom-end" width={240} shadow="md" withinPortal>
        <Menu.Target>
          <UnstyledButton aria-label={t('account.menu', { name: user.fullName })} style={{ borderRadius: '50%', display: 'inline-flex' }}>
            <InitialsAvatar name={user.fullName} size={36} />
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>
            <Text size="sm" fw={650} c="gray.9" truncate="end">
              {user.fullName}
            </Text>
            <Text size="xs" c="gray.7" truncate="end">
              {user.email}
            </Text>
          </Menu.Label>
          <Menu.Item component={Link} to={profileHref} leftSection={<UserIcon size={16} />}>
            {t('nav.profile')}
          </Menu.Item>
          <Menu.Item leftSection={<LogoutIcon size={16} />} onClick={() => logout.mutate()} disabled={logout.isPending}>
            {t('signOut')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {logout.isError && (
        // Never pretend to have signed out: on a shared computer the session would live on.
        <Affix position={{ top: 76, right: 16 }} zIndex={200}>
          <Notification role="alert" color="red" title={t('signOutFailed')} onClose={() => logout.reset()} closeButtonProps={{ 'aria-label': t('dismiss') }} maw={360} withBorder>
            {describeError(logout.error)}
          </Notification>
        </Affix>
      )}
    </>
  );
}
