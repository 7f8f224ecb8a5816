import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from '@/lib/api-client';
import { currentUserQueryKey } from '@/lib/auth';

export async function logout(): Promise<void> {
  try {
    await api.post<void>('/api/auth/logout');
  } catch (error) {
    // Already signed out (session expired): the outcome the user asked for.
    if (isApiError(error) && error.status === 401) return;
    throw error;
  }
}

export function useLogout({ onSuccess }: { onSuccess?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSuccess: () => {
      // Nothing cached for the previous user may leak into the next session.
      queryClient.clear();
      queryClient.setQueryData(currentUserQueryKey, null);
      onSuccess?.();
    },
  });
}
