import { z } from 'zod';
import { api } from '@/lib/api-client';
import { useApiMutation } from '@/lib/api-mutation';
import { currentUserQueryKey, type User } from '@/lib/auth';
import { emailSchema } from '@/features/identity/api/login';

export const PASSWORD_MIN_LENGTH = 12;
// Generous, but keeps a pasted novel out of the request; the server has the final word.
export const PASSWORD_MAX_LENGTH = 128;
export const FULL_NAME_MAX_LENGTH = 200;
const E164 = /^\+[1-9]\d{1,14}$/;

// Messages are i18n keys in the `auth` namespace; the form translates them.
export const registerInputSchema = z.object({
  fullName: z
    .string()
    .trim()
    .min(1, { error: 'validation.fullNameRequired' })
    .max(FULL_NAME_MAX_LENGTH, { error: 'validation.fullNameTooLong' }),
  email: emailSchema,
  password: z
    .string()
    .min(1, { error: 'validation.passwordRequired' })
    .min(PASSWORD_MIN_LENGTH, { error: 'validation.passwordTooShort' })
    .max(PASSWORD_MAX_LENGTH, { error: 'validation.passwordTooLong' }),
  // People type spaces, dashes and brackets; the API wants bare E.164.
  phone: z
    .string()
    .optional()
    .transform((value) => (value ?? '').replace(/[\s().-]/g, ''))
    .refine((value) => value === '' || E164.test(value), { error: 'validation.phoneInvalid' })
    .transform((value) => value || undefined),
});

export type RegisterFormValues = z.input<typeof registerInputSchema>;
export type RegisterInput = z.output<typeof registerInputSchema>;

export function register(input: RegisterInput): Promise<User> {
  return api.post<User>('/api/auth/register', input);
}

export function useRegister({ onSuccess }: { onSuccess?: (user: User) => void } = {}) {
  // The server signs the new account in straight away.
  return useApiMutation(register, { sets: currentUserQueryKey, onSuccess });
}
