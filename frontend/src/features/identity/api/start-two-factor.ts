import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** A new secret for an authenticator app; not active until a code confirms it. */
export type TwoFactorEnrolment = { secret: string; otpauthUri: string };

export function startTwoFactor(): Promise<TwoFactorEnrolment> {
  return api.post<TwoFactorEnrolment>('/api/me/two-factor');
}

export function useStartTwoFactor() {
  return useMutation({ mutationFn: startTwoFactor });
}
