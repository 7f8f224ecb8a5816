import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormActions, FormAlert } from '@/components/ui/form-fields';
import { CheckIcon } from '@/components/ui/icons';
import { applyFieldErrors, fieldMessage, formAlertText } from '@/lib/form-errors';
import type { PatientRecord } from '@/features/records/api/get-patient-record';
import {
  MEDICAL_HISTORY_MAX_LENGTH,
  medicalHistoryInputSchema,
  useUpdateMedicalHistory,
  type MedicalHistoryInput,
} from '@/features/records/api/update-medical-history';
import { preWrap, useRecordTime } from '@/features/records/components/format';

const FIELDS = ['text'] as const;

/** The patient's own account of their health: read by everyone with access, written by the patient. */
export function MedicalHistoryCard({ record }: { record: PatientRecord }) {
  const { t, i18n } = useTranslation('records');
  const when = useRecordTime(i18n.language);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);

  return (
    <Card component="section" aria-labelledby="history-heading" padding="lg">
      <Stack gap="sm">
        <Group justify="space-between" gap="sm">
          <Title order={2} id="history-heading" fz="h3">
            {t('history.heading')}
          </Title>
          {record.access.canEditHistory && !editing && (
            <Button variant="default" size="xs" onClick={() => { setSaved(false); setEditing(true); }}>
              {record.medicalHistory ? t('history.edit') : t('history.write')}
            </Button>
          )}
        </Group>
        {editing ? (
          <HistoryForm
            record={record}
            onDone={(didSave) => {
              setEditing(false);
              setSaved(didSave);
            }}
          />
        ) : (
          <>
            {record.medicalHistory ? (
              <Text style={preWrap}>{record.medicalHistory}</Text>
            ) : (
              <Text c="gray.7">{record.access.canEditHistory ? t('history.emptyOwn') : t('history.empty')}</Text>
            )}
            <Group gap="md">
              {record.historyUpdatedAt && (
                <Text size="sm" c="gray.7">
                  {t('history.updated', { when: when(record.historyUpdatedAt) })}
                </Text>
              )}
              <Text role="status" size="sm" c="careslot.8" fw={600} style={{ display: 'inline-flex', gap: 6, alignItems: 'center' }}>
                {saved && (
                  <>
                    <CheckIcon size={18} />
                    {t('history.saved')}
                  </>
                )}
              </Text>
            </Group>
          </>
        )}
      </Stack>
    </Card>
  );
}

function HistoryForm({ record, onDone }: { record: PatientRecord; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation('records');
  const translate = (key: string) => t(key as never);
  const update = useUpdateMedicalHistory(record.patient.id);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<MedicalHistoryInput>({ resolver: zodResolver(medicalHistoryInputSchema), defaultValues: { text: record.medicalHistory } });

  const onSubmit = handleSubmit((input) =>
    update.mutate(input, { onSuccess: () => onDone(true), onError: (error) => applyFieldErrors(error, setError, FIELDS) }),
  );
  const formError = formAlertText(update.error, FIELDS);

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <FormAlert>{formError}</FormAlert>
        <Textarea
          label={t('history.label')}
          description={t('history.hint')}
          autosize
          minRows={5}
          maxRows={20}
          maxLength={MEDICAL_HISTORY_MAX_LENGTH}
          data-autofocus
          error={fieldMessage(errors.text, translate)}
          {...register('text')}
        />
        <FormActions submitLabel={t('history.save')} pending={update.isPending} cancelLabel={t('cancel')} onCancel={() => onDone(false)} />
      </Stack>
    </form>
  );
}
