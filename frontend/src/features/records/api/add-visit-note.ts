import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '@/lib/api-client';
import { patientRecordQueryKey, type PatientRecord, type VisitNote } from '@/features/records/api/get-patient-record';

export const NOTE_MAX_LENGTH = 20_000;

// Messages are i18n keys in the `records` namespace.
export const visitNoteBodySchema = z
  .string()
  .refine((body) => body.trim().length > 0, { error: 'validation.noteRequired' })
  .refine((body) => body.length <= NOTE_MAX_LENGTH, { error: 'validation.noteTooLong' });

export const addVisitNoteInputSchema = z.object({
  appointmentId: z.string().min(1, { error: 'validation.appointmentRequired' }),
  body: visitNoteBodySchema,
});

export type AddVisitNoteInput = z.infer<typeof addVisitNoteInputSchema>;

export function addVisitNote({ appointmentId, body }: AddVisitNoteInput): Promise<VisitNote> {
  return api.post<VisitNote>(`/api/appointments/${encodeURIComponent(appointmentId)}/notes`, { body });
}

export function useAddVisitNote(patientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addVisitNote,
    onSuccess: (note) =>
      queryClient.setQueryData<PatientRecord>(patientRecordQueryKey(patientId), (record) => record && { ...record, notes: [note, ...record.notes] }),
  });
}
