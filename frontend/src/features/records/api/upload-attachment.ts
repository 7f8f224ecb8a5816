import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { patientRecordQueryKey, type Attachment, type PatientRecord } from '@/features/records/api/get-patient-record';

/** The server's cap; a bigger file is refused here before it is sent. */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
/** What the file picker offers; the server judges the type by the file's content, not its name. */
export const ATTACHMENT_ACCEPT = '.pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg';

export type UploadAttachmentInput = { file: File; appointmentId?: string };

export function uploadAttachment(patientId: string, { file, appointmentId }: UploadAttachmentInput): Promise<Attachment> {
  const form = new FormData();
  form.append('file', file, file.name);
  if (appointmentId) form.append('appointmentId', appointmentId);
  return api.post<Attachment>(`/api/patients/${encodeURIComponent(patientId)}/attachments`, form);
}

export function useUploadAttachment(patientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UploadAttachmentInput) => uploadAttachment(patientId, input),
    onSuccess: (attachment) =>
      queryClient.setQueryData<PatientRecord>(
        patientRecordQueryKey(patientId),
        (record) => record && { ...record, attachments: [attachment, ...record.attachments] },
      ),
  });
}
