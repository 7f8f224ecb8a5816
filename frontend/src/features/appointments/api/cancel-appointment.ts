import { z } from 'zod';
import { api } from '@/lib/api-client';
import { useApiMutation } from '@/lib/api-mutation';
import { queryRoots } from '@/lib/query-keys';
import type { Appointment } from '@/features/appointments/api/get-appointments';

// Messages are i18n keys in the `appointments` namespace.
export const cancelAppointmentInputSchema = z.object({
  reason: z
    .string()
    .trim()
    .max(500, { error: 'cancel.validation.reasonTooLong' })
    .transform((value) => value || undefined),
});

export type CancelAppointmentFormValues = z.input<typeof cancelAppointmentInputSchema>;
export type CancelAppointmentInput = z.output<typeof cancelAppointmentInputSchema>;

export function cancelAppointment(id: string, input: CancelAppointmentInput): Promise<Appointment> {
  return api.post<Appointment>(`/api/appointments/${encodeURIComponent(id)}/cancel`, input);
}

export function useCancelAppointment({ onSuccess }: { onSuccess?: (appointment: Appointment) => void } = {}) {
  return useApiMutation(({ id, input }: { id: string; input: CancelAppointmentInput }) => cancelAppointment(id, input), {
    invalidates: [queryRoots.appointments, queryRoots.slots, queryRoots.doctors, queryRoots.notifications],
    onSuccess,
  });
}
