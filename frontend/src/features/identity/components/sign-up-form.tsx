import { zodResolver } from '@hookform/resolvers/zod';
import { Anchor, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormAlert, EmailInput, PhoneInput, SecretInput } from '@/components/ui/form-fields';
import { isApiError } from '@/lib/api-client';
import type { User } from '@/lib/auth';
import { applyFieldErrors, formAlertText } from '@/lib/form-errors';
import { registerInputSchema, useRegister } from '@/features/identity/api/register';
import { fieldErrorText } from '@/features/identity/components/form-error-text';

const FIELDS = ['fullName', 'email', 'password', 'phone'] as const;

type SignUpFormProps = {
  onSuccess: (user: User) => void;
  signInHref?: string;
};

export function SignUpForm({ onSuccess, signInHref = '/sign-in' }: SignUpFormProps) {
  const { t } = useTranslation('auth');
  const registration = useRegister({ onSuccess });
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm({
    resolver: zodResolver(registerInputSchema),
    defaultValues: { fullName: '', email: '', password: '', phone: '' },
  });

  const onSubmit = handleSubmit((values) =>
    registration.mutate(values, {
      onError: (error) => {
        if (applyFieldErrors(error, setError, FIELDS)) return;
        // A 409 without field details can only mean one thing here.
        if (isApiError(error) && error.status === 409) {
          setError('email', { type: 'server', message: t('signUp.emailTaken') }, { shouldFocus: true });
        }
      },
    }),
  );

  const error = registration.error;
  const formError =
    isApiError(error) && error.status === 409 && error.errors.length === 0
      ? null
      : formAlertText(error, FIELDS);

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="sign-up-heading">
      <Stack gap="lg">
        <Stack gap={6}>
          <Title order={1} id="sign-up-heading" fz="h2">
            {t('signUp.heading')}
          </Title>
          <Text c="dimmed">{t('signUp.subtitle')}</Text>
        </Stack>

        <FormAlert>{formError}</FormAlert>

        <TextInput
          label={t('fields.fullName')}
          autoComplete="name"
          error={fieldErrorText(errors.fullName, t)}
          {...register('fullName')}
        />
        <EmailInput
          label={t('fields.email')}
          error={fieldErrorText(errors.email, t)}
          {...register('email')}
        />
        <SecretInput
          label={t('fields.password')}
          description={t('signUp.passwordHint')}
          autoComplete="new-password"
          error={fieldErrorText(errors.password, t)}
          toggleLabel={t('showSecret')}
          {...register('password')}
        />
        <PhoneInput
          label={t('fields.phone')}
          description={t('signUp.phoneHint')}
          error={fieldErrorText(errors.phone, t)}
          {...register('phone')}
        />

        <Button type="submit" size="md" fullWidth loading={registration.isPending} loaderProps={{ type: 'dots' }}>
          {t('signUp.submit')}
        </Button>

        <Text ta="center" size="sm" c="dimmed">
          {t('signUp.haveAccount')}{' '}
          <Anchor component={Link} to={signInHref} fw={600}>
            {t('signUp.toSignIn')}
          </Anchor>
        </Text>
      </Stack>
    </form>
  );
}
