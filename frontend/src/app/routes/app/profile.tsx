import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { RoutePage } from '@/app/routes/route-page';
import { useSignedInUser } from '@/lib/auth';
import { PhoneConfirmation } from '@/features/identity/components/phone-confirmation';
import { ProfileForm } from '@/features/identity/components/profile-form';
import { TWO_FACTOR_ANCHOR, TwoFactorCard } from '@/features/identity/components/two-factor-card';

export function ProfileRoute() {
  const { t } = useTranslation('auth');
  const user = useSignedInUser();
  const { hash } = useLocation();
  return (
    <RoutePage title={t('profile.title')} subtitle={t('profile.subtitle')}>
      <ProfileForm key={String(user.id)} user={user} />
      {/* a new number starts over: no code sent to it yet */}
      <PhoneConfirmation key={`phone-${user.id}-${user.phone ?? ''}`} user={user} />
      <TwoFactorCard key={`two-factor-${user.id}`} user={user} focus={hash === `#${TWO_FACTOR_ANCHOR}`} />
    </RoutePage>
  );
}
