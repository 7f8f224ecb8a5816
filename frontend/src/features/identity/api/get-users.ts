import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Role } from '@/lib/auth';
import { queryRoots } from '@/lib/query-keys';

export type ManagedUser = {
  id: string;
  email: string;
  fullName: string;
  role: Role;
  phone: string | null;
  enabled: boolean;
  twoFactorEnabled: boolean;
};

export type UserSearch = { role?: Role; q?: string };

export function getUsers(search: UserSearch = {}, { signal }: { signal?: AbortSignal } = {}): Promise<ManagedUser[]> {
  return api.get<ManagedUser[]>('/api/admin/users', { params: { role: search.role, q: search.q }, signal });
}

export function getUsersQueryOptions(search: UserSearch = {}) {
  return queryOptions({
    queryKey: [...queryRoots.users, 'list', search],
    queryFn: ({ signal }) => getUsers(search, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useUsers(search: UserSearch = {}) {
  return useQuery(getUsersQueryOptions(search));
}
