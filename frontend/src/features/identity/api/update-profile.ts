import { z } from 'zod';
import { api } from '@/lib/api-client';
import { useApiMutation } from '@/lib/api-mutation';
import { currentUserQueryKey, LANGUAGES, type User } from '@/lib/auth';
import { FULL_NAME_MAX_LENGTH } from '@/features/identity/api/register';

const E164 = /^\+[1-9]\d{1,14}$/;

/** How the API stores a number: spaces, dashes and brackets are how people write it, not part of it. */
export function normalizePhone(value: string): string {
  return value.replace(/[\s().-]/g, '');
}

/** A number other than the saved one (not its removal): the server asks for the current password. */
export function isNewPhone(value: string, savedPhone: string | null | undefined): boolean {
  const phone = normalizePhone(value);
  return phone !== '' && phone !== (savedPhone ?? '');
}

// Messages are i18n keys in the `auth` namespace.
export const updateProfileInputSchema = z.object({
  fullName: z
    .string()
    .trim()
    .min(1, { error: 'validation.fullNameRequired' })
    .max(FULL_NAME_MAX_LENGTH, { error: 'validation.fullNameTooLong' }),
  // Spaces, dashes and brackets are how people write numbers; an empty field removes the number.
  phone: z
    .string()
    .transform(normalizePhone)
    // the API reads an empty string as "remove my number"
    .refine((value) => value === '' || E164.test(value), { error: 'validation.phoneInvalid' }),
  language: z.enum(LANGUAGES.map((l) => l.value) as [string, ...string[]]),
  // an empty zone means "the doctor's", which is how appointments are shown
  timeZone: z.string(),
  // only sent with a new phone number; accounts without a password (social sign-in) leave it empty
  currentPassword: z.string().optional(),
});

export type UpdateProfileFormValues = z.input<typeof updateProfileInputSchema>;
export type UpdateProfileInput = z.output<typeof updateProfileInputSchema>;

export function updateProfile(input: UpdateProfileInput): Promise<User> {
  const { currentPassword, ...change } = input;
  return api.patch<User>('/api/me', currentPassword ? { ...change, currentPassword } : change);
}

export function useUpdateProfile({ onSuccess }: { onSuccess?: (user: User) => void } = {}) {
  return useApiMutation(updateProfile, { sets: currentUserQueryKey, onSuccess });
}
