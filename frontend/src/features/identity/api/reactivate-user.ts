import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryRoots } from '@/lib/query-keys';
import type { ManagedUser } from '@/features/identity/api/get-users';

/** Lets the account sign in again. */
export function reactivateUser(id: string): Promise<ManagedUser> {
  return api.post<ManagedUser>(`/api/admin/users/${encodeURIComponent(id)}/reactivate`);
}

export function useReactivateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reactivateUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryRoots.users }),
  });
}
