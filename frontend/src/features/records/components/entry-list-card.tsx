import { zodResolver } from '@hookform/resolvers/zod';
import { Button,  Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FailureAlert, FormAlert } from '@/components/ui/form-fields';
import { PlusIcon } from '@/components/ui/icons';
import { applyFieldErrors,  fieldMessage, formAlertText } from '@/lib/form-errors';
import {
  addRecordEntryInputSchema,
  ENTRY_TEXT_MAX_LENGTH,
  useAddRecordEntry,
  type AddRecordEntryFormValues,
  type AddRecordEntryInput,
} from '@/features/records/api/add-record-entry';
import { useMarkEntryInError } from '@/features/records/api/mark-entry-in-error';
import type { EntryKind, RecordEntry } from '@/features/records/api/get-patient-record';
import { preWrap, useRecordTime } from '@/features/records/components/format';
import { RecordSection } from '@/features/records/components/record-section';

const FIELDS = ['text'] as const;

/**
 * Allergies, medications or conditions: a short list anyone with access reads and writers add to.
 * Nothing is removed: an author marks their own entry as entered in error, and it stays, struck through.
 */
export function EntryListCard({ patientId, kind, entries, canEdit }: { patientId: string; kind: EntryKind; entries: RecordEntry[]; canEdit: boolean }) {
  const { t, i18n } = useTranslation('records');
  const when = useRecordTime(i18n.language);
  const mark = useMarkEntryInError(patientId);
  const headingId = `entries-${kind.toLowerCase()}-heading`;

  return (
    <RecordSection
      headingId={headingId}
      title={t(`entries.${kind}.heading`)}
      count={entries.length}
      emptyText={t(`entries.${kind}.empty`)}
      after={
        <>
          <FailureAlert error={mark.error} onDismiss={() => mark.reset()} dismissLabel={t('dismiss')} />
          {canEdit && <AddEntryForm patientId={patientId} kind={kind} />}
        </>
      }
    >
      {entries.map((entry) => (
        <Group component="li" key={entry.id} justify="space-between" wrap="nowrap" gap="sm" align="flex-start">
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Text fw={600} style={preWrap} td={entry.enteredInErrorAt ? 'line-through' : undefined} c={entry.enteredInErrorAt ? 'gray.7' : undefined}>
              {entry.text}
            </Text>
            <Text size="xs" c="gray.7">
              {t('entries.addedBy', { name: entry.createdByName, when: when(entry.createdAt) })}
            </Text>
            {entry.enteredInErrorAt && (
              <Text size="xs" c="gray.8" fw={600}>
                {t('entries.enteredInError', { name: entry.enteredInErrorByName, when: when(entry.enteredInErrorAt) })}
              </Text>
            )}
          </Stack>
          {canEdit && entry.mine && !entry.enteredInErrorAt && (
            <Button
              variant="default"
              size="compact-sm"
              aria-label={t('entries.markInError', { text: entry.text })}
              loading={mark.isPending && mark.variables?.id === entry.id}
              onClick={() => mark.mutate(entry)}
            >
              {t('entries.markInErrorShort')}
            </Button>
          )}
        </Group>
      ))}
    </RecordSection>
  );
}

function AddEntryForm({ patientId, kind }: { patientId: string; kind: EntryKind }) {
  const { t } = useTranslation('records');
  const translate = (key: string) => t(key as never);
  const add = useAddRecordEntry(patientId);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<AddRecordEntryFormValues, unknown, AddRecordEntryInput>({
    resolver: zodResolver(addRecordEntryInputSchema),
    defaultValues: { kind, text: '' },
  });

  const onSubmit = handleSubmit((input) =>
    add.mutate(input, { onSuccess: () => reset({ kind, text: '' }), onError: (error) => applyFieldErrors(error, setError, FIELDS) }),
  );
  const formError = formAlertText(add.error, FIELDS);

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t(`entries.${kind}.addLabel`)}>
      <Stack gap="xs">
        <FormAlert>{formError}</FormAlert>
        <Group gap="sm" align="flex-start" wrap="nowrap">
          <TextInput
            label={t(`entries.${kind}.new`)}
            maxLength={ENTRY_TEXT_MAX_LENGTH}
            error={fieldMessage(errors.text, translate)}
            style={{ flex: 1 }}
            {...register('text')}
          />
          <Button type="submit" variant="light" leftSection={<PlusIcon size={16} />} loading={add.isPending} mt={25}>
            {t('entries.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
