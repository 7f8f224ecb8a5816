import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Role } from '@/lib/auth';

export const AUDIT_ACTIONS = [
  'READ_RECORD',
  'UPDATE_HISTORY',
  'ADD_ENTRY',
  'DELETE_ENTRY',
  'ADD_NOTE',
  'UPDATE_NOTE',
  'UPLOAD_ATTACHMENT',
  'DOWNLOAD_ATTACHMENT',
  'DOWNLOAD_REPORT',
  'BREAK_GLASS_READ',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AccessLogEntry = {
  at: string;
  actorName: string;
  actorRole: Role;
  /** One of AUDIT_ACTIONS; a newer server may send others. */
  action: AuditAction | (string & {});
  /** e.g. the kind of entry added, or the type of file. */
  detail: string | null;
  address: string | null;
  /** An admin's stated reason for a break-glass read. */
  reason: string | null;
};

/** `GET /api/patients/{id}/access-log`: who read or changed the record (the patient only), newest first. */
export function getAccessLog(patientId: string, { signal }: { signal?: AbortSignal } = {}): Promise<AccessLogEntry[]> {
  return api.get<AccessLogEntry[]>(`/api/patients/${encodeURIComponent(patientId)}/access-log`, { signal });
}

export function getAccessLogQueryOptions(patientId: string) {
  return queryOptions({
    queryKey: ['records', patientId, 'access-log'],
    queryFn: ({ signal }) => getAccessLog(patientId, { signal }),
    staleTime: 0,
  });
}

export function useAccessLog(patientId: string) {
  return useQuery(getAccessLogQueryOptions(patientId));
}
