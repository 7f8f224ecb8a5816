import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryRoots } from '@/lib/query-keys';
import type { NotificationStatus, SmsNotification } from '@/features/notifications/api/get-notifications';

/** The server answers with at most this many messages, newest first. */
export const ADMIN_NOTIFICATIONS_LIMIT = 500;

export type NotificationFilter = { status?: NotificationStatus };

/** `GET /api/admin/notifications`: every user's messages, optionally of one status. */
export function getAdminNotifications(filter: NotificationFilter = {}, { signal }: { signal?: AbortSignal } = {}): Promise<SmsNotification[]> {
  return api.get<SmsNotification[]>('/api/admin/notifications', { params: { status: filter.status }, signal });
}

export function getAdminNotificationsQueryOptions(filter: NotificationFilter = {}) {
  return queryOptions({
    queryKey: [...queryRoots.notifications, 'log', filter],
    queryFn: ({ signal }) => getAdminNotifications(filter, { signal }),
    placeholderData: keepPreviousData,
    staleTime: 15_000,
  });
}

export function useAdminNotifications(filter: NotificationFilter = {}) {
  return useQuery(getAdminNotificationsQueryOptions(filter));
}
