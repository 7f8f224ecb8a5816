import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '@/lib/api-client';
import {
  ENTRY_KINDS,
  entryListOf,
  patientRecordQueryKey,
  type PatientRecord,
  type RecordEntry,
} from '@/features/records/api/get-patient-record';

export const ENTRY_TEXT_MAX_LENGTH = 500;

// Messages are i18n keys in the `records` namespace.
export const addRecordEntryInputSchema = z.object({
  kind: z.enum(ENTRY_KINDS),
  text: z
    .string()
    .trim()
    .min(1, { error: 'validation.entryRequired' })
    .max(ENTRY_TEXT_MAX_LENGTH, { error: 'validation.entryTooLong' }),
});

export type AddRecordEntryFormValues = z.input<typeof addRecordEntryInputSchema>;
export type AddRecordEntryInput = z.output<typeof addRecordEntryInputSchema>;

export function addRecordEntry(patientId: string, input: AddRecordEntryInput): Promise<RecordEntry> {
  return api.post<RecordEntry>(`/api/patients/${encodeURIComponent(patientId)}/entries`, input);
}

export function useAddRecordEntry(patientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AddRecordEntryInput) => addRecordEntry(patientId, input),
    onSuccess: (entry) =>
      queryClient.setQueryData<PatientRecord>(patientRecordQueryKey(patientId), (record) => {
        if (!record) return record;
        const list = entryListOf[entry.kind];
        return { ...record, [list]: [...record[list], entry] };
      }),
  });
}
