import { Alert, Anchor, Button, Card, FileInput, Group, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AlertIcon, FileIcon } from '@/components/ui/icons';
import { isApiError } from '@/lib/api-client';
import { describeError } from '@/lib/form-errors';
import { formatLocale } from '@/lib/time';
import { attachmentUrl, type Attachment } from '@/features/records/api/get-patient-record';
import { ATTACHMENT_ACCEPT, ATTACHMENT_MAX_BYTES, useUploadAttachment } from '@/features/records/api/upload-attachment';
import { formatBytes, useRecordTime } from '@/features/records/components/format';

/** Scans, letters and photos (PDF, PNG, JPEG), each a download; writers upload more. */
export function AttachmentsCard({
  patientId,
  attachments,
  canUpload,
  canDownload = true,
}: {
  patientId: string;
  attachments: Attachment[];
  canUpload: boolean;
  /** Off for a break-glass view: a plain link cannot carry the stated reason, so the server would refuse it. */
  canDownload?: boolean;
}) {
  const { t, i18n } = useTranslation('records');
  const when = useRecordTime(i18n.language);
  const locale = formatLocale(i18n.language);
  return (
    <Card component="section" aria-labelledby="attachments-heading" padding="lg">
      <Stack gap="sm">
        <Title order={2} id="attachments-heading" fz="h3">
          {t('attachments.heading')}
        </Title>
        {attachments.length === 0 ? (
          <Text c="gray.7">{t('attachments.empty')}</Text>
        ) : (
          <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
            {attachments.map((file) => (
              <Group component="li" key={file.id} gap="sm" wrap="nowrap" align="flex-start">
                <FileIcon size={20} aria-hidden="true" style={{ flex: 'none', marginTop: 2 }} />
                <Stack gap={0} style={{ minWidth: 0 }}>
                  {canDownload ? (
                    <Anchor href={attachmentUrl(patientId, file.id)} download={file.fileName} fw={600} style={{ overflowWrap: 'anywhere' }}>
                      {file.fileName}
                    </Anchor>
                  ) : (
                    <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                      {file.fileName}
                    </Text>
                  )}
                  <Text size="xs" c="gray.7">
                    {t('attachments.meta', { size: formatBytes(file.sizeBytes, locale), name: file.uploadedByName, when: when(file.createdAt) })}
                  </Text>
                </Stack>
              </Group>
            ))}
          </Stack>
        )}
        {canUpload && <UploadForm patientId={patientId} />}
      </Stack>
    </Card>
  );
}

function UploadForm({ patientId }: { patientId: string }) {
  const { t } = useTranslation('records');
  const upload = useUploadAttachment(patientId);
  const [file, setFile] = useState<File | null>(null);
  const [tooBig, setTooBig] = useState(false);
  // The file field is the only one, so every refusal about the file is shown beside it.
  const serverFileError = isApiError(upload.error)
    ? (upload.error.errors.find((e) => e.field === 'file')?.message ?? (upload.error.status === 413 ? t('attachments.tooLarge') : undefined))
    : undefined;
  const fileError = tooBig ? t('attachments.tooLarge') : serverFileError;
  const otherError = upload.error && !serverFileError ? describeError(upload.error) : null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!file || tooBig) return;
    upload.mutate({ file }, { onSuccess: () => setFile(null) });
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('attachments.uploadLabel')}>
      <Stack gap="xs">
        {otherError && (
          <Alert color="red" variant="light" icon={<AlertIcon />} role="alert">
            {otherError}
          </Alert>
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
