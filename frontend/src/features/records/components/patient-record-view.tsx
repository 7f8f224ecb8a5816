import { Alert, Button, SimpleGrid, Skeleton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DownloadIcon, ShieldIcon } from '@/components/ui/icons';
import { ErrorState, LoadingState } from '@/components/ui/query-state';
import { isApiError } from '@/lib/api-client';
import { ENTRY_KINDS, entryListOf, reportUrl, usePatientRecord, type PatientRecord } from '@/features/records/api/get-patient-record';
import { AttachmentsCard } from '@/features/records/components/attachments-card';
import { EntryListCard } from '@/features/records/components/entry-list-card';
import { MedicalHistoryCard } from '@/features/records/components/medical-history-card';
import { VisitNotesCard, type NoteAppointment } from '@/features/records/components/visit-notes-card';

type PatientRecordViewProps = {
  record: PatientRecord;
  /** The reason an admin stated to open this record; their downloads state it too. */
  breakGlassReason?: string;
  /** The reading doctor's visits with the patient, for writing notes; undefined while they load. */
  noteAppointments?: NoteAppointment[];
};

/** Every section of a record, each editable only as far as `record.access` allows. */
export function PatientRecordView({ record, noteAppointments, breakGlassReason }: PatientRecordViewProps) {
  const { t } = useTranslation('records');
  const { access } = record;
  return (
    <Stack gap="lg">
      {access.breakGlass && (
        <Alert color="orange" variant="light" icon={<ShieldIcon />} title={t('breakGlass.bannerTitle')} role="note">
          {t('breakGlass.bannerText', { name: record.patient.fullName })}
        </Alert>
      )}
      <MedicalHistoryCard record={record} />
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
        {ENTRY_KINDS.map((kind) => (
          <EntryListCard key={kind} patientId={record.patient.id} kind={kind} entries={record[entryListOf[kind]]} canEdit={access.canEditEntries} />
        ))}
      </SimpleGrid>
      <VisitNotesCard
        patientId={record.patient.id}
        notes={record.notes}
        canWrite={access.canWriteNotes}
        appointments={noteAppointments}
        canSeeVersions={!access.breakGlass}
      />
      <AttachmentsCard
        patientId={record.patient.id}
        attachments={record.attachments}
        canUpload={access.canUpload}
        appointments={noteAppointments}
        breakGlassReason={access.breakGlass ? breakGlassReason : undefined}
      />
    </Stack>
  );
}

/** Loads one patient's record (the reader's own, or a patient of the reading doctor) and shows it. */
export function PatientRecordLoader({ patientId, noteAppointments }: { patientId: string; noteAppointments?: NoteAppointment[] }) {
  const { t } = useTranslation('records');
  const record = usePatientRecord(patientId);
  if (record.isPending) {
    return (
      <LoadingState label={t('loading')}>
        <Stack gap="lg" aria-hidden="true">
          <Skeleton height={140} />
          <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
            {ENTRY_KINDS.map((kind) => (
              <Skeleton key={kind} height={120} />
            ))}
          </SimpleGrid>
          <Skeleton height={160} />
        </Stack>
      </LoadingState>
    );
  }
  if (record.isError) {
    // 404 is the API's answer both for no such patient and for no access.
    const notFound = isApiError(record.error) && record.error.status === 404;
    return (
      <ErrorState
        title={notFound ? t('notFound') : t('errorTitle')}
        error={record.error}
        onRetry={notFound ? undefined : () => void record.refetch()}
        retrying={record.isFetching}
      />
    );
  }
  return <PatientRecordView record={record.data} noteAppointments={noteAppointments} />;
}

/** The record as a PDF, straight from the server (`Content-Disposition: attachment`). */
export function ReportDownloadLink({ patientId, own }: { patientId: string; own: boolean }) {
  const { t } = useTranslation('records');
  return (
    <Button component="a" href={reportUrl(patientId)} download variant="default" leftSection={<DownloadIcon size={18} />}>
      {own ? t('report.own') : t('report.other')}
    </Button>
  );
}
