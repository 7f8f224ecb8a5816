import { useTranslation } from 'react-i18next';
import { StatusBadge, type StatusBadgeProps as Props } from '@/components/ui/status-badge';
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

export function NotificationStatusBadge({ status, ...props }: { status: NotificationStatus } & Props) {
  const { t } = useTranslation('notifications');
  return <StatusBadge label={t(`status.${status}`, { defaultValue: status })} color={statusColor[status] ?? 'gray'} {...props} />;
}

/** "Logged only" in test mode (no SMS provider), where nothing reaches a phone. */
export function SmsProviderBadge({ provider, ...props }: { provider: NotificationProvider } & Props) {
  const { t } = useTranslation('notifications');
  return <StatusBadge kind="tag" label={t(`provider.${provider}`, { defaultValue: provider })} color={provider === 'log' ? 'orange' : 'blue'} {...props} />;
}
