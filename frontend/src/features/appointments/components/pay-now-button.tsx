import { Alert, Button, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AlertIcon } from '@/components/ui/icons';
import { goToExternalUrl } from '@/lib/external-navigation';
import { describeError } from '@/lib/form-errors';
import { useStartCheckout } from '@/features/appointments/api/start-checkout';

/**
 * Opens the checkout for one appointment and leaves for it: Stripe's hosted page, or the in-app
 * test checkout. The button keeps spinning while the browser navigates away.
 */
export function PayNowButton({
  appointmentId,
  label,
  optional = false,
  children,
}: {
  appointmentId: string;
  label?: string;
  /** The doctor does not ask for payment at booking: paying ahead is offered, not pressed. */
  optional?: boolean;
  children?: string;
}) {
  const { t } = useTranslation('appointments');
  const [leaving, setLeaving] = useState(false);
  const [failed, setFailed] = useState<unknown>(null);
  const checkout = useStartCheckout({
    onSuccess: ({ url }) => {
      try {
        setLeaving(true);
        goToExternalUrl(url);
      } catch (error) {
        setLeaving(false);
        setFailed(error);
      }
    },
  });

  return (
    <Stack gap="xs" style={{ flexBasis: failed ? '100%' : undefined }}>
      <Button
        size="sm"
        variant={optional ? 'light' : 'filled'}
        loading={checkout.isPending || leaving}
        onClick={() => {
          setFailed(null);
          checkout.mutate(appointmentId, { onError: setFailed });
        }}
        aria-label={label}
      >
        {children ?? t(optional ? 'mine.payAhead' : 'mine.payNow')}
      </Button>
      {failed !== null && (
        <Alert color="red" variant="light" icon={<AlertIcon />} role="alert" p="xs" title={t('mine.payFailedTitle')}>
          {describeError(failed)}
        </Alert>
      )}
    </Stack>
  );
}
