import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** What an admin may know of a record without reading it. */
export type RecordSummary = {
  patientId: string;
  fullName: string;
  allergies: number;
  medications: number;
  conditions: number;
  notes: number;
  attachments: number;
  lastChangedAt: string | null;
};

export function getRecordSummary(patientId: string, { signal }: { signal?: AbortSignal } = {}): Promise<RecordSummary> {
  return api.get<RecordSummary>(`/api/admin/patients/${encodeURIComponent(patientId)}/record-summary`, { signal });
}

export function getRecordSummaryQueryOptions(patientId: string) {
  return queryOptions({
    queryKey: ['records', patientId, 'summary'],
    queryFn: ({ signal }) => getRecordSummary(patientId, { signal }),
  });
}

export function useRecordSummary(patientId: string) {
  return useQuery(getRecordSummaryQueryOptions(patientId));
}
