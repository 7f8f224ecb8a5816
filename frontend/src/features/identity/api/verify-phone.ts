import { z } from 'zod';
import { api } from '@/lib/api-client';
import { useApiMutation } from '@/lib/api-mutation';
import { currentUserQueryKey, type User } from '@/lib/auth';
import { queryRoots } from '@/lib/query-keys';

// Messages are i18n keys in the `auth` namespace.
export const verifyPhoneInputSchema = z.object({
  code: z
    .string()
    .transform((value) => value.replace(/\s/g, ''))
    .pipe(z.string().regex(/^\d{6}$/, { error: 'validation.phoneCodeInvalid' })),
});

export type VerifyPhoneFormValues = z.input<typeof verifyPhoneInputSchema>;
export type VerifyPhoneInput = z.output<typeof verifyPhoneInputSchema>;

/** Confirms the number with the texted code; the account comes back with `phoneVerified: true`. */
export function verifyPhone(input: VerifyPhoneInput): Promise<User> {
  return api.post<User>('/api/me/phone/verify', input);
}

export function useVerifyPhone({ onSuccess }: { onSuccess?: (user: User) => void } = {}) {
  // visits ahead get their reminders now
  return useApiMutation(verifyPhone, { sets: currentUserQueryKey, invalidates: [queryRoots.notifications], onSuccess });
}
