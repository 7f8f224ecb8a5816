import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { AccessLogEntry } from '@/features/records/api/get-access-log';

/** The server answers with at most this many lines, newest first. */
export const AUDIT_LOG_LIMIT = 1000;

export type AuditLogEntry = AccessLogEntry & { patientId: string; patientName: string };

/** `GET /api/admin/audit`: every read and write of clinical data, optionally for one patient. */
export function getAuditLog({ patientId }: { patientId?: string } = {}, { signal }: { signal?: AbortSignal } = {}): Promise<AuditLogEntry[]> {
  return api.get<AuditLogEntry[]>('/api/admin/audit', { params: { patientId }, signal });
}

export function getAuditLogQueryOptions(filter: { patientId?: string } = {}) {
  return queryOptions({
    queryKey: ['records', 'audit', filter],
    queryFn: ({ signal }) => getAuditLog(filter, { signal }),
    placeholderData: keepPreviousData,
    staleTime: 15_000,
  });
}

export function useAuditLog(filter: { patientId?: string } = {}) {
  return useQuery(getAuditLogQueryOptions(filter));
}
