import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { ErrorFallback } from '@/components/errors/error-fallback';
import { FullPageLoader } from '@/components/ui/full-page-loader';
import { ShieldIcon } from '@/components/ui/icons';
import { EmptyState } from '@/components/ui/query-state';
import { mustSetUpTwoFactor, SignedInUserProvider, useSignedInUser, type Role } from '@/lib/auth';
import { paths } from '@/lib/paths';
import { useMe } from '@/features/identity/api/get-me';
import { useReturnTo } from '@/app/routes/auth/use-return-to';

/** Where a signed-out visitor was heading, so sign-in can take them back there. */
export type FromState = { from?: string };

export function RequireUser() {
  const me = useMe();
  const location = useLocation();

  if (me.isPending) return <FullPageLoader />;
  // Cannot tell whether anyone is signed in (server down): say so instead of guessing.
  if (me.isError) return <ErrorFallback />;
  if (!me.data) {
    const from = location.pathname + location.search + location.hash;
    return <Navigate to="/sign-in" replace state={{ from } satisfies FromState} />;
  }
  // The server refuses such a doctor or admin everything but set-up: take them there, not to 403s.
  if (mustSetUpTwoFactor(me.data) && location.pathname !== paths.profile) {
    return <Navigate to={`${paths.profile}#two-factor`} replace />;
  }
  return (
    <SignedInUserProvider user={me.data}>
      <Outlet />
    </SignedInUserProvider>
  );
}

export function GuestOnly() {
  const me = useMe();
  const returnTo = useReturnTo();
  if (me.isPending) return <FullPageLoader />;
  // A failed check still lets people try to sign in; the form reports what goes wrong.
  if (me.data) return <Navigate to={returnTo} replace />;
  return <Outlet />;
}

/** Screens of one role. Others see a plain explanation inside the app, never a blank page. */
export function RequireRole({ roles }: { roles: Role[] }) {
  const user = useSignedInUser();
  const { t } = useTranslation();
  if (roles.includes(user.role)) return <Outlet />;
  return (
    <EmptyState
      headingOrder={2}
      icon={<ShieldIcon size={26} />}
      title={t('wrongRole.title')}
      text={t('wrongRole.text', { role: t(`roles.${user.role}`) })}
      action={
        <Button component={Link} to={paths.home}>
          {t('backHome')}
        </Button>
      }
    />
  );
}
