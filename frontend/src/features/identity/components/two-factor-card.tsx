import { Alert, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AlertIcon, ShieldIcon } from '@/components/ui/icons';
import { mustSetUpTwoFactor, type User } from '@/lib/auth';
import { describeError } from '@/lib/form-errors';
import { useDisableTwoFactor } from '@/features/identity/api/disable-two-factor';
import { useTwoFactorStatus } from '@/features/identity/api/get-two-factor-status';
import { useReplaceRecoveryCodes } from '@/features/identity/api/replace-recovery-codes';
import { useStartTwoFactor, type TwoFactorEnrolment } from '@/features/identity/api/start-two-factor';
import { CodeStep, Enrolment, RecoveryCodesLeft, RecoveryCodesPanel } from '@/features/identity/components/two-factor-steps';

/** The anchor the sign-in guard sends doctors and admins to while set-up is required. */
export const TWO_FACTOR_ANCHOR = 'two-factor';

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
