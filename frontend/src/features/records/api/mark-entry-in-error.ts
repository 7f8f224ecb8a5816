import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { entryListOf, patientRecordQueryKey, type PatientRecord, type RecordEntry } from '@/features/records/api/get-patient-record';

/** Entries are never removed: their author marks them as entered in error, and they stay, struck through. */
export function markEntryInError(patientId: string, entryId: string): Promise<RecordEntry> {
  return api.post<RecordEntry>(`/api/patients/${encodeURIComponent(patientId)}/entries/${encodeURIComponent(entryId)}/entered-in-error`);
}

export function useMarkEntryInError(patientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (entry: RecordEntry) => markEntryInError(patientId, entry.id),
    onSuccess: (marked) =>
      queryClient.setQueryData<PatientRecord>(patientRecordQueryKey(patientId), (record) => {
        if (!record) return record;
        const list = entryListOf[marked.kind];
        return { ...record, [list]: record[list].map((e) => (e.id === marked.id ? marked : e)) };
      }),
  });
}
