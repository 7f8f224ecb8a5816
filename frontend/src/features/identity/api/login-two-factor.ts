import { z } from 'zod';
import { api } from '@/lib/api-client';
import { useApiMutation } from '@/lib/api-mutation';
import { currentUserQueryKey, type User } from '@/lib/auth';

// Messages are i18n keys in the `auth` namespace. Spaces are how apps show codes ("123 456").
export const oneTimeCodeSchema = z
  .string()
  .transform((value) => value.replace(/\s/g, ''))
  .pipe(z.string().regex(/^\d{6}$/, { error: 'validation.codeInvalid' }));

export const recoveryCodeSchema = z
  .string()
  .trim()
  .min(1, { error: 'validation.recoveryCodeRequired' })
  .max(32, { error: 'validation.recoveryCodeRequired' });

/** The second sign-in step: a code from the app, or one of the recovery codes. */
export type LoginTwoFactorInput = { code: string } | { recoveryCode: string };

export function loginTwoFactor(input: LoginTwoFactorInput): Promise<User> {
  return api.post<User>('/api/auth/login/two-factor', input);
}

export function useLoginTwoFactor({ onSuccess }: { onSuccess?: (user: User) => void } = {}) {
  return useApiMutation(loginTwoFactor, { sets: currentUserQueryKey, onSuccess });
}
