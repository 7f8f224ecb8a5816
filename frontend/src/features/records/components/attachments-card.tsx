import { Anchor, Button,  FileInput, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '@/components/ui/form-fields';
import { FileIcon } from '@/components/ui/icons';
import { isApiError } from '@/lib/api-client';
import { describeError } from '@/lib/form-errors';
import { formatLocale } from '@/lib/time';
import { useAttachmentDownload } from '@/features/records/api/download-attachment';
import { attachmentUrl, type Attachment } from '@/features/records/api/get-patient-record';
import { ATTACHMENT_ACCEPT, ATTACHMENT_MAX_BYTES, useUploadAttachment } from '@/features/records/api/upload-attachment';
import { formatBytes, useRecordTime } from '@/features/records/components/format';
import { RecordSection } from '@/features/records/components/record-section';
import { newestFirst, type NoteAppointment } from '@/features/records/components/visit-notes-card';

/** Scans, letters and photos (PDF, PNG, JPEG), each a download; writers upload more. */
export function AttachmentsCard({
  patientId,
  attachments,
  canUpload,
  breakGlassReason,
  appointments = [],
}: {
  patientId: string;
  attachments: Attachment[];
  canUpload: boolean;
  /** The reading doctor's visits with the patient: a file can be tied to one of them. */
  appointments?: NoteAppointment[];
  /** Set for an admin's break-glass view: every download then states the reason too. */
  breakGlassReason?: string;
}) {
  const { t, i18n } = useTranslation('records');
  const download = useAttachmentDownload();
  const visitNote = (file: Attachment) => {
    const visit = appointments.find((a) => a.id === file.appointmentId);
    return visit ? ` · ${t('attachments.forVisit', { when: when(visit.start) })}` : '';
  };
  const when = useRecordTime(i18n.language);
  const locale = formatLocale(i18n.language);
  return (
    <RecordSection
      headingId="attachments-heading"
      title={t('attachments.heading')}
      count={attachments.length}
      emptyText={t('attachments.empty')}
      after={
        <>
          <FormAlert>{download.error && describeError(download.error)}</FormAlert>
          {canUpload && <UploadForm patientId={patientId} appointments={appointments} />}
        </>
      }
    >
      {attachments.map((file) => (
        <Group component="li" key={file.id} gap="sm" wrap="nowrap" align="flex-start">
          <FileIcon size={20} aria-hidden="true" style={{ flex: 'none', marginTop: 2 }} />
          <Stack gap={0} style={{ minWidth: 0 }}>
            {breakGlassReason ? (
              <Anchor
                component="button"
                type="button"
                fw={600}
                ta="start"
                style={{ overflowWrap: 'anywhere' }}
                aria-busy={download.isPending && download.variables.attachment.id === file.id}
                onClick={() => download.mutate({ patientId, attachment: file, breakGlassReason })}
              >
                {file.fileName}
              </Anchor>
            ) : (
              <Anchor href={attachmentUrl(patientId, file.id)} download={file.fileName} fw={600} style={{ overflowWrap: 'anywhere' }}>
                {file.fileName}
              </Anchor>
            )}
            <Text size="xs" c="gray.7">
              {t('attachments.meta', { size: formatBytes(file.sizeBytes, locale), name: file.uploadedByName, when: when(file.createdAt) })}
              {visitNote(file)}
            </Text>
          </Stack>
        </Group>
      ))}
    </RecordSection>
  );
}

function UploadForm({ patientId, appointments }: { patientId: string; appointments: NoteAppointment[] }) {
  const { t, i18n } = useTranslation('records');
  const when = useRecordTime(i18n.language);
  const upload = useUploadAttachment(patientId);
  const [file, setFile] = useState<File | null>(null);
  const [appointmentId, setAppointmentId] = useState('');
  const [tooBig, setTooBig] = useState(false);
  // Every refusal about the file is shown beside it, about the visit beside the visit.
  const fieldError = (field: string) => (isApiError(upload.error) ? upload.error.errors.find((e) => e.field === field)?.message : undefined);
  const serverFileError = fieldError('file') ?? (isApiError(upload.error) && upload.error.status === 413 ? t('attachments.tooLarge') : undefined);
  const visitError = fieldError('appointmentId');
  const fileError = tooBig ? t('attachments.tooLarge') : serverFileError;
  const otherError = upload.error && !serverFileError && !visitError ? describeError(upload.error) : null;
  const visits = newestFirst(appointments);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!file || tooBig) return;
    upload.mutate({ file, appointmentId: appointmentId || undefined }, { onSuccess: () => setFile(null) });
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('attachments.uploadLabel')}>
      <Stack gap="xs">
        <FormAlert>{otherError}</FormAlert>
        {visits.length > 0 && (
          <NativeSelect
            label={t('attachments.visit')}
            value={appointmentId}
            onChange={(event) => {
              upload.reset();
              setAppointmentId(event.currentTarget.value);
            }}
            data={[{ value: '', label: t('attachments.noVisit') }, ...visits.map((a) => ({ value: a.id, label: when(a.start) }))]}
            error={visitError}
            maw={360}
          />
        )}
        <Group gap="sm" align="flex-start" wrap="wrap">
          <FileInput
            label={t('attachments.file')}
            description={t('attachments.hint')}
            placeholder={t('attachments.choose')}
            accept={ATTACHMENT_ACCEPT}
            clearable
            clearButtonProps={{ 'aria-label': t('attachments.clear') }}
            value={file}
            onChange={(chosen) => {
              upload.reset();
              setFile(chosen);
              setTooBig(chosen !== null && chosen.size > ATTACHMENT_MAX_BYTES);
            }}
            error={fileError}
            style={{ flex: '1 1 18rem' }}
          />
          <Button type="submit" variant="light" loading={upload.isPending} disabled={!file || tooBig} mt={{ base: 0, xs: 47 }}>
            {t('attachments.upload')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
