import { zodResolver } from '@hookform/resolvers/zod';
import { Button,  Group, NativeSelect, Paper, Skeleton, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormActions, FormAlert } from '@/components/ui/form-fields';
import { LoadingState, QueryView } from '@/components/ui/query-state';
import { applyFieldErrors, fieldMessage, formAlertText } from '@/lib/form-errors';
import {
  addVisitNoteInputSchema,
  NOTE_MAX_LENGTH,
  useAddVisitNote,
  type AddVisitNoteInput,
} from '@/features/records/api/add-visit-note';
import { useNoteVersions } from '@/features/records/api/get-note-versions';
import type { VisitNote } from '@/features/records/api/get-patient-record';
import { updateVisitNoteInputSchema, useUpdateVisitNote, type UpdateVisitNoteInput } from '@/features/records/api/update-visit-note';
import { preWrap, useRecordTime } from '@/features/records/components/format';
import { RecordSection } from '@/features/records/components/record-section';

/** One of the reading doctor's own visits with this patient, which a note can be about. */
export type NoteAppointment = { id: string; start: string };

export function newestFirst(appointments: NoteAppointment[]): NoteAppointment[] {
  return [...appointments].sort((a, b) => Date.parse(b.start) - Date.parse(a.start));
}

type VisitNotesCardProps = {
  patientId: string;
  notes: VisitNote[];
  /** Whether the reader (the doctor of a visit) may write notes. */
  canWrite: boolean;
  /** The reading doctor's visits with this patient; undefined while they load. */
  appointments?: NoteAppointment[];
  /** Whether earlier texts of edited notes may be asked for (not on a break-glass read). */
  canSeeVersions?: boolean;
};

/** What doctors wrote about each visit, newest first; a doctor writes and edits their own. */
export function VisitNotesCard({ patientId, notes, canWrite, appointments, canSeeVersions = true }: VisitNotesCardProps) {
  const { t } = useTranslation('records');
  let writer = null;
  if (canWrite) {
    writer = !appointments ? (
      <LoadingState label={t('notes.visitsLoading')}>
        <Skeleton height={180} aria-hidden="true" />
      </LoadingState>
    ) : appointments.length === 0 ? (
      <Text c="gray.7">{t('notes.noVisits')}</Text>
    ) : (
      // A new list of visits is a new form: its default visit is chosen when it mounts.
      <NewNoteForm key={appointments.map((a) => a.id).join()} patientId={patientId} appointments={appointments} />
    );
  }
  return (
    <RecordSection headingId="notes-heading" title={t('notes.heading')} count={notes.length} emptyText={t('notes.empty')} gap="md" listGap="sm" before={writer}>
      {notes.map((note) => (
        <li key={note.id}>
          <NoteItem patientId={patientId} note={note} canSeeVersions={canSeeVersions} />
        </li>
      ))}
    </RecordSection>
  );
}

function NoteItem({ patientId, note, canSeeVersions }: { patientId: string; note: VisitNote; canSeeVersions: boolean }) {
  const { t, i18n } = useTranslation('records');
  const when = useRecordTime(i18n.language);
  const [editing, setEditing] = useState(false);
  const titleId = `note-${note.id}`;
  const edited = note.updatedAt !== note.createdAt;
  return (
    <Paper component="article" withBorder p="md" radius="md" aria-labelledby={titleId}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" align="flex-start">
          <Stack gap={0}>
            <Text fw={650} id={titleId}>
              {t('notes.title', { doctor: note.doctorName, visit: when(note.appointmentStart) })}
            </Text>
            <Text size="xs" c="gray.7">
              {edited
                ? t('notes.edited', { written: when(note.createdAt), edited: when(note.updatedAt) })
                : t('notes.written', { written: when(note.createdAt) })}
            </Text>
          </Stack>
          {note.mine && !editing && (
            <Button size="xs" variant="default" onClick={() => setEditing(true)} aria-label={t('notes.editLabel', { visit: when(note.appointmentStart) })}>
              {t('notes.edit')}
            </Button>
          )}
        </Group>
        {editing ? <EditNoteForm patientId={patientId} note={note} onDone={() => setEditing(false)} /> : <Text style={preWrap}>{note.body}</Text>}
        {edited && canSeeVersions && !editing && <EarlierVersions note={note} />}
      </Stack>
    </Paper>
  );
}

/** Every edit keeps the text it replaced; anyone who reads the note may read what it said before. */
function EarlierVersions({ note }: { note: VisitNote }) {
  const { t, i18n } = useTranslation('records');
  const when = useRecordTime(i18n.language);
  const [open, setOpen] = useState(false);
  const versions = useNoteVersions(note.id, open);
  const listId = `note-${note.id}-versions`;
  return (
    <Stack gap="xs">
      <Group>
        <Button size="compact-sm" variant="subtle" aria-expanded={open} aria-controls={listId} onClick={() => setOpen((o) => !o)}>
          {open ? t('notes.hideVersions') : t('notes.showVersions')}
        </Button>
      </Group>
      <div id={listId} hidden={!open}>
        {open && (
          <QueryView query={versions} loadingLabel={t('notes.versionsLoading')} skeleton={{ count: 1, height: 60 }} errorTitle={t('notes.versionsError')}
            empty={<Text size="sm" c="gray.7">{t('notes.noVersions')}</Text>}
          >
            {(list) => (
              <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('notes.versionsLabel')}>
                {list.map((version) => (
                  <Paper component="li" key={version.version} bg="gray.0" p="sm" radius="sm">
                    <Text size="xs" c="gray.7">
                      {t('notes.versionMeta', { version: version.version, name: version.writtenByName, when: when(version.writtenAt) })}
                    </Text>
                    <Text size="sm" style={preWrap}>
                      {version.body}
                    </Text>
                  </Paper>
                ))}
              </Stack>
            )}
          </QueryView>
        )}
      </div>
    </Stack>
  );
}

const NEW_FIELDS = ['body', 'appointmentId'] as const;

function NewNoteForm({ patientId, appointments }: { patientId: string; appointments: NoteAppointment[] }) {
  const { t, i18n } = useTranslation('records');
  const translate = (key: string) => t(key as never);
  const when = useRecordTime(i18n.language);
  const add = useAddVisitNote(patientId);
  const sorted = newestFirst(appointments);
  // The latest visit that has begun is the one most likely being written up.
  const now = Date.now();
  const preselected = sorted.find((a) => Date.parse(a.start) <= now) ?? sorted[sorted.length - 1]!;
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<AddVisitNoteInput>({
    resolver: zodResolver(addVisitNoteInputSchema),
    defaultValues: { appointmentId: preselected.id, body: '' },
  });

  const onSubmit = handleSubmit((input) =>
    add.mutate(input, {
      onSuccess: () => reset({ appointmentId: input.appointmentId, body: '' }),
      onError: (error) => applyFieldErrors(error, setError, NEW_FIELDS),
    }),
  );
  const formError = formAlertText(add.error, NEW_FIELDS);

  return (
    <Paper component="form" onSubmit={onSubmit} noValidate bg="gray.0" p="md" radius="md" aria-labelledby="new-note-heading">
      <Stack gap="sm">
        <Title order={3} id="new-note-heading" fz="h4">
          {t('notes.newHeading')}
        </Title>
        <FormAlert>{formError}</FormAlert>
        <NativeSelect
          label={t('notes.visit')}
          data={sorted.map((a) => ({ value: a.id, label: when(a.start) }))}
          error={fieldMessage(errors.appointmentId, translate)}
          {...register('appointmentId')}
        />
        <Textarea
          label={t('notes.body')}
          autosize
          minRows={4}
          maxRows={16}
          maxLength={NOTE_MAX_LENGTH}
          error={fieldMessage(errors.body, translate)}
          {...register('body')}
        />
        <Group>
          <Button type="submit" loading={add.isPending}>
            {t('notes.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

const EDIT_FIELDS = ['body'] as const;

function EditNoteForm({ patientId, note, onDone }: { patientId: string; note: VisitNote; onDone: () => void }) {
  const { t } = useTranslation('records');
  const translate = (key: string) => t(key as never);
  const update = useUpdateVisitNote(patientId);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<UpdateVisitNoteInput>({ resolver: zodResolver(updateVisitNoteInputSchema), defaultValues: { body: note.body } });

  const onSubmit = handleSubmit((input) =>
    update.mutate({ noteId: note.id, input }, { onSuccess: onDone, onError: (error) => applyFieldErrors(error, setError, EDIT_FIELDS) }),
  );
  const formError = formAlertText(update.error, EDIT_FIELDS);

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <FormAlert>{formError}</FormAlert>
        <Textarea label={t('notes.body')} autosize minRows={4} maxRows={16} maxLength={NOTE_MAX_LENGTH} error={fieldMessage(errors.body, translate)} {...register('body')} />
        <FormActions submitLabel={t('notes.saveChanges')} pending={update.isPending} cancelLabel={t('cancel')} onCancel={onDone} />
      </Stack>
    </form>
  );
}
