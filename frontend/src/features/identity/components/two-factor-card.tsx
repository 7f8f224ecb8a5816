import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Badge, Button, Card, Code, Group, Image, List, Stack, Text, Title } from '@mantine/core';
import QRCode from 'qrcode';
import type { UseMutationResult } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { AlertIcon, CheckIcon, ShieldIcon } from '@/components/ui/icons';
import { isApiError } from '@/lib/api-client';
import { mustSetUpTwoFactor, type User } from '@/lib/auth';
import { describeError } from '@/lib/form-errors';
import {
  twoFactorCodeInputSchema,
  useActivateTwoFactor,
  type TwoFactorCodeFormValues,
  type TwoFactorCodeInput,
} from '@/features/identity/api/activate-two-factor';
import { useDisableTwoFactor } from '@/features/identity/api/disable-two-factor';
import { useTwoFactorStatus } from '@/features/identity/api/get-two-factor-status';
import { useReplaceRecoveryCodes } from '@/features/identity/api/replace-recovery-codes';
import { useStartTwoFactor, type TwoFactorEnrolment } from '@/features/identity/api/start-two-factor';
import { fieldErrorText } from '@/features/identity/components/form-error-text';
import { OneTimeCodeInput } from '@/components/ui/one-time-code-input';

/** At or below this many unused recovery codes the card suggests making new ones. */
const LOW_ON_RECOVERY_CODES = 3;

/** The anchor the sign-in guard sends doctors and admins to while set-up is required. */
export const TWO_FACTOR_ANCHOR = 'two-factor';

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
function isWrongCode(error: unknown) {
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
        {Boolean(error) && !wrongCode && (
          <Alert color="red" variant="light" icon={<AlertIcon />} role="alert">
            {describeError(error)}
          </Alert>
        )}
        <OneTimeCodeInput
          label={t('twoFactor.code')}
          maw={220}
          error={fieldErrorText(errors.code, t)}
          {...register('code')}
        />
        <Group gap="sm">
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('twoFactor.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A prompt and a code form that runs a mutation taking the code (new recovery codes, turning off). */
function CodeStep({
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

function RecoveryCodesLeft({ left }: { left: number }) {
  const { t } = useTranslation('auth');
  const low = left <= LOW_ON_RECOVERY_CODES;
  return (
    <Text size="sm" c={low ? 'orange.9' : 'dimmed'}>
      {t('twoFactor.recoveryLeft', { count: left })}
      {low && left > 0 && ` ${t('twoFactor.recoveryLow')}`}
    </Text>
  );
}

function RecoveryCodesPanel({ codes, onDone }: { codes: string[]; onDone: () => void }) {
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

function Enrolment({ enrolment, onActivated, onCancel }: { enrolment: TwoFactorEnrolment; onActivated: (codes: string[]) => void; onCancel: () => void }) {
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

/** Profile card: set up (QR code, key, first code), recovery codes shown once, new codes, and turning it off. */
export function TwoFactorCard({ user, focus = false }: { user: User; focus?: boolean }) {
  const { t } = useTranslation('auth');
  const start = useStartTwoFactor();
  const [enrolment, setEnrolment] = useState<TwoFactorEnrolment>();
  const [recoveryCodes, setRecoveryCodes] = useState<string[]>();
  const [turningOff, setTurningOff] = useState(false);
  const [turnedOff, setTurnedOff] = useState(false);
  // what this card did, ahead of the refetched user
  const [activatedHere, setActivatedHere] = useState(false);
  const disable = useDisableTwoFactor({
    onSuccess: () => {
      setTurningOff(false);
      setActivatedHere(false);
      setTurnedOff(true);
    },
  });
  const [renewing, setRenewing] = useState(false);
  const renew = useReplaceRecoveryCodes({
    onSuccess: ({ recoveryCodes: codes }) => {
      setRenewing(false);
      setRecoveryCodes(codes);
    },
  });
  const heading = useRef<HTMLHeadingElement>(null);
  const required = mustSetUpTwoFactor(user);

  // sent here by the guard: bring the card into view for keyboard and screen-reader users too
  useEffect(() => {
    if (focus || required) {
      heading.current?.scrollIntoView({ block: 'start' });
      heading.current?.focus();
    }
  }, [focus, required]);

  const enabled = !turnedOff && (Boolean(user.twoFactorEnabled) || activatedHere);
  const status = useTwoFactorStatus({ enabled });
  let body;
  if (recoveryCodes) {
    body = <RecoveryCodesPanel codes={recoveryCodes} onDone={() => setRecoveryCodes(undefined)} />;
  } else if (enrolment) {
    body = (
      <Enrolment
        enrolment={enrolment}
        onActivated={(codes) => {
          setEnrolment(undefined);
          setActivatedHere(true);
          setRecoveryCodes(codes);
        }}
        onCancel={() => setEnrolment(undefined)}
      />
    );
  } else if (enabled) {
    body = (
      <Stack gap="md">
        <Text>{t('twoFactor.enabled')}</Text>
        {status.data && <RecoveryCodesLeft left={status.data.recoveryCodesLeft} />}
        {renewing ? (
          <CodeStep prompt={t('twoFactor.renewPrompt')} submitLabel={t('twoFactor.confirmRenew')} mutation={renew} onCancel={() => setRenewing(false)} />
        ) : turningOff ? (
          <CodeStep prompt={t('twoFactor.turnOffPrompt')} submitLabel={t('twoFactor.confirmTurnOff')} mutation={disable} onCancel={() => setTurningOff(false)} />
        ) : (
          <Group gap="sm">
            <Button variant="default" onClick={() => setRenewing(true)}>
              {t('twoFactor.renew')}
            </Button>
            {!user.twoFactorRequired && (
              <Button variant="default" color="red" onClick={() => setTurningOff(true)}>
                {t('twoFactor.turnOff')}
              </Button>
            )}
          </Group>
        )}
        {user.twoFactorRequired && (
          <Text size="sm" c="dimmed">
            {t('twoFactor.requiredNote')}
          </Text>
        )}
      </Stack>
    );
  } else {
    body = (
      <Stack gap="md">
        {turnedOff && (
          <Alert color="gray" variant="light" role="status">
            {t('twoFactor.turnedOff')}
          </Alert>
        )}
        <Text>{t('twoFactor.intro')}</Text>
        {start.error && (
          <Alert color="red" variant="light" icon={<AlertIcon />} role="alert">
            {describeError(start.error)}
          </Alert>
        )}
        <Group>
          <Button
            leftSection={<ShieldIcon size={16} />}
            loading={start.isPending}
            onClick={() => {
              setTurnedOff(false);
              start.mutate(undefined, { onSuccess: setEnrolment });
            }}
          >
            {t('twoFactor.setUp')}
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <Card component="section" id={TWO_FACTOR_ANCHOR} aria-labelledby="two-factor-heading" maw={640} p={{ base: 'lg', sm: 'xl' }}>
      <Stack gap="lg">
        <Group justify="space-between" gap="sm">
          <Title order={2} id="two-factor-heading" fz="h3" ref={heading} tabIndex={-1}>
            {t('twoFactor.heading')}
          </Title>
          <Badge color={enabled ? 'green' : 'gray'} variant="light" size="lg">
            {enabled ? t('twoFactor.on') : t('twoFactor.off')}
          </Badge>
        </Group>
        {required && !recoveryCodes && (
          <Alert color="orange" variant="light" icon={<ShieldIcon />} title={t('twoFactor.requiredTitle')} role="alert">
            {t('twoFactor.requiredText')}
          </Alert>
        )}
        {body}
      </Stack>
    </Card>
  );
}
