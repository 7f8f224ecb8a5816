import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormAlert, PhoneInput } from '@/components/ui/form-fields';
import { CheckIcon } from '@/components/ui/icons';
import { QueryView } from '@/components/ui/query-state';
import { TimeZoneSelect } from '@/components/ui/time-zone-select';
import { applyFieldErrors, fieldMessage, formAlertText } from '@/lib/form-errors';
import { useClinic, type Clinic } from '@/features/clinic/api/get-clinic';
import {
  updateClinicInputSchema,
  useUpdateClinic,
  type UpdateClinicFormValues,
  type UpdateClinicInput,
} from '@/features/clinic/api/update-clinic';

const FIELDS = ['name', 'phone', 'timeZone'] as const;

/** Admins: the clinic's name, the number patients are told to call, and its time zone. */
export function ClinicSettings() {
  const { t } = useTranslation('clinic');
  const clinic = useClinic();
  return (
    <QueryView query={clinic} loadingLabel={t('settings.loading')} skeleton={{ count: 3, height: 56 }} errorTitle={t('settings.errorTitle')} empty={null} isEmpty={() => false}>
      {(data) => <ClinicSettingsForm clinic={data} />}
    </QueryView>
  );
}

function toValues(clinic: Clinic): UpdateClinicFormValues {
  return { name: clinic.name, phone: clinic.phone ?? '', timeZone: clinic.timeZone };
}

export function ClinicSettingsForm({ clinic }: { clinic: Clinic }) {
  const { t } = useTranslation('clinic');
  const translate = (key: string) => t(key as never);
  const [saved, setSaved] = useState(false);
  const update = useUpdateClinic();
  const {
    register,
    control,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isDirty },
  } = useForm<UpdateClinicFormValues, unknown, UpdateClinicInput>({
    resolver: zodResolver(updateClinicInputSchema),
    defaultValues: toValues(clinic),
  });

  const onSubmit = handleSubmit((input) => {
    setSaved(false);
    update.mutate(input, {
      onSuccess: (updated) => {
        reset(toValues(updated));
        setSaved(true);
      },
      onError: (error) => applyFieldErrors(error, setError, FIELDS),
    });
  });
  const formError = formAlertText(update.error, FIELDS);

  return (
    <Card component="section" aria-labelledby="clinic-settings-heading" maw={640} p={{ base: 'lg', sm: 'xl' }}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="lg">
          <Stack gap={2}>
            <Title order={2} id="clinic-settings-heading" fz="h3">
              {t('settings.heading')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('settings.text')}
            </Text>
          </Stack>
          <FormAlert>{formError}</FormAlert>
          <TextInput label={t('settings.name')} autoComplete="organization" error={fieldMessage(errors.name, translate)} {...register('name')} />
          <PhoneInput
            label={t('settings.phone')}
            description={t('settings.phoneHint')}
            error={fieldMessage(errors.phone, translate)}
            {...register('phone')}
          />
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
                label={t('settings.timeZone')}
                description={t('settings.timeZoneHint')}
                error={fieldMessage(fieldState.error, translate)}
                size="md"
              />
            )}
          />
          <Group gap="md">
            <Button type="submit" size="md" loading={update.isPending} disabled={!isDirty && !update.isError}>
              {t('settings.save')}
            </Button>
            <Text role="status" size="sm" c="careslot.8" fw={600} style={{ display: 'inline-flex', gap: 6, alignItems: 'center' }}>
              {saved && !isDirty && (
                <>
                  <CheckIcon size={18} />
                  {t('settings.saved')}
                </>
              )}
            </Text>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
