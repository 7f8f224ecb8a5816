import { api } from '@/lib/api-client';
import { useApiMutation } from '@/lib/api-mutation';
import { queryRoots } from '@/lib/query-keys';
import type { ManagedUser } from '@/features/identity/api/get-users';

/** Stops the account from signing in; its data stays. */
export function deactivateUser(id: string): Promise<ManagedUser> {
  return api.post<ManagedUser>(`/api/admin/users/${encodeURIComponent(id)}/deactivate`);
}

export function useDeactivateUser() {
  return useApiMutation(deactivateUser, { invalidates: [queryRoots.users], awaitRefetch: true });
}
