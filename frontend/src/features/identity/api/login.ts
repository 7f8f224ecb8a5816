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

export function login(input: LoginInput): Promise<User> {
  return api.post<User>('/api/auth/login', input);
}

export function useLogin({ onSuccess }: { onSuccess?: (user: User) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (user) => {
      queryClient.setQueryData(currentUserQueryKey, user);
      onSuccess?.(user);
    },
  });
}
