import { Group, Text } from '@mantine/core';
import { Outlet, useNavigate } from 'react-router';
import { AppLayout } from '@/components/layouts/app-layout';
import { InitialsAvatar } from '@/components/ui/initials-avatar';
import { useSignedInUser } from '@/lib/auth';
import { SignOutButton } from '@/features/identity/components/sign-out-button';

export function AppRoot() {
  const user = useSignedInUser();
  const navigate = useNavigate();

  const account = (
    <Group gap="md" wrap="nowrap">
      <Group gap="sm" wrap="nowrap" visibleFrom="sm">
        <InitialsAvatar name={user.fullName} size={34} />
        <Text fw={600} size="sm" maw={220} truncate="end">
          {user.fullName}
        </Text>
      </Group>
      <SignOutButton onSignedOut={() => navigate('/sign-in', { replace: true })} />
    </Group>
  );

  return (
    <AppLayout account={account}>
      <Outlet />
    </AppLayout>
  );
}
