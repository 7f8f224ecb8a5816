import { api } from '@/lib/api-client';
import { useApiMutation } from '@/lib/api-mutation';
import { queryRoots } from '@/lib/query-keys';
import type { ManagedUser } from '@/features/identity/api/get-users';

/** For someone who lost both their phone and their recovery codes; also signs them out everywhere. */
export function resetTwoFactor(id: string): Promise<ManagedUser> {
  return api.post<ManagedUser>(`/api/admin/users/${encodeURIComponent(id)}/two-factor/reset`);
}

export function useResetTwoFactor() {
  return useApiMutation(resetTwoFactor, { invalidates: [queryRoots.users], awaitRefetch: true });
}
