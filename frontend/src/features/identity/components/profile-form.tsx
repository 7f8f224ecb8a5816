import { zodResolver } from '@hookform/resolvers/zod';
import { Badge, Button, Card, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormAlert, SecretInput } from '@/components/ui/form-fields';
import { CheckIcon } from '@/components/ui/icons';
import { TimeZoneSelect } from '@/components/ui/time-zone-select';
import { isApiError } from '@/lib/api-client';
import { LANGUAGES, type User } from '@/lib/auth';
import { applyFieldErrors, formAlertText } from '@/lib/form-errors';
import {
  isNewPhone,
  normalizePhone,
  updateProfileInputSchema,
  useUpdateProfile,
  type UpdateProfileFormValues,
  type UpdateProfileInput,
} from '@/features/identity/api/update-profile';
import { fieldErrorText } from '@/features/identity/components/form-error-text';
import { RoleBadge } from '@/features/identity/components/role-badge';

const FIELDS = ['fullName', 'phone', 'language', 'timeZone', 'currentPassword'] as const;

function formValues(user: User): UpdateProfileFormValues {
  return {
    fullName: user.fullName,
    phone: user.phone ?? '',
    language: user.language ?? 'en',
    timeZone: user.timeZone ?? '',
    currentPassword: '',
  };
}

/** Whether the saved number is confirmed, beside the number while the field still shows it. */
function PhoneStatusBadge({ verified }: { verified: boolean }) {
  const { t } = useTranslation('auth');
  return (
    <Badge component="span" variant="light" color={verified ? 'green' : 'orange'} tt="none" fw={650} mr={6}>
      {verified ? t('profile.phoneConfirmed') : t('profile.phoneUnconfirmed')}
    </Badge>
  );
}

/** 403 for a new number: accounts without a password need a recent sign-in instead. */
function needsFreshSignIn(error: unknown, sent: UpdateProfileInput | undefined): boolean {
  return isApiError(error) && error.status === 403 && sent !== undefined && 'currentPassword' in sent;
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
    watch,
    formState: { errors, isDirty },
  } = useForm<UpdateProfileFormValues, unknown, UpdateProfileInput>({
    resolver: zodResolver(updateProfileInputSchema),
    defaultValues: formValues(user),
  });

  const phone = watch('phone');
  const newPhone = isNewPhone(phone, user.phone);
  // accounts made by a social sign-in have no password: a recent sign-in proves them instead
  const asksPassword = newPhone && user.hasPassword !== false;
  const showsSavedPhone = Boolean(user.phone) && normalizePhone(phone) === user.phone;

  const onSubmit = handleSubmit(({ currentPassword, ...input }) => {
    setSaved(false);
    if (asksPassword && !currentPassword) {
      setError('currentPassword', { message: 'validation.passwordRequired' }, { shouldFocus: true });
      return;
    }
    // the password proves a new number only; a hidden field keeps no secret for later saves
    update.mutate(isNewPhone(input.phone, user.phone) ? { ...input, currentPassword } : input, {
      onSuccess: (updated) => {
        reset(formValues(updated));
        setSaved(true);
      },
      onError: (error) => applyFieldErrors(error, setError, FIELDS),
    });
  });
  const formError = needsFreshSignIn(update.error, update.variables) ? t('profile.signInAgain') : formAlertText(update.error, FIELDS);

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
          <FormAlert>{formError}</FormAlert>
          <TextInput label={t('fields.email')} value={user.email} readOnly description={t('profile.emailHint')} variant="filled" />
          <TextInput label={t('fields.fullName')} autoComplete="name" error={fieldErrorText(errors.fullName, t)} {...register('fullName')} />
          <TextInput
            label={t('fields.phone')}
            description={
              <>
                {showsSavedPhone && <PhoneStatusBadge verified={Boolean(user.phoneVerified)} />}
                {t('signUp.phoneHint')}
              </>
            }
            type="tel"
            autoComplete="tel"
            inputMode="tel"
            error={fieldErrorText(errors.phone, t)}
            {...register('phone')}
          />
          {asksPassword && (
            <SecretInput
              label={t('fields.currentPassword')}
              description={t('profile.currentPasswordHint')}
              autoComplete="current-password"
              error={fieldErrorText(errors.currentPassword, t)}
              // Mantine marks only the wrapper of a password input; say it to assistive technology too
              aria-invalid={Boolean(errors.currentPassword)}
              toggleLabel={t('showSecret')}
              {...register('currentPassword')}
            />
          )}
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
