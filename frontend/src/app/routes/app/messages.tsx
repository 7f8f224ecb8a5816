import { useTranslation } from 'react-i18next';
import { RoutePage } from '@/app/routes/route-page';
import { useSignedInUser } from '@/lib/auth';
import { MyMessages } from '@/features/notifications/components/my-messages';

/** Every role's own text messages: patients get them; doctors and admins see an empty list. */
export function MessagesRoute() {
  const { t } = useTranslation('notifications');
  const user = useSignedInUser();
  return (
    <RoutePage title={t('mine.title')} subtitle={t('mine.subtitle')}>
      <MyMessages phone={user.phone} phoneVerified={Boolean(user.phoneVerified)} />
    </RoutePage>
  );
}
