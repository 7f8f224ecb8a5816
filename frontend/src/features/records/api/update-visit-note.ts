import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '@/lib/api-client';
import { visitNoteBodySchema } from '@/features/records/api/add-visit-note';
import { noteVersionsQueryOptions } from '@/features/records/api/get-note-versions';
import { patientRecordQueryKey, type PatientRecord, type VisitNote } from '@/features/records/api/get-patient-record';

export const updateVisitNoteInputSchema = z.object({ body: visitNoteBodySchema });

export type UpdateVisitNoteInput = z.infer<typeof updateVisitNoteInputSchema>;

export function updateVisitNote(noteId: string, input: UpdateVisitNoteInput): Promise<VisitNote> {
  return api.put<VisitNote>(`/api/notes/${encodeURIComponent(noteId)}`, input);
}

export function useUpdateVisitNote(patientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ noteId, input }: { noteId: string; input: UpdateVisitNoteInput }) => updateVisitNote(noteId, input),
    onSuccess: (note) => {
      queryClient.setQueryData<PatientRecord>(
        patientRecordQueryKey(patientId),
        (record) => record && { ...record, notes: record.notes.map((n) => (n.id === note.id ? note : n)) },
      );
      // the text it replaced is now the newest earlier version
      void queryClient.invalidateQueries({ queryKey: noteVersionsQueryOptions(note.id).queryKey });
    },
  });
}
