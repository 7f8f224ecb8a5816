import { useTranslation } from 'react-i18next';
import { StatusBadge, type StatusBadgeProps as Props } from '@/components/ui/status-badge';
import type { PaymentProvider, PaymentState } from '@/features/payments/api/get-payment';

// Colours with accessible text on their tints (see theme.ts).
const stateColor: Record<PaymentState, string> = {
  OPEN: 'orange',
  PAID: 'green',
  FAILED: 'red',
  EXPIRED: 'gray',
  REFUNDED: 'violet',
};

export function PaymentStateBadge({ status, ...props }: { status: PaymentState } & Props) {
  const { t } = useTranslation('payments');
  return <StatusBadge label={t(`status.${status}`, { defaultValue: status })} color={stateColor[status] ?? 'gray'} {...props} />;
}

export function ProviderBadge({ provider, ...props }: { provider: PaymentProvider } & Props) {
  const { t } = useTranslation('payments');
  return <StatusBadge kind="tag" label={t(`provider.${provider}`, { defaultValue: provider })} color={provider === 'test' ? 'orange' : 'blue'} {...props} />;
}
