import { useTranslation } from 'react-i18next';
import { RoutePage } from '@/app/routes/route-page';
import { useSignedInUser } from '@/lib/auth';
import { UsersAdmin } from '@/features/identity/components/users-admin';

export function AdminUsersRoute() {
  const { t } = useTranslation('users');
  const me = useSignedInUser();
  return (
    <RoutePage title={t('title')} subtitle={t('subtitle')}>
      <UsersAdmin currentUserId={me.id} />
    </RoutePage>
  );
}
