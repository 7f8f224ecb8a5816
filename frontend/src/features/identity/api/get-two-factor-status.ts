import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { currentUserQueryKey } from '@/lib/auth';

export type TwoFactorStatus = { enabled: boolean; required: boolean; recoveryCodesLeft: number };

/** Under the current user's key: whatever refreshes the user refreshes this too. */
export const twoFactorStatusQueryKey = [...currentUserQueryKey, 'two-factor'] as const;

export function getTwoFactorStatusQueryOptions() {
  return queryOptions({
    queryKey: twoFactorStatusQueryKey,
    queryFn: ({ signal }) => api.get<TwoFactorStatus>('/api/me/two-factor', { signal }),
  });
}

export function useTwoFactorStatus({ enabled }: { enabled: boolean }) {
  return useQuery({ ...getTwoFactorStatusQueryOptions(), enabled });
}
