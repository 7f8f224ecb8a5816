import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '@/components/ui/form-fields';
import { AlertIcon } from '@/components/ui/icons';
import { applyFieldErrors, fieldMessage, formAlertText } from '@/lib/form-errors';
import { BREAK_GLASS_HEADER } from '@/features/records/api/get-patient-record';
import {
  breakGlassInputSchema,
  type BreakGlassFormValues,
  type BreakGlassInput,
  type useBreakGlassRead,
} from '@/features/records/api/break-glass-read';

// The API names the header as the field at fault.
const fieldOf = (apiField: string) => (apiField === BREAK_GLASS_HEADER || apiField === 'reason' ? ('reason' as const) : undefined);

type BreakGlassDialogProps = {
  opened: boolean;
  onClose: () => void;
  patientName: string;
  read: ReturnType<typeof useBreakGlassRead>;
};

/** Asks an admin why they must read a record, and says plainly who will see that they did. */
export function BreakGlassDialog({ opened, onClose, patientName, read }: BreakGlassDialogProps) {
  const { t } = useTranslation('records');
  return (
    <Modal opened={opened} onClose={onClose} title={t('breakGlass.title')} size="lg" closeButtonProps={{ 'aria-label': t('dismiss') }}>
      {opened && <BreakGlassForm patientName={patientName} read={read} onClose={onClose} />}
    </Modal>
  );
}

function BreakGlassForm({ patientName, read, onClose }: Omit<BreakGlassDialogProps, 'opened'>) {
  const { t } = useTranslation('records');
  const translate = (key: string) => t(key as never);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<BreakGlassFormValues, unknown, BreakGlassInput>({ resolver: zodResolver(breakGlassInputSchema), defaultValues: { reason: '' } });

  const onSubmit = handleSubmit((input) =>
    read.mutate(input, { onSuccess: onClose, onError: (error) => applyFieldErrors(error, setError, fieldOf) }),
  );
  const formError = formAlertText(read.error, fieldOf);

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <Alert color="orange" variant="light" icon={<AlertIcon />} role="note">
          {t('breakGlass.warning', { name: patientName })}
        </Alert>
        <FormAlert>{formError}</FormAlert>
        <Textarea
          label={t('breakGlass.reason')}
          description={t('breakGlass.reasonHint')}
          autosize
          minRows={3}
          maxRows={6}
          maxLength={500}
          data-autofocus
          error={fieldMessage(errors.reason, translate)}
          {...register('reason')}
        />
        <Text size="sm" c="gray.7">
          {t('breakGlass.readOnly')}
        </Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('cancel')}
          </Button>
          <Button type="submit" color="orange.9" loading={read.isPending}>
            {t('breakGlass.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
