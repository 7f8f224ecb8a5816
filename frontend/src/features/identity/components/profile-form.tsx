import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Card, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { AlertIcon, CheckIcon } from '@/components/ui/icons';
import { TimeZoneSelect } from '@/components/ui/time-zone-select';
import { LANGUAGES, type User } from '@/lib/auth';
import { applyFieldErrors, formAlertText } from '@/lib/form-errors';
import {
  updateProfileInputSchema,
  useUpdateProfile,
  type UpdateProfileFormValues,
  type UpdateProfileInput,
} from '@/features/identity/api/update-profile';
import { fieldErrorText } from '@/features/identity/components/form-error-text';
import { RoleBadge } from '@/features/identity/components/role-badge';

const FIELDS = ['fullName', 'phone', 'language', 'timeZone'] as const;

function formValues(user: User): UpdateProfileFormValues {
  return { fullName: user.fullName, phone: user.phone ?? '', language: user.language ?? 'en', timeZone: user.timeZone ?? '' };
}

/** Name, phone number and how texts are written; the email is the sign-in and stays as it is. */
export function ProfileForm({ user }: { user: User }) {
  const { t } = useTranslation('auth');
  const [saved, setSaved] = useState(false);
  const update = useUpdateProfile();
  const {
    register,
    control,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isDirty },
  } = useForm<UpdateProfileFormValues, unknown, UpdateProfileInput>({
    resolver: zodResolver(updateProfileInputSchema),
    defaultValues: formValues(user),
  });

  const onSubmit = handleSubmit((input) => {
    setSaved(false);
    update.mutate(input, {
      onSuccess: (updated) => {
        reset(formValues(updated));
        setSaved(true);
      },
      onError: (error) => applyFieldErrors(error, setError, FIELDS),
    });
  });
  const formError = formAlertText(update.error, FIELDS);

  return (
    <Card component="section" aria-labelledby="profile-details-heading" maw={640} p={{ base: 'lg', sm: 'xl' }}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="lg">
          <Group justify="space-between" gap="sm">
            <Title order={2} id="profile-details-heading" fz="h3">
              {t('profile.detailsHeading')}
            </Title>
            <RoleBadge role={user.role} size="md" />
          </Group>
          {formError && (
            <Alert color="red" variant="light" icon={<AlertIcon />} role="alert">
              {formError}
            </Alert>
          )}
          <TextInput label={t('fields.email')} value={user.email} readOnly description={t('profile.emailHint')} variant="filled" />
          <TextInput label={t('fields.fullName')} autoComplete="name" error={fieldErrorText(errors.fullName, t)} {...register('fullName')} />
          <TextInput
            label={t('fields.phone')}
            description={t('signUp.phoneHint')}
            type="tel"
            autoComplete="tel"
            inputMode="tel"
            error={fieldErrorText(errors.phone, t)}
            {...register('phone')}
          />
          <NativeSelect
            label={t('fields.language')}
            description={t('profile.languageHint')}
            data={LANGUAGES.map((l) => ({ value: l.value, label: l.label }))}
            error={fieldErrorText(errors.language, t)}
            {...register('language')}
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
                label={t('fields.timeZone')}
                description={t('profile.timeZoneHint')}
                emptyLabel={t('profile.doctorsTimeZone')}
                error={fieldErrorText(fieldState.error, t)}
              />
            )}
          />
          <Group gap="md">
            <Button type="submit" size="md" loading={update.isPending} disabled={!isDirty && !update.isError}>
              {t('profile.save')}
            </Button>
            <Text role="status" size="sm" c="careslot.8" fw={600} style={{ display: 'inline-flex', gap: 6, alignItems: 'center' }}>
              {saved && !isDirty && (
                <>
                  <CheckIcon size={18} />
                  {t('profile.saved')}
                </>
              )}
            </Text>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
