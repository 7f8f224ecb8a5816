import { zodResolver } from '@hookform/resolvers/zod';
import {
  Autocomplete,
  Button,
  Fieldset,
  Group,
  MultiSelect,
  NativeSelect,
  PasswordInput,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMemo } from 'react';
import { Controller, useForm, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormAlert, PhoneInput } from '@/components/ui/form-fields';
import { NumberField } from '@/components/ui/number-field';
import { TimeZoneSelect } from '@/components/ui/time-zone-select';
import { isApiError } from '@/lib/api-client';
import { applyFieldErrors, fieldMessage, formAlertText } from '@/lib/form-errors';
import { languageOptions } from '@/lib/languages';
import { browserTimeZone, formatLocale } from '@/lib/time';
import { canonicalTimeZone } from '@/lib/time-zones';
import {
  createDoctorInputSchema,
  doctorFormField,
  useCreateDoctor,
  type CreateDoctorInput,
  type DoctorFormValues,
} from '@/features/doctors/api/create-doctor';
import type { AdminDoctor } from '@/features/doctors/api/get-admin-doctors';
import { useSpecialties } from '@/features/doctors/api/get-specialties';
import { registerDoctorInputSchema, useRegisterDoctor } from '@/features/doctors/api/register-doctor';
import { formatSpecialty } from '@/features/doctors/components/format';
const CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF'];

type DoctorAccountFormProps =
  | { mode: 'admin'; onCreated: (doctor: AdminDoctor) => void; onCancel?: () => void }
  | { mode: 'self'; onCreated: () => void; onCancel?: () => void };

/**
 * A doctor's account and practice details. Admins create listed doctors straight away (and set
 * the prepayment rule); doctors applying themselves wait for an admin's approval.
 */
export function DoctorAccountForm(props: DoctorAccountFormProps) {
  const { mode, onCancel } = props;
  const { t, i18n } = useTranslation('doctors');
  const translate = (key: string) => t(key as never);
  const locale = formatLocale(i18n.language);
  const specialties = useSpecialties();
  const languages = useMemo(() => languageOptions(locale), [locale]);
  const create = useCreateDoctor({ onSuccess: mode === 'admin' ? props.onCreated : undefined });
  const apply = useRegisterDoctor({ onSuccess: mode === 'self' ? () => props.onCreated() : undefined });
  const mutation = mode === 'admin' ? create : apply;

  const {
    control,
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<DoctorFormValues, unknown, CreateDoctorInput>({
    resolver: zodResolver(mode === 'admin' ? createDoctorInputSchema : (registerDoctorInputSchema as unknown as typeof createDoctorInputSchema)),
    defaultValues: {
      fullName: '',
      email: '',
      password: '',
      specialty: '',
      timeZone: canonicalTimeZone(browserTimeZone()),
      bio: '',
      yearsOfExperience: '',
      languages: [],
      feeAmount: '',
      feeCurrency: 'EUR',
      slotMinutes: 20,
      practiceName: '',
      practiceAddress: '',
      practiceCity: '',
      practicePhone: '',
      prepaymentRequired: false,
    },
  });

  const fieldFor = (apiField: string) => doctorFormField(apiField) as Path<DoctorFormValues> | undefined;
  const onSubmit = handleSubmit((input) => {
    const onError = (error: unknown) => {
      if (applyFieldErrors(error, setError, fieldFor)) return;
      if (isApiError(error) && error.status === 409) {
        setError('email', { type: 'server', message: t('form.emailTaken') }, { shouldFocus: true });
      }
    };
    if (mode === 'admin') create.mutate(input, { onError });
    else apply.mutate(input, { onError });
  });

  const error = mutation.error;
  const formError = isApiError(error) && error.status === 409 && error.errors.length === 0 ? null : formAlertText(error, fieldFor);

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t(mode === 'admin' ? 'form.adminLabel' : 'form.selfLabel')}>
      <Stack gap="lg">
        <FormAlert>{formError}</FormAlert>

        <Fieldset legend={<Legend>{t('form.account')}</Legend>} radius="md" variant="unstyled" p={0}>
          <Stack gap="md">
            <TextInput label={t('form.fullName')} description={t('form.fullNameHint')} autoComplete="name" error={fieldMessage(errors.fullName, translate)} {...register('fullName')} />
            <TextInput
              label={t('form.email')}
              type="email"
              autoComplete={mode === 'self' ? 'email' : 'off'}
              autoCapitalize="none"
              spellCheck={false}
              error={fieldMessage(errors.email, translate)}
              {...register('email')}
            />
            <PasswordInput
              label={t(mode === 'admin' ? 'form.initialPassword' : 'form.password')}
              description={t(mode === 'admin' ? 'form.initialPasswordHint' : 'form.passwordHint')}
              autoComplete="new-password"
              error={fieldMessage(errors.password, translate)}
              visibilityToggleButtonProps={{ 'aria-label': t('form.showPassword') }}
              {...register('password')}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend={<Legend>{t('form.practice')}</Legend>} radius="md" variant="unstyled" p={0}>
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <Controller
                name="specialty"
                control={control}
                render={({ field, fieldState }) => (
                  <Autocomplete
                    ref={field.ref}
                    name={field.name}
                    value={field.value}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    label={t('form.specialty')}
                    description={t('form.specialtyHint')}
                    data={(specialties.data ?? []).map((value) => ({ value, label: formatSpecialty(value) }))}
                    error={fieldMessage(fieldState.error, translate)}
                    size="md"
                  />
                )}
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
                    label={t('form.timeZone')}
                    description={t('form.timeZoneHint')}
                    error={fieldMessage(fieldState.error, translate)}
                    size="md"
                  />
                )}
              />
              <NumberField
                control={control}
                name="yearsOfExperience"
                label={t('form.years')}
                description={t('form.yearsHint')}
                min={0}
                max={80}
                allowDecimal={false}
                allowNegative={false}
                errorText={(error) => fieldMessage(error, translate)}
                size="md"
              />
              <NumberField
                control={control}
                name="slotMinutes"
                label={t('form.slotMinutes')}
                description={t('form.slotMinutesHint')}
                min={5}
                max={240}
                step={5}
                allowDecimal={false}
                allowNegative={false}
                errorText={(error) => fieldMessage(error, translate)}
                size="md"
              />
              <NumberField
                control={control}
                name="feeAmount"
                label={t('form.fee')}
                description={t('form.feeHint')}
                min={0}
                decimalScale={2}
                allowNegative={false}
                errorText={(error) => fieldMessage(error, translate)}
                size="md"
              />
              <NativeSelect label={t('form.currency')} description={t('form.currencyHint')} data={CURRENCIES} error={fieldMessage(errors.feeCurrency, translate)} size="md" {...register('feeCurrency')} />
            </SimpleGrid>

            <Controller
              name="languages"
              control={control}
              render={({ field, fieldState }) => (
                <MultiSelect
                  ref={field.ref}
                  name={field.name}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  label={t('form.languages')}
                  description={t('form.languagesHint')}
                  placeholder={field.value.length ? undefined : t('form.languagesPlaceholder')}
                  data={languages}
                  searchable
                  hidePickedOptions
                  nothingFoundMessage={t('form.languagesNone')}
                  maxDropdownHeight={280}
                  comboboxProps={{ keepMounted: false }}
                  error={fieldMessage(fieldState.error, translate)}
                  size="md"
                />
              )}
            />

            <Textarea size="md" label={t('form.bio')} description={t('form.bioHint')} autosize minRows={3} maxRows={8} error={fieldMessage(errors.bio, translate)} {...register('bio')} />

            {mode === 'admin' && (
              <Switch size="md" label={t('form.prepayment')} description={t('form.prepaymentHint')} error={fieldMessage(errors.prepaymentRequired, translate)} {...register('prepaymentRequired')} />
            )}
          </Stack>
        </Fieldset>

        <Fieldset legend={<Legend>{t('form.practiceAddress')}</Legend>} radius="md" variant="unstyled" p={0}>
          <Stack gap="md">
            <Text size="sm" c="dimmed" mt={-8}>
              {t('form.practiceHint')}
            </Text>
            <TextInput label={t('form.practiceName')} autoComplete="organization" error={fieldMessage(errors.practiceName, translate)} {...register('practiceName')} />
            <TextInput label={t('form.practiceStreet')} autoComplete="street-address" error={fieldMessage(errors.practiceAddress, translate)} {...register('practiceAddress')} />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <TextInput label={t('form.practiceCity')} autoComplete="address-level2" error={fieldMessage(errors.practiceCity, translate)} {...register('practiceCity')} />
              <PhoneInput
                label={t('form.practicePhone')}
                error={fieldMessage(errors.practicePhone, translate)}
                {...register('practicePhone')}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>

        <Group gap="sm">
          <Button type="submit" size="md" loading={mutation.isPending}>
            {t(mode === 'admin' ? 'form.create' : 'form.apply')}
          </Button>
          {onCancel && (
            <Button variant="default" size="md" onClick={onCancel}>
              {t('form.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}

function Legend({ children }: { children: string }) {
  return (
    <Text component="span" fw={650} fz="lg" c="gray.9">
      {children}
    </Text>
  );
}
