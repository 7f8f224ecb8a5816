import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { getPatientRecord } from '@/features/records/api/get-patient-record';

export const BREAK_GLASS_REASON_MIN_LENGTH = 10;

// Messages are i18n keys in the `records` namespace.
export const breakGlassInputSchema = z.object({
  reason: z
    .string()
    // It travels in an HTTP header: one line, Latin-1 text only.
    .transform((reason) => reason.replace(/\s+/g, ' ').trim())
    .pipe(
      z
        .string()
        .min(BREAK_GLASS_REASON_MIN_LENGTH, { error: 'validation.reasonTooShort' })
        .max(500, { error: 'validation.reasonTooLong' })
        .regex(/^[\x20-\x7E\u00A0-\u00FF]*$/, { error: 'validation.reasonCharacters' }),
    ),
});

export type BreakGlassFormValues = z.input<typeof breakGlassInputSchema>;
export type BreakGlassInput = z.output<typeof breakGlassInputSchema>;

/**
 * An admin's read of a record with a stated reason. A mutation, not a query: each read is a
 * deliberate, audited act shown to the patient, never something a refetch should repeat.
 */
export function useBreakGlassRead(patientId: string) {
  return useMutation({
    mutationFn: ({ reason }: BreakGlassInput) => getPatientRecord(patientId, { breakGlassReason: reason }),
  });
}
