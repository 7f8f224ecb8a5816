import type { SmsNotification } from '@/features/notifications/api/get-notifications';

export type MessageTime = { label: 'goesOut' | 'due' | 'sent' | 'wasDue'; at: string };

/**
 * The one time a message is known by: when it goes out while it waits (or was due, once that has
 * passed), when it went out once sent (or delivered), and when it was due for one that was
 * dropped or never reached the provider.
 */
export function messageTime(notification: SmsNotification, now: number = Date.now()): MessageTime {
  const { status, sendAfter, sentAt } = notification;
  if (status === 'PENDING' || status === 'SENDING') return { label: Date.parse(sendAfter) > now ? 'goesOut' : 'due', at: sendAfter };
  if (status === 'CANCELLED') return { label: 'wasDue', at: sendAfter };
  if (sentAt) return { label: 'sent', at: sentAt };
  return { label: 'wasDue', at: sendAfter };
}
