import { z } from 'zod';
import { api } from '@/lib/api-client';
import { useApiMutation } from '@/lib/api-mutation';
import { currentUserQueryKey } from '@/lib/auth';
import { oneTimeCodeSchema } from '@/features/identity/api/login-two-factor';

export const twoFactorCodeInputSchema = z.object({ code: oneTimeCodeSchema });

export type TwoFactorCodeFormValues = z.input<typeof twoFactorCodeInputSchema>;
export type TwoFactorCodeInput = z.output<typeof twoFactorCodeInputSchema>;

/** The ten single-use recovery codes: the server shows them this once only. */
export type RecoveryCodes = { recoveryCodes: string[] };

export function activateTwoFactor(input: TwoFactorCodeInput): Promise<RecoveryCodes> {
  return api.post<RecoveryCodes>('/api/me/two-factor/activate', input);
}

export function useActivateTwoFactor({ onSuccess }: { onSuccess?: (codes: RecoveryCodes) => void } = {}) {
  // twoFactorEnabled changed; a doctor held at set-up may now use the rest of the app
  return useApiMutation(activateTwoFactor, { invalidates: [currentUserQueryKey], onSuccess });
}
