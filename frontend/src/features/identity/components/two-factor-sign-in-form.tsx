import { zodResolver } from '@hookform/resolvers/zod';
import { Anchor, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormAlert } from '@/components/ui/form-fields';
import { isApiError } from '@/lib/api-client';
import type { User } from '@/lib/auth';
import { describeError } from '@/lib/form-errors';
import { oneTimeCodeSchema, recoveryCodeSchema, useLoginTwoFactor } from '@/features/identity/api/login-two-factor';
import { fieldErrorText } from '@/features/identity/components/form-error-text';
import { OneTimeCodeInput } from '@/components/ui/one-time-code-input';

type Mode = 'code' | 'recovery';

const schemas = {
  code: z.object({ value: oneTimeCodeSchema }),
  recovery: z.object({ value: recoveryCodeSchema }),
};

type TwoFactorSignInFormProps = {
  onSuccess: (user: User) => void;
  /** The password step has to be done again (it expired, or the person wants another account). */
  onStartOver: (expired: boolean) => void;
};

/** The second sign-in step, after a right password: a code from the app or one recovery code. */
export function TwoFactorSignInForm({ onSuccess, onStartOver }: TwoFactorSignInFormProps) {
  const { t } = useTranslation('auth');
  const [mode, setMode] = useState<Mode>('code');
  const verify = useLoginTwoFactor({ onSuccess });
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<{ value: string }, unknown, { value: string }>({
    resolver: zodResolver(schemas[mode]),
    defaultValues: { value: '' },
  });

  const onSubmit = handleSubmit(({ value }) =>
    verify.mutate(mode === 'code' ? { code: value } : { recoveryCode: value }, {
      onError: (error) => {
        if (!isApiError(error) || error.status !== 401) return;
        // a 401 naming the field: a wrong code; without one: the password step has expired
        if (error.errors.length === 0) {
          onStartOver(true);
          return;
        }
        setError(
          'value',
          { type: 'server', message: t(mode === 'code' ? 'twoFactor.wrongCode' : 'twoFactor.wrongRecoveryCode') },
          { shouldFocus: true },
        );
      },
    }),
  );

  const switchMode = () => {
    setMode(mode === 'code' ? 'recovery' : 'code');
    verify.reset();
    reset({ value: '' });
  };

  // wrong codes sit beside the field; throttling and outages get the alert
  const formError = verify.error && !(isApiError(verify.error) && verify.error.status === 401) ? describeError(verify.error) : null;

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="two-factor-heading">
      <Stack gap="lg">
        <Stack gap={6}>
          <Title order={1} id="two-factor-heading" fz="h2">
            {t('twoFactor.signInHeading')}
          </Title>
          <Text c="dimmed">{t(mode === 'code' ? 'twoFactor.signInSubtitle' : 'twoFactor.recoverySubtitle')}</Text>
        </Stack>

        <FormAlert>{formError}</FormAlert>

        {mode === 'code' ? (
          <OneTimeCodeInput
            key="code"
            label={t('twoFactor.code')}
            autoFocus
            error={fieldErrorText(errors.value, t)}
            {...register('value')}
          />
        ) : (
          <TextInput
            key="recovery"
            label={t('twoFactor.recoveryCode')}
            autoComplete="off"
            autoCapitalize="none"
            autoFocus
            spellCheck={false}
            error={fieldErrorText(errors.value, t)}
            {...register('value')}
          />
        )}

        <Button type="submit" size="md" fullWidth loading={verify.isPending} loaderProps={{ type: 'dots' }}>
          {t('twoFactor.verify')}
        </Button>

        <Stack gap={4} align="center">
          <Anchor component="button" type="button" size="sm" onClick={switchMode}>
            {t(mode === 'code' ? 'twoFactor.useRecovery' : 'twoFactor.useApp')}
          </Anchor>
          <Anchor component="button" type="button" size="sm" c="dimmed" onClick={() => onStartOver(false)}>
            {t('twoFactor.startOver')}
          </Anchor>
        </Stack>
      </Stack>
    </form>
  );
}
