import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Controller, useForm, type FieldErrors, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '@/components/ui/form-fields';
import { NumberField } from '@/components/ui/number-field';
import { CheckIcon } from '@/components/ui/icons';
import { ErrorState, LoadingState } from '@/components/ui/query-state';
import { TimeZoneSelect } from '@/components/ui/time-zone-select';
import { applyFieldErrors, fieldMessage, formAlertText } from '@/lib/form-errors';
import { WEEK_DAYS } from '@/lib/time';
import { useSchedule, type Schedule } from '@/features/scheduling/api/get-schedule';
import {
  scheduleFieldPath,
  toScheduleFormValues,
  updateScheduleInputSchema,
  useUpdateSchedule,
  type ScheduleFormValues,
  type UpdateScheduleInput,
} from '@/features/scheduling/api/update-schedule';
import { DayRow } from '@/features/scheduling/components/schedule-day-row';
import classes from './schedule-editor.module.css';

/** Loads the doctor's schedule and shows the editor, or why it cannot. */
export function ScheduleEditor({ doctorId }: { doctorId: string }) {
  const { t } = useTranslation('scheduling');
  const schedule = useSchedule(doctorId);
  if (schedule.isPending) {
    return (
      <LoadingState label={t('editor.loading')}>
        <Stack gap="md" aria-hidden="true">
          <Skeleton height={180} radius="lg" />
          <Skeleton height={360} radius="lg" />
        </Stack>
      </LoadingState>
    );
  }
  if (schedule.isError) {
    return (
      <ErrorState
        title={t('editor.errorTitle')}
        error={schedule.error}
        onRetry={() => void schedule.refetch()}
        retrying={schedule.isFetching}
      />
    );
  }
  return <ScheduleForm doctorId={doctorId} schedule={schedule.data} />;
}

const RULE_FIELDS = ['slotMinutes', 'bufferMinutes', 'minNoticeMinutes', 'horizonDays'] as const;
type RuleField = (typeof RULE_FIELDS)[number];
const RULE_LIMITS: Record<RuleField, { min: number; max: number; step: number }> = {
  slotMinutes: { min: 5, max: 240, step: 5 },
  bufferMinutes: { min: 0, max: 240, step: 5 },
  minNoticeMinutes: { min: 0, max: 43_200, step: 15 },
  horizonDays: { min: 1, max: 730, step: 1 },
};

export function ScheduleForm({ doctorId, schedule }: { doctorId: string; schedule: Schedule }) {
  const { t } = useTranslation('scheduling');
  const translate = (key: string) => t(key as never);
  const update = useUpdateSchedule(doctorId);
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const defaultValues = useMemo(() => toScheduleFormValues(schedule), [schedule]);
  const {
    control,
    register,
    handleSubmit,
    setError,
    getValues,
    reset,
    formState: { errors, isDirty },
  } = useForm<ScheduleFormValues, unknown, UpdateScheduleInput>({
    resolver: zodResolver(updateScheduleInputSchema),
    defaultValues,
  });

  const fieldFor = (apiField: string) => scheduleFieldPath(getValues('days'), apiField) as Path<ScheduleFormValues> | undefined;

  const onSubmit = handleSubmit((input) => {
    setSavedAt(null);
    update.mutate(input, {
      onSuccess: (saved) => {
        reset(toScheduleFormValues(saved));
        setSavedAt(Date.now());
      },
      onError: (error) => applyFieldErrors(error, setError, fieldFor),
    });
  });

  const formError = formAlertText(update.error, fieldFor);
  const weeklyError = (errors as FieldErrors<ScheduleFormValues & { weekly: string }>).weekly?.message;

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('editor.formLabel')}>
      <Stack gap="lg">
        <FormAlert>{formError}</FormAlert>

        <Card component="section" aria-labelledby="rules-heading">
          <Stack gap="md">
            <Stack gap={2}>
              <Title order={2} id="rules-heading" fz="h3">
                {t('editor.rulesHeading')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('editor.rulesText')}
              </Text>
            </Stack>
            <Controller
              name="timeZone"
              control={control}
              render={({ field, fieldState }) => (
                <TimeZoneSelect
                  ref={field.ref}
                  name={field.name}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  label={t('editor.timeZone')}
                  description={t('editor.timeZoneHint')}
                  error={fieldMessage(fieldState.error, translate)}
                  maw={420}
                />
              )}
            />
            <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
              {RULE_FIELDS.map((name) => (
                <NumberField
                  key={name}
                  control={control}
                  name={name}
                  label={t(`editor.${name}`)}
                  description={t(`editor.${name}Hint`)}
                  min={RULE_LIMITS[name].min}
                  max={RULE_LIMITS[name].max}
                  step={RULE_LIMITS[name].step}
                  allowDecimal={false}
                  allowNegative={false}
                  clampBehavior="none"
                  errorText={(error) => fieldMessage(error, translate)}
                  inputMode="numeric"
                  size="md"
                />
              ))}
            </SimpleGrid>
          </Stack>
        </Card>

        <Card component="section" aria-labelledby="weekly-heading">
          <Stack gap="md">
            <Stack gap={2}>
              <Title order={2} id="weekly-heading" fz="h3">
                {t('editor.weeklyHeading')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('editor.weeklyText')}
              </Text>
            </Stack>
            <FormAlert>{weeklyError}</FormAlert>
            <div className={classes.week}>
              {WEEK_DAYS.map((day, index) => (
                <DayRow key={day} day={day} index={index} control={control} register={register} errors={errors} />
              ))}
            </div>
          </Stack>
        </Card>

        <Group gap="md" className={classes.actions}>
          <Button type="submit" size="md" loading={update.isPending}>
            {t('editor.save')}
          </Button>
          <Button variant="default" size="md" disabled={!isDirty || update.isPending} onClick={() => reset(defaultValues)}>
            {t('editor.discard')}
          </Button>
          <Text role="status" size="sm" c="careslot.8" fw={600} style={{ display: 'inline-flex', gap: 6, alignItems: 'center' }}>
            {savedAt && !isDirty && (
              <>
                <CheckIcon size={18} />
                {t('editor.saved')}
              </>
            )}
          </Text>
        </Group>
      </Stack>
    </form>
  );
}
