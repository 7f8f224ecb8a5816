import { ActionIcon, Group, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useMatch, useNavigate } from 'react-router';
import { AppLayout, type NavItem } from '@/components/layouts/app-layout';
import { BuildingIcon, BellIcon, CalendarIcon, CardIcon, ClockIcon, FileIcon, MessageIcon, SearchIcon, StethoscopeIcon, UserIcon, UsersIcon } from '@/components/ui/icons';
import { InitialsAvatar } from '@/components/ui/initials-avatar';
import { useSignedInUser, type Role, type User } from '@/lib/auth';
import { paths } from '@/lib/paths';
import { DemoBanners } from '@/features/clinic/components/demo-banners';
import { AccountMenu } from '@/features/identity/components/account-menu';
import { SignOutButton } from '@/features/identity/components/sign-out-button';
import { useFollowAccountLanguage, useSaveAccountLanguage } from '@/features/identity/hooks/use-account-language';

function useNav(role: Role): NavItem[] {
  const { t } = useTranslation();
  const byRole: Record<Role, NavItem[]> = {
    PATIENT: [
      { to: paths.patient.doctors, label: t('nav.findDoctor'), icon: <SearchIcon size={18} /> },
      { to: paths.patient.appointments, label: t('nav.myAppointments'), icon: <CalendarIcon size={18} /> },
      { to: paths.patient.records, label: t('nav.myRecords'), icon: <FileIcon size={18} /> },
      { to: paths.profile, label: t('nav.profile'), icon: <UserIcon size={18} /> },
    ],
    DOCTOR: [
      { to: paths.doctor.calendar, label: t('nav.calendar'), icon: <CalendarIcon size={18} /> },
      { to: paths.doctor.schedule, label: t('nav.schedule'), icon: <ClockIcon size={18} /> },
      { to: paths.doctor.patients, label: t('nav.patients'), icon: <UsersIcon size={18} /> },
    ],
    ADMIN: [
      { to: paths.admin.appointments, label: t('nav.appointments'), icon: <CalendarIcon size={18} /> },
      { to: paths.admin.users, label: t('nav.users'), icon: <UsersIcon size={18} /> },
      { to: paths.admin.doctors, label: t('nav.doctors'), icon: <StethoscopeIcon size={18} /> },
      { to: paths.admin.payments, label: t('nav.payments'), icon: <CardIcon size={18} /> },
      { to: paths.admin.smsLog, label: t('nav.smsLog'), icon: <MessageIcon size={18} /> },
      { to: paths.admin.records, label: t('nav.records'), icon: <FileIcon size={18} /> },
      { to: paths.admin.clinic, label: t('nav.clinic'), icon: <BuildingIcon size={18} /> },
    ],
  };
  // The header's bell leads to the messages on wide screens; the phone menu lists them by name.
  return [...byRole[role], { to: paths.messages, label: t('nav.messages'), icon: <BellIcon size={18} />, menuOnly: true }];
}

function AccountLink({ user }: { user: User }) {
  const { t } = useTranslation();
  return (
    <UnstyledButton component={Link} to={paths.profile} aria-label={t('nav.accountLabel', { name: user.fullName })} style={{ borderRadius: 'var(--mantine-radius-md)' }}>
      <Group gap="sm" wrap="nowrap">
        <InitialsAvatar name={user.fullName} size={34} />
        <Text fw={600} size="sm" maw={180} truncate="end">
          {user.fullName}
        </Text>
      </Group>
    </UnstyledButton>
  );
}

/** Every role's own text messages, one tap away at any width: the header has room for an icon. */
function MessagesLink() {
  const { t } = useTranslation();
  const active = useMatch(paths.messages) !== null;
  return (
    <Tooltip label={t('nav.messages')} withArrow openDelay={300}>
      <ActionIcon
        component={NavLink}
        to={paths.messages}
        aria-label={t('nav.messages')}
        variant={active ? 'light' : 'subtle'}
        color={active ? 'careslot' : 'gray'}
        size={40}
        radius="md"
      >
        <BellIcon size={20} />
      </ActionIcon>
    </Tooltip>
  );
}

export function AppRoot() {
  const user = useSignedInUser();
  const navigate = useNavigate();
  const nav = useNav(user.role);
  useFollowAccountLanguage(user);
  const saveLanguage = useSaveAccountLanguage();
  const signedOut = () => navigate(paths.signIn, { replace: true });
  // Wide screens: name and Sign out side by side. Phones: both behind one account menu.
  const account = (
    <Group gap="md" wrap="nowrap">
      <MessagesLink />
      <Group visibleFrom="lg" gap="md" wrap="nowrap">
        <AccountLink user={user} />
        <SignOutButton onSignedOut={signedOut} />
      </Group>
      <Group hiddenFrom="lg">
        <AccountMenu user={user} profileHref={paths.profile} onSignedOut={signedOut} />
      </Group>
    </Group>
  );

  // Narrower screens have no room for the name in the header; the menu shows it.
  const menuFooter = (
    <Stack gap="md" pt="md" style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
      <AccountLink user={user} />
    </Stack>
  );

  return (
    <AppLayout account={account} nav={nav} menuFooter={menuFooter} banner={<DemoBanners role={user.role} />} onLanguageChange={saveLanguage} languagePicker="footer">
      <Outlet />
    </AppLayout>
  );
}
