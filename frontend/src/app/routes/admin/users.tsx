import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '@/app/routes/use-document-title';
import { PageHeader } from '@/components/ui/page-header';
import { useSignedInUser } from '@/lib/auth';
import { UsersAdmin } from '@/features/identity/components/users-admin';

export function AdminUsersRoute() {
  const { t } = useTranslation('users');
  useDocumentTitle(t('title'));
  const me = useSignedInUser();
  return (
    <Stack gap="xl">
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <UsersAdmin currentUserId={me.id} />
    </Stack>
  );
}
