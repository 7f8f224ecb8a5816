import { api } from '@/lib/api-client';
import { useApiMutation } from '@/lib/api-mutation';
import { currentUserQueryKey } from '@/lib/auth';
import type { TwoFactorCodeInput } from '@/features/identity/api/activate-two-factor';

/** Turning it off takes a current code, so a borrowed signed-in browser is not enough. */
export function disableTwoFactor(input: TwoFactorCodeInput): Promise<void> {
  return api.delete<void>('/api/me/two-factor', { body: input });
}

export function useDisableTwoFactor({ onSuccess }: { onSuccess?: () => void } = {}) {
  return useApiMutation(disableTwoFactor, { invalidates: [currentUserQueryKey], onSuccess });
}
