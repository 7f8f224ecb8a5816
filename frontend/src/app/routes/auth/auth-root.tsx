import { Outlet, useMatch } from 'react-router';
import { AuthLayout } from '@/components/layouts/auth-layout';
import { paths } from '@/lib/paths';
import { DemoBanners } from '@/features/clinic/components/demo-banners';

export function AuthRoot() {
  // The doctor application has twice the fields of sign-in, and gets the room for them.
  const wide = useMatch(paths.doctorSignUp) !== null;
  return (
    <AuthLayout wide={wide} banner={<DemoBanners />}>
      <Outlet />
    </AuthLayout>
  );
}
