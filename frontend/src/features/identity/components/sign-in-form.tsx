import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormAlert, EmailInput, SecretInput } from '@/components/ui/form-fields';
import { AlertIcon } from '@/components/ui/icons';
import { isApiError } from '@/lib/api-client';
import type { User } from '@/lib/auth';
import { applyFieldErrors, formAlertText } from '@/lib/form-errors';
import { loginInputSchema, useLogin } from '@/features/identity/api/login';
import { fieldErrorText } from '@/features/identity/components/form-error-text';
import { SocialSignInError } from '@/features/identity/components/social-sign-in';
import { TwoFactorSignInForm } from '@/features/identity/components/two-factor-sign-in-form';

const FIELDS = ['email', 'password'] as const;

type SignInFormProps = {
  onSuccess: (user: User) => void;
  signUpHref?: string;
  /** Back from a social provider whose account has two-factor sign-in: start at the code. */
  twoFactorPending?: boolean;
  /** Back from a social provider that refused (its `social-error` code). */
  socialError?: string | null;
};

export function SignInForm({ onSuccess, signUpHref = '/sign-up', twoFactorPending = false, socialError }: SignInFormProps) {
  const { t } = useTranslation('auth');
  // the password (or the provider) was right and the account has two-factor sign-in: ask for the code
  const [secondStep, setSecondStep] = useState(twoFactorPending);
  const [expired, setExpired] = useState(false);
  const login = useLogin({ onSuccess, onTwoFactorChallenge: () => setSecondStep(true) });
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    formState: { errors },
  } = useForm({
    resolver: zodResolver(loginInputSchema),
    defaultValues: { email: '', password: '' },
  });

  const onSubmit = handleSubmit((values) => {
    setExpired(false);
    login.mutate(values, {
      onError: (error) => applyFieldErrors(error, setError, FIELDS),
    });
  });

  if (secondStep) {
    return (
      <TwoFactorSignInForm
        onSuccess={onSuccess}
        onStartOver={(timedOut) => {
          setValue('password', '');
          login.reset();
          setExpired(timedOut);
          setSecondStep(false);
        }}
      />
    );
  }

  // The server words 401 the same for an unknown email and a wrong password, and so do we.
  const formError = !login.error
    ? null
    : isApiError(login.error) && login.error.status === 401
      ? t('signIn.invalidCredentials')
      : formAlertText(login.error, FIELDS);

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="sign-in-heading">
      <Stack gap="lg">
        <Stack gap={6}>
          <Title order={1} id="sign-in-heading" fz="h2">
            {t('signIn.heading')}
          </Title>
          <Text c="dimmed">{t('signIn.subtitle')}</Text>
        </Stack>

        {expired && (
          <Alert color="orange" variant="light" icon={<AlertIcon />} role="status">
            {t('twoFactor.expired')}
          </Alert>
        )}

        <FormAlert>{formError}</FormAlert>
        {!formError && socialError && <SocialSignInError code={socialError} />}

        <EmailInput
          label={t('fields.email')}
          error={fieldErrorText(errors.email, t)}
          {...register('email')}
        />
        <SecretInput
          label={t('fields.password')}
          autoComplete="current-password"
          error={fieldErrorText(errors.password, t)}
          toggleLabel={t('showSecret')}
          {...register('password')}
        />

        <Button type="submit" size="md" fullWidth loading={login.isPending} loaderProps={{ type: 'dots' }}>
          {t('signIn.submit')}
        </Button>

        <Text ta="center" size="sm" c="dimmed">
          {t('signIn.noAccount')}{' '}
          <Anchor component={Link} to={signUpHref} fw={600}>
            {t('signIn.toSignUp')}
          </Anchor>
        </Text>
      </Stack>
    </form>
  );
}
