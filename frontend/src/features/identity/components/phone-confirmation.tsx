import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormAlert } from '@/components/ui/form-fields';
import { AlertIcon, CheckIcon } from '@/components/ui/icons';
import { isApiError } from '@/lib/api-client';
import type { User } from '@/lib/auth';
import { applyFieldErrors, describeError } from '@/lib/form-errors';
import { paths } from '@/lib/paths';
import { useSendPhoneCode } from '@/features/identity/api/send-phone-code';
import {
  useVerifyPhone,
  verifyPhoneInputSchema,
  type VerifyPhoneFormValues,
  type VerifyPhoneInput,
} from '@/features/identity/api/verify-phone';
import { fieldErrorText } from '@/features/identity/components/form-error-text';
import { OneTimeCodeInput } from '@/components/ui/one-time-code-input';

const FIELDS = ['code'] as const;

/** Why no code was sent: "too many" says when to try again, in minutes. */
function useSendErrorText(error: unknown): string | null {
  const { t } = useTranslation('auth');
  if (!error) return null;
  if (isApiError(error) && error.status === 429) {
    return error.retryAfterSeconds !== undefined
      ? t('phone.tooMany', { count: Math.max(1, Math.ceil(error.retryAfterSeconds / 60)) })
      : t('phone.tooManyLater');
  }
  return describeError(error);
}

/**
 * Texts go to a phone number only once its owner proves it with a texted code: this card asks for
 * a code and takes it. It shows while the profile's number is unconfirmed, and stays to say so
 * once it was confirmed here.
 */
export function PhoneConfirmation({ user }: { user: User }) {
  const { t } = useTranslation('auth');
  const [sentTo, setSentTo] = useState<string>();
  const [confirmedHere, setConfirmedHere] = useState(false);
  const status = useRef<HTMLParagraphElement>(null);
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    formState: { errors },
  } = useForm<VerifyPhoneFormValues, unknown, VerifyPhoneInput>({
    resolver: zodResolver(verifyPhoneInputSchema),
    defaultValues: { code: '' },
  });
  const send = useSendPhoneCode({
    onSuccess: () => {
      setSentTo(user.phone ?? undefined);
      setFocus('code');
    },
  });
  const verify = useVerifyPhone({
    onSuccess: () => {
      setConfirmedHere(true);
      // the form goes away: keep keyboard and screen-reader users on the outcome
      requestAnimationFrame(() => status.current?.focus());
    },
  });
  const sendError = useSendErrorText(send.error);
  const verifyError = verify.error && !(isApiError(verify.error) && verify.error.errors.some((e) => e.field === 'code'));

  if (!user.phone || (user.phoneVerified && !confirmedHere)) return null;

  const onSubmit = handleSubmit((input) =>
    verify.mutate(input, { onError: (error) => applyFieldErrors(error, setError, FIELDS) }),
  );

  let announcement = '';
  if (confirmedHere) announcement = t('phone.confirmed');
  else if (sentTo) announcement = t('phone.sent', { phone: sentTo });

  return (
    <Card component="section" aria-labelledby="phone-confirmation-heading" maw={640} p={{ base: 'lg', sm: 'xl' }}>
      <Stack gap="md">
        <Title order={2} id="phone-confirmation-heading" fz="h3">
          {t('phone.heading')}
        </Title>
        {!confirmedHere && (
          <>
            <Text size="sm">{t('phone.intro', { phone: user.phone })}</Text>
            <Text size="sm" c="gray.7">
              <Trans t={t} i18nKey="phone.inMessages" components={{ messages: <Anchor component={Link} to={paths.messages} /> }} />
            </Text>
            <FormAlert>{sendError}</FormAlert>
            <Group>
              <Button variant={sentTo ? 'default' : 'filled'} loading={send.isPending} onClick={() => send.mutate()}>
                {t('phone.send')}
              </Button>
            </Group>
          </>
        )}
        <Text
          ref={status}
          role="status"
          tabIndex={-1}
          size="sm"
          fw={600}
          c="careslot.8"
          style={{ display: 'inline-flex', gap: 6, alignItems: 'center' }}
        >
          {confirmedHere && <CheckIcon size={18} />}
          {announcement}
        </Text>
        {!confirmedHere && (
          <form onSubmit={onSubmit} noValidate>
            <Stack gap="md">
              {verifyError && (
                <Alert color="red" variant="light" icon={<AlertIcon />} role="alert">
                  {describeError(verify.error)}
                </Alert>
              )}
              <OneTimeCodeInput
                label={t('phone.code')}
                description={t('phone.codeHint')}
                maw={220}
                error={fieldErrorText(errors.code, t)}
                {...register('code')}
              />
              <Group>
                <Button type="submit" loading={verify.isPending}>
                  {t('phone.confirm')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Card>
  );
}
