import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { entryListOf, patientRecordQueryKey, type PatientRecord, type RecordEntry } from '@/features/records/api/get-patient-record';

export function deleteRecordEntry(patientId: string, entryId: string): Promise<void> {
  return api.delete<void>(`/api/patients/${encodeURIComponent(patientId)}/entries/${encodeURIComponent(entryId)}`);
}

export function useDeleteRecordEntry(patientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (entry: RecordEntry) => deleteRecordEntry(patientId, entry.id),
    onSuccess: (_, entry) =>
      queryClient.setQueryData<PatientRecord>(patientRecordQueryKey(patientId), (record) => {
        if (!record) return record;
        const list = entryListOf[entry.kind];
        return { ...record, [list]: record[list].filter((e) => e.id !== entry.id) };
      }),
  });
}
