import { Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { AppRoot } from '@/app/routes/app/app-root';
import { withReturnTo } from '@/app/routes/auth/use-return-to';
import { AppLayout, type NavItem } from '@/components/layouts/app-layout';
import { FullPageLoader } from '@/components/ui/full-page-loader';
import { SearchIcon } from '@/components/ui/icons';
import { mustSetUpTwoFactor, SignedInUserProvider } from '@/lib/auth';
import { paths } from '@/lib/paths';
import { DemoBanners } from '@/features/clinic/components/demo-banners';
import { useMe } from '@/features/identity/api/get-me';

/**
 * The directory, doctors' profiles and their free times are open to everyone. Signed in, they sit
 * in the usual app frame; signed out (or when the server cannot say), in a public one whose header
 * offers Sign in and Sign up, each bringing the visitor back to the page they were on.
 */
export function DirectoryRoot() {
  const me = useMe();
  const { pathname } = useLocation();
  if (me.isPending) return <FullPageLoader />;
  if (me.data) {
    if (mustSetUpTwoFactor(me.data) && pathname !== paths.profile) return <Navigate to={`${paths.profile}#two-factor`} replace />;
    return (
      <SignedInUserProvider user={me.data}>
        <AppRoot />
      </SignedInUserProvider>
    );
  }
  return <PublicRoot />;
}

export function PublicRoot() {
  const { t } = useTranslation();
  const location = useLocation();
  const here = location.pathname + location.search;
  const nav: NavItem[] = [{ to: paths.patient.doctors, label: t('nav.findDoctor'), icon: <SearchIcon size={18} /> }];
  // Phones have room for Sign in beside the menu button; Sign up waits in the menu there.
  const links = (vertical: boolean) => (
    <>
      <Button component={Link} to={withReturnTo(paths.signIn, here)} variant="default" fullWidth={vertical}>
        {t('nav.signIn')}
      </Button>
      <Button component={Link} to={withReturnTo(paths.signUp, here)} fullWidth={vertical} visibleFrom={vertical ? undefined : 'xs'}>
        {t('nav.signUp')}
      </Button>
    </>
  );
  return (
    <AppLayout
      account={
        <Group gap="sm" wrap="nowrap">
          {links(false)}
        </Group>
      }
      nav={nav}
      menuFooter={
        <Stack gap="sm" pt="md" style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
          {links(true)}
        </Stack>
      }
      banner={<DemoBanners />}
    >
      <Outlet />
    </AppLayout>
  );
}
