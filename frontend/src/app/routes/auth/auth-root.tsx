import { Outlet } from 'react-router';
import { AuthLayout } from '@/components/layouts/auth-layout';

export function AuthRoot() {
  return (
    <AuthLayout>
      <Outlet />
    </AuthLayout>
  );
}
