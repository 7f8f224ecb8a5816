import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export const ENTRY_KINDS = ['ALLERGY', 'MEDICATION', 'CONDITION'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export type RecordEntry = {
  id: string;
  kind: EntryKind;
  text: string;
  createdAt: string;
  createdByName: string;
  /** Written by the reader, who alone may mark it as entered in error. */
  mine: boolean;
  enteredInErrorAt: string | null;
  enteredInErrorByName: string | null;
};

export type VisitNote = {
  id: string;
  appointmentId: string;
  appointmentStart: string;
  doctorId: string;
  doctorName: string;
  body: string;
  createdAt: string;
  updatedAt: string;
  /** Written by the reader, who may edit it. */
  mine: boolean;
};

export type Attachment = {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  appointmentId: string | null;
  uploadedByName: string;
  createdAt: string;
};

export type RecordAccess = {
  canEditHistory: boolean;
  canEditEntries: boolean;
  canUpload: boolean;
  canWriteNotes: boolean;
  breakGlass: boolean;
};

export type PatientRecord = {
  patient: { id: string; fullName: string; email: string; phone: string | null; language: string | null };
  medicalHistory: string;
  historyUpdatedAt: string | null;
  allergies: RecordEntry[];
  medications: RecordEntry[];
  conditions: RecordEntry[];
  /** Newest first. */
  notes: VisitNote[];
  attachments: Attachment[];
  access: RecordAccess;
};

/** The record's list that holds entries of one kind. */
export const entryListOf = {
  ALLERGY: 'allergies',
  MEDICATION: 'medications',
  CONDITION: 'conditions',
} as const satisfies Record<EntryKind, keyof PatientRecord>;

export const BREAK_GLASS_HEADER = 'X-Break-Glass-Reason';

/**
 * `GET /api/patients/{id}/record`. Every read is written to the patient's access log, so
 * mutations put the server's answer into the cache instead of reading the record again.
 */
export function getPatientRecord(
  patientId: string,
  { signal, breakGlassReason }: { signal?: AbortSignal; breakGlassReason?: string } = {},
): Promise<PatientRecord> {
  return api.get<PatientRecord>(`/api/patients/${encodeURIComponent(patientId)}/record`, {
    signal,
    headers: breakGlassReason ? { [BREAK_GLASS_HEADER]: breakGlassReason } : undefined,
  });
}

export function patientRecordQueryKey(patientId: string) {
  return ['records', patientId, 'record'] as const;
}

export function getPatientRecordQueryOptions(patientId: string) {
  return queryOptions({
    queryKey: patientRecordQueryKey(patientId),
    queryFn: ({ signal }) => getPatientRecord(patientId, { signal }),
    // Each read is an audited access: read once per visit to the screen, not on every remount.
    staleTime: 5 * 60_000,
  });
}

export function usePatientRecord(patientId: string) {
  return useQuery(getPatientRecordQueryOptions(patientId));
}

/** Plain links: the server answers with `Content-Disposition: attachment`. */
export function attachmentUrl(patientId: string, attachmentId: string): string {
  return `/api/patients/${encodeURIComponent(patientId)}/attachments/${encodeURIComponent(attachmentId)}`;
}

export function reportUrl(patientId: string): string {
  return `/api/patients/${encodeURIComponent(patientId)}/report.pdf`;
}
