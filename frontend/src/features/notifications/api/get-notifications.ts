import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryRoots } from '@/lib/query-keys';

/** VERIFY: the code that confirms a phone number (the admins' SMS log shows it masked). */
export const NOTIFICATION_KINDS = ['BOOKED', 'CONFIRMED', 'RESCHEDULED', 'CANCELLED', 'REMINDER', 'VERIFY'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
export const NOTIFICATION_STATUSES = ['PENDING', 'SENDING', 'SENT', 'DELIVERED', 'FAILED', 'CANCELLED'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];
/** "log" when no SMS provider is configured (test mode): the message is only written to the log. */
export type NotificationProvider = 'log' | 'twilio';

/** One text message about an appointment, planned or sent (`GET /api/notifications`). */
export type SmsNotification = {
  id: string;
  userId: string;
  recipientName: string;
  appointmentId: string | null;
  kind: NotificationKind;
  channel: 'SMS';
  toNumber: string;
  message: string;
  status: NotificationStatus;
  /** Who sent it; null until it was handed to one. */
  provider: NotificationProvider | null;
  attempts: number;
  lastError: string | null;
  /** When it goes out (PENDING) or went out: reminders are planned 24 h and 2 h before the visit. */
  sendAfter: string;
  sentAt: string | null;
  deliveredAt: string | null;
  createdAt: string;
};

/** Handed to the provider within seconds: the server sends what is due every few seconds. */
export function isDue(notification: SmsNotification, now: number = Date.now()): boolean {
  return (notification.status === 'PENDING' || notification.status === 'SENDING') && Date.parse(notification.sendAfter) <= now;
}

const DUE_POLL_MS = 5_000;

/** The signed-in user's own messages, newest first. */
export function getMyNotifications({ signal }: { signal?: AbortSignal } = {}): Promise<SmsNotification[]> {
  return api.get<SmsNotification[]>('/api/notifications', { signal });
}

export function getMyNotificationsQueryOptions() {
  return queryOptions({
    queryKey: [...queryRoots.notifications, 'mine'],
    queryFn: ({ signal }) => getMyNotifications({ signal }),
    // Booking, moving or cancelling elsewhere writes new messages: ask again on every visit.
    staleTime: 0,
    // While a message is due it goes out within seconds; show when it has.
    refetchInterval: (query) => (query.state.data?.some((n) => isDue(n)) ? DUE_POLL_MS : false),
  });
}

export function useMyNotifications() {
  return useQuery(getMyNotificationsQueryOptions());
}
