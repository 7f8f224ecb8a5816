import { QueryCache, QueryClient, type DefaultOptions } from '@tanstack/react-query';
import { isApiError } from '@/lib/api-client';
import { currentUserQueryKey } from '@/lib/auth';

// A 4xx will not get better by asking again; a dropped connection or a 5xx might.
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export const queryConfig = {
  queries: {
    staleTime: 60_000,
    refetchOnWindowFocus: false,
    retry: shouldRetry,
  },
  mutations: {
    retry: false,
  },
} satisfies DefaultOptions;

export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    defaultOptions: queryConfig,
    queryCache: new QueryCache({
      // A 401 on any read means the session ended (timeout, signed out elsewhere): forget the
      // user, and the route guard sends them to sign-in.
      onError: (error) => {
        if (isApiError(error) && error.status === 401) {
          queryClient.setQueryData(currentUserQueryKey, null);
        }
      },
    }),
  });
  return queryClient;
}
