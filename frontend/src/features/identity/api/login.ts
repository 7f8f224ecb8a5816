import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '@/lib/api-client';
import { currentUserQueryKey, type User } from '@/lib/auth';

// Messages are i18n keys in the `auth` namespace; the form translates them.
export const emailSchema = z
  .string()
  .trim()
  .min(1, { error: 'validation.emailRequired' })
  .pipe(z.email({ error: 'validation.emailInvalid' }));

export const loginInputSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, { error: 'validation.passwordRequired' }),
});

export type LoginFormValues = z.input<typeof loginInputSchema>;
export type LoginInput = z.output<typeof loginInputSchema>;

/** A right password on an account with two-factor sign-in: nobody is signed in yet. */
export type TwoFactorChallenge = { twoFactorChallenge: true };

export function isTwoFactorChallenge(answer: User | TwoFactorChallenge): answer is TwoFactorChallenge {
  return 'twoFactorChallenge' in answer && answer.twoFactorChallenge === true;
}

export function login(input: LoginInput): Promise<User | TwoFactorChallenge> {
  return api.post<User | TwoFactorChallenge>('/api/auth/login', input);
}

export function useLogin({
  onSuccess,
  onTwoFactorChallenge,
}: { onSuccess?: (user: User) => void; onTwoFactorChallenge?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (answer) => {
      if (isTwoFactorChallenge(answer)) {
        onTwoFactorChallenge?.();
        return;
      }
      queryClient.setQueryData(currentUserQueryKey, answer);
      onSuccess?.(answer);
    },
  });
}
