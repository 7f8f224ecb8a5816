import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PaymentProvider, PaymentState } from '@/features/payments/api/get-payment';

// Colours with accessible text on their tints (see theme.ts).
const stateColor: Record<PaymentState, string> = {
  OPEN: 'orange',
  PAID: 'green',
  FAILED: 'red',
  EXPIRED: 'gray',
  REFUNDED: 'violet',
};

type Props = Omit<BadgeProps, 'color' | 'children'>;

export function PaymentStateBadge({ status, ...props }: { status: PaymentState } & Props) {
  const { t } = useTranslation('payments');
  return (
    <Badge variant="light" color={stateColor[status] ?? 'gray'} tt="none" fw={650} {...props}>
      {t(`status.${status}`, { defaultValue: status })}
    </Badge>
  );
}

export function ProviderBadge({ provider, ...props }: { provider: PaymentProvider } & Props) {
  const { t } = useTranslation('payments');
  return (
    <Badge variant="outline" color={provider === 'test' ? 'orange' : 'blue'} tt="none" fw={600} {...props}>
      {t(`provider.${provider}`, { defaultValue: provider })}
    </Badge>
  );
}
