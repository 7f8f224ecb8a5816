import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from '@/lib/api-client';
import { currentUserQueryKey } from '@/lib/auth';
import { queryRoots } from '@/lib/query-keys';

/** Texts a six-digit code (valid 10 minutes) to the profile's unconfirmed number. */
export function sendPhoneCode(): Promise<void> {
  return api.post<void>('/api/me/phone/code');
}

export function useSendPhoneCode({ onSuccess }: { onSuccess?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: sendPhoneCode,
    onSuccess: () => {
      // the code text shows in "My messages"
      void queryClient.invalidateQueries({ queryKey: queryRoots.notifications });
      onSuccess?.();
    },
    onError: (error) => {
      // 409: no number any more, or it was confirmed meanwhile (another tab); show what is true now
      if (isApiError(error) && error.status === 409) void queryClient.invalidateQueries({ queryKey: currentUserQueryKey });
    },
  });
}
