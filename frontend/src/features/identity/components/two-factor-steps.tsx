import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Code, Group, Image, List, Stack, Text } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormActions, FormAlert } from '@/components/ui/form-fields';
import { AlertIcon, CheckIcon } from '@/components/ui/icons';
import { OneTimeCodeInput } from '@/components/ui/one-time-code-input';
import { isApiError } from '@/lib/api-client';
import { describeError } from '@/lib/form-errors';
import {
  twoFactorCodeInputSchema,
  useActivateTwoFactor,
  type TwoFactorCodeFormValues,
  type TwoFactorCodeInput,
} from '@/features/identity/api/activate-two-factor';
import type { TwoFactorEnrolment } from '@/features/identity/api/start-two-factor';
import { fieldErrorText } from '@/features/identity/components/form-error-text';

// The steps of the profile's two-factor card: setting up, codes to type, recovery codes.

/** At or below this many unused recovery codes the card suggests making new ones. */
const LOW_ON_RECOVERY_CODES = 3;

/** An SVG data URL: the CSP allows data: images, and SVG needs no canvas (nor does jsdom). */
function useQrCode(text: string | undefined): string | undefined {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!text) return;
    let live = true;
    void QRCode.toString(text, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }).then((svg) => {
      if (live) setUrl(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
    });
    return () => {
      live = false;
    };
  }, [text]);
  return text ? url : undefined;
}

/** 400 naming `code`: shown beside the field rather than in the alert. */
export function isWrongCode(error: unknown) {
  return isApiError(error) && error.status === 400 && error.errors.some((e) => e.field === 'code');
}

/** A code field and a submit button; wrong codes are shown beside the field, the rest above. */
function CodeForm({
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (input: TwoFactorCodeInput, onWrongCode: () => void) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('auth');
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<TwoFactorCodeFormValues, unknown, TwoFactorCodeInput>({
    resolver: zodResolver(twoFactorCodeInputSchema),
    defaultValues: { code: '' },
  });
  const submit = handleSubmit((input) =>
    onSubmit(input, () => setError('code', { type: 'server', message: t('twoFactor.wrongCode') }, { shouldFocus: true })),
  );
  const wrongCode = isWrongCode(error);
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormAlert>{Boolean(error) && !wrongCode && describeError(error)}</FormAlert>
        <OneTimeCodeInput
          label={t('twoFactor.code')}
          maw={220}
          error={fieldErrorText(errors.code, t)}
          {...register('code')}
        />
        <FormActions submitLabel={submitLabel} pending={pending} cancelLabel={t('twoFactor.cancel')} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

/** A prompt and a code form that runs a mutation taking the code (new recovery codes, turning off). */
export function CodeStep({
  prompt,
  submitLabel,
  mutation,
  onCancel,
}: {
  prompt: string;
  submitLabel: string;
  mutation: UseMutationResult<unknown, Error, TwoFactorCodeInput>;
  onCancel: () => void;
}) {
  return (
    <Stack gap="sm">
      <Text size="sm">{prompt}</Text>
      <CodeForm
        submitLabel={submitLabel}
        pending={mutation.isPending}
        error={mutation.error}
        onCancel={() => {
          onCancel();
          mutation.reset();
        }}
        onSubmit={(input, onWrongCode) => mutation.mutate(input, { onError: (e) => isWrongCode(e) && onWrongCode() })}
      />
    </Stack>
  );
}

export function RecoveryCodesLeft({ left }: { left: number }) {
  const { t } = useTranslation('auth');
  const low = left <= LOW_ON_RECOVERY_CODES;
  return (
    <Text size="sm" c={low ? 'orange.9' : 'dimmed'}>
      {t('twoFactor.recoveryLeft', { count: left })}
      {low && left > 0 && ` ${t('twoFactor.recoveryLow')}`}
    </Text>
  );
}

export function RecoveryCodesPanel({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useTranslation('auth');
  const [copied, setCopied] = useState(false);
  return (
    <Stack gap="md">
      <Alert color="orange" variant="light" icon={<AlertIcon />} title={t('twoFactor.recoveryTitle')} role="status">
        {t('twoFactor.recoveryText')}
      </Alert>
      <List aria-label={t('twoFactor.recoveryListLabel')} listStyleType="none" spacing={4} ff="monospace" fz="md" style={{ columns: 2 }}>
        {codes.map((code) => (
          <List.Item key={code}>{code}</List.Item>
        ))}
      </List>
      <Group gap="sm">
        <Button
          variant="default"
          leftSection={copied ? <CheckIcon size={16} /> : undefined}
          onClick={() => {
            void navigator.clipboard?.writeText(codes.join('\n')).then(() => setCopied(true));
          }}
        >
          {copied ? t('twoFactor.copied') : t('twoFactor.copy')}
        </Button>
        <Button onClick={onDone}>{t('twoFactor.done')}</Button>
      </Group>
    </Stack>
  );
}

export function Enrolment({ enrolment, onActivated, onCancel }: { enrolment: TwoFactorEnrolment; onActivated: (codes: string[]) => void; onCancel: () => void }) {
  const { t } = useTranslation('auth');
  const qr = useQrCode(enrolment.otpauthUri);
  const activate = useActivateTwoFactor({ onSuccess: ({ recoveryCodes }) => onActivated(recoveryCodes) });
  return (
    <Stack gap="md">
      <Text fw={600}>{t('twoFactor.scanStep')}</Text>
      {qr && <Image src={qr} alt={t('twoFactor.qrAlt')} w={200} h={200} fit="contain" bg="white" />}
      <Stack gap={4}>
        <Text size="sm" c="dimmed" id="two-factor-key-label">
          {t('twoFactor.manualKey')}
        </Text>
        <Code aria-labelledby="two-factor-key-label" data-testid="two-factor-secret" fz="md" style={{ overflowWrap: 'anywhere' }}>
          {enrolment.secret.replace(/(.{4})(?=.)/g, '$1 ')}
        </Code>
      </Stack>
      <Text fw={600}>{t('twoFactor.codeStep')}</Text>
      <CodeForm
        submitLabel={t('twoFactor.activate')}
        pending={activate.isPending}
        error={activate.error}
        onCancel={onCancel}
        onSubmit={(input, onWrongCode) => activate.mutate(input, { onError: (e) => isWrongCode(e) && onWrongCode() })}
      />
    </Stack>
  );
}
