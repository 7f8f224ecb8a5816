import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { attachmentUrl, BREAK_GLASS_HEADER, type Attachment } from '@/features/records/api/get-patient-record';

export type AttachmentDownload = { patientId: string; attachment: Attachment; breakGlassReason: string };

/** Hands a fetched file to the browser's downloads under the record's (already cleaned) name. */
function save(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // the click has started the download by the next task; keep the blob until then
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * A break-glass download: a plain link cannot carry the stated reason, so the file is fetched
 * with it (and audited with it) and then saved. Everyone else downloads through a link.
 */
export async function downloadAttachment({ patientId, attachment, breakGlassReason }: AttachmentDownload): Promise<void> {
  const blob = await api.getBlob(attachmentUrl(patientId, attachment.id), { headers: { [BREAK_GLASS_HEADER]: breakGlassReason } });
  save(blob, attachment.fileName);
}

export function useAttachmentDownload() {
  return useMutation({ mutationFn: downloadAttachment });
}
