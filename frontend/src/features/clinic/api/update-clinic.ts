import { z } from 'zod';
import { api } from '@/lib/api-client';
import { clinicQueryKey, type Clinic } from '@/features/clinic/api/get-clinic';
import { useApiMutation } from '@/lib/api-mutation';

// Messages are i18n keys in the `clinic` namespace.
export const updateClinicInputSchema = z.object({
  name: z.string().trim().min(1, { error: 'settings.validation.nameRequired' }).max(200, { error: 'settings.validation.tooLong' }),
  // Spaces, dashes and brackets are how people write numbers; the server keeps them as given.
  phone: z
    .string()
    .trim()
    .max(40, { error: 'settings.validation.tooLong' })
    .refine((value) => value === '' || /^\+?[\d\s().-]{5,}$/.test(value), { error: 'settings.validation.phoneInvalid' }),
  timeZone: z.string().min(1, { error: 'settings.validation.timeZoneRequired' }),
});

export type UpdateClinicFormValues = z.input<typeof updateClinicInputSchema>;
export type UpdateClinicInput = z.output<typeof updateClinicInputSchema>;

/** `PUT /api/clinic` (admins): 400 with `errors[{field,message}]` when a field is refused. */
export function updateClinic(input: UpdateClinicInput): Promise<Clinic> {
  return api.put<Clinic>('/api/clinic', input);
}

export function useUpdateClinic({ onSuccess }: { onSuccess?: (clinic: Clinic) => void } = {}) {
  return useApiMutation(updateClinic, { sets: clinicQueryKey, onSuccess });
}
