import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NotificationProvider, NotificationStatus } from '@/features/notifications/api/get-notifications';

// Colours with accessible text on their tints (see theme.ts).
const statusColor: Record<NotificationStatus, string> = {
  PENDING: 'blue',
  SENDING: 'orange',
  SENT: 'careslot',
  DELIVERED: 'green',
  FAILED: 'red',
  CANCELLED: 'gray',
};

type Props = Omit<BadgeProps, 'color' | 'children'>;

export function NotificationStatusBadge({ status, ...props }: { status: NotificationStatus } & Props) {
  const { t } = useTranslation('notifications');
  return (
    <Badge variant="light" color={statusColor[status] ?? 'gray'} tt="none" fw={650} {...props}>
      {t(`status.${status}`, { defaultValue: status })}
    </Badge>
  );
}

/** "Logged only" in test mode (no SMS provider), where nothing reaches a phone. */
export function SmsProviderBadge({ provider, ...props }: { provider: NotificationProvider } & Props) {
  const { t } = useTranslation('notifications');
  return (
    <Badge variant="outline" color={provider === 'log' ? 'orange' : 'blue'} tt="none" fw={600} {...props}>
      {t(`provider.${provider}`, { defaultValue: provider })}
    </Badge>
  );
}
