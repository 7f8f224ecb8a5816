import { api } from '@/lib/api-client';
import type { RecoveryCodes, TwoFactorCodeInput } from '@/features/identity/api/activate-two-factor';
import { twoFactorStatusQueryKey } from '@/features/identity/api/get-two-factor-status';
import { useApiMutation } from '@/lib/api-mutation';

/** Ten new recovery codes, shown this once; the old ones stop working. Takes a current code. */
export function replaceRecoveryCodes(input: TwoFactorCodeInput): Promise<RecoveryCodes> {
  return api.post<RecoveryCodes>('/api/me/two-factor/recovery-codes', input);
}

export function useReplaceRecoveryCodes({ onSuccess }: { onSuccess?: (codes: RecoveryCodes) => void } = {}) {
  return useApiMutation(replaceRecoveryCodes, { invalidates: [twoFactorStatusQueryKey], onSuccess });
}
