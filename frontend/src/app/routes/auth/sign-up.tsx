import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { BookingReturnNote } from '@/app/routes/auth/booking-return-note';
import { useReturnTo, withReturnTo } from '@/app/routes/auth/use-return-to';
import { useDocumentTitle } from '@/app/routes/use-document-title';
import { paths } from '@/lib/paths';
import { SignUpForm } from '@/features/identity/components/sign-up-form';
import { SocialSignInButtons } from '@/features/identity/components/social-sign-in';

export function SignUpRoute() {
  const { t } = useTranslation('auth');
  useDocumentTitle(t('signUp.title'));
  const navigate = useNavigate();
  const returnTo = useReturnTo();
  return (
    <Stack gap="lg">
      <BookingReturnNote returnTo={returnTo} />
      <SignUpForm onSuccess={() => navigate(returnTo, { replace: true })} signInHref={withReturnTo(paths.signIn, returnTo)} />
      <SocialSignInButtons />
      <Text ta="center" size="sm" c="dimmed" pt="md" style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
        {t('signUp.doctorPrompt')}{' '}
        <Anchor component={Link} to={paths.doctorSignUp} fw={600}>
          {t('signUp.doctorLink')}
        </Anchor>
      </Text>
    </Stack>
  );
}
