import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '@/app/routes/use-document-title';
import { PageHeader } from '@/components/ui/page-header';
import { useSignedInUser } from '@/lib/auth';
import { MyMessages } from '@/features/notifications/components/my-messages';

/** Every role's own text messages: patients get them; doctors and admins see an empty list. */
export function MessagesRoute() {
  const { t } = useTranslation('notifications');
  useDocumentTitle(t('mine.title'));
  const user = useSignedInUser();
  return (
    <Stack gap="xl">
      <PageHeader title={t('mine.title')} subtitle={t('mine.subtitle')} />
      <MyMessages phone={user.phone} phoneVerified={Boolean(user.phoneVerified)} />
    </Stack>
  );
}
