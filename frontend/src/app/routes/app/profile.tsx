import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '@/app/routes/use-document-title';
import { PageHeader } from '@/components/ui/page-header';
import { useSignedInUser } from '@/lib/auth';
import { ProfileForm } from '@/features/identity/components/profile-form';

export function ProfileRoute() {
  const { t } = useTranslation('auth');
  useDocumentTitle(t('profile.title'));
  const user = useSignedInUser();
  return (
    <Stack gap="xl">
      <PageHeader title={t('profile.title')} subtitle={t('profile.subtitle')} />
      <ProfileForm key={String(user.id)} user={user} />
    </Stack>
  );
}
