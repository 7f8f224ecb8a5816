import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { BookingReturnNote } from '@/app/routes/auth/booking-return-note';
import { useReturnTo, withReturnTo } from '@/app/routes/auth/use-return-to';
import { useDocumentTitle } from '@/app/routes/use-document-title';
import { paths } from '@/lib/paths';
import { SignInForm } from '@/features/identity/components/sign-in-form';
import { SocialSignInButtons } from '@/features/identity/components/social-sign-in';

export function SignInRoute() {
  const { t } = useTranslation('auth');
  useDocumentTitle(t('signIn.title'));
  const navigate = useNavigate();
  const returnTo = useReturnTo();
  const [params] = useSearchParams();
  return (
    <Stack gap="lg">
      <BookingReturnNote returnTo={returnTo} />
      <SignInForm
        onSuccess={() => navigate(returnTo, { replace: true })}
        signUpHref={withReturnTo(paths.signUp, returnTo)}
        twoFactorPending={params.get('two-factor') === '1'}
        socialError={params.get('social-error')}
      />
      <SocialSignInButtons />
    </Stack>
  );
}
