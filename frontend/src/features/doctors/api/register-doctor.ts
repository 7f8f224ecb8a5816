import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '@/lib/api-client';
import type { User } from '@/lib/auth';
import { doctorAccountFields, practiceNamed, toDoctorAccountRequest } from '@/features/doctors/api/create-doctor';

/** Self-registration: the same fields as an admin-created doctor, without the prepayment rule. */
export const registerDoctorInputSchema = z.object(doctorAccountFields).superRefine(practiceNamed).transform(toDoctorAccountRequest);

export type RegisterDoctorInput = z.output<typeof registerDoctorInputSchema>;

export function registerDoctor(input: RegisterDoctorInput): Promise<User> {
  return api.post<User>('/api/auth/register-doctor', input);
}

export function useRegisterDoctor({ onSuccess }: { onSuccess?: (account: User) => void } = {}) {
  return useMutation({ mutationFn: registerDoctor, onSuccess });
}
