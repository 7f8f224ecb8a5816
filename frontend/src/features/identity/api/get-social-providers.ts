import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** A social sign-in provider configured on the server; `url` starts its redirect flow. */
export type SocialProvider = { id: string; name: string; url: string };

export function getSocialProvidersQueryOptions() {
  return queryOptions({
    queryKey: ['auth', 'providers'],
    queryFn: ({ signal }) => api.get<SocialProvider[]>('/api/auth/providers', { signal }),
    // set when the server starts: one fetch per visit is plenty
    staleTime: Infinity,
  });
}

export function useSocialProviders() {
  return useQuery(getSocialProvidersQueryOptions());
}
