import { api } from '@/lib/api-client';
import { useApiMutation } from '@/lib/api-mutation';
import { queryRoots } from '@/lib/query-keys';
import type { ManagedUser } from '@/features/identity/api/get-users';

/** Lets the account sign in again. */
export function reactivateUser(id: string): Promise<ManagedUser> {
  return api.post<ManagedUser>(`/api/admin/users/${encodeURIComponent(id)}/reactivate`);
}

export function useReactivateUser() {
  return useApiMutation(reactivateUser, { invalidates: [queryRoots.users], awaitRefetch: true });
}
