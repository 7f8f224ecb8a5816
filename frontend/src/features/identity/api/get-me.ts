import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, isApiError } from '@/lib/api-client';
import { currentUserQueryKey, type User } from '@/lib/auth';

/** The signed-in user, or `null` when signed out (the server answers 401). */
export async function getMe({ signal }: { signal?: AbortSignal } = {}): Promise<User | null> {
  try {
    return await api.get<User>('/api/me', { signal });
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export function getMeQueryOptions() {
  return queryOptions({
    queryKey: currentUserQueryKey,
    queryFn: ({ signal }) => getMe({ signal }),
  });
}

export function useMe() {
  return useQuery(getMeQueryOptions());
}
