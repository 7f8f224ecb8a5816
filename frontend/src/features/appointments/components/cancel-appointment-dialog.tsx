import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Loader, Modal, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CallClinic } from '@/components/ui/call-clinic';
import { FormAlert } from '@/components/ui/form-fields';
import { AlertIcon } from '@/components/ui/icons';
import { applyFieldErrors, fieldMessage, formAlertText } from '@/lib/form-errors';
import { browserTimeZone, formatDateTime, formatLocale, toDate } from '@/lib/time';
import {
  cancelAppointmentInputSchema,
  useCancelAppointment,
  type CancelAppointmentFormValues,
  type CancelAppointmentInput,
} from '@/features/appointments/api/cancel-appointment';
import { DEFAULT_BOOKING_POLICY, useBookingPolicy } from '@/features/appointments/api/get-booking-policy';
import type { Appointment } from '@/features/appointments/api/get-appointments';
import { beforeCutoff, formatDay, formatTimeRange } from '@/features/appointments/components/format';

type CancelAppointmentDialogProps = {
  appointment: Appointment | null;
  onClose: () => void;
  /** Patients are bound by the cutoff; doctors and admins may always cancel. */
  actor: 'PATIENT' | 'STAFF';
  onCancelled?: (appointment: Appointment) => void;
  timeZone?: string;
  /** The clinic's number, offered when it is too late to cancel online. */
  clinicPhone?: string | null;
};

export function CancelAppointmentDialog({ appointment, onClose, ...rest }: CancelAppointmentDialogProps) {
  const { t } = useTranslation('appointments');
  return (
    <Modal opened={appointment !== null} onClose={onClose} title={t('cancel.title')} size="lg" closeButtonProps={{ 'aria-label': t('cancel.close') }}>
      {appointment && <CancelForm key={appointment.id} appointment={appointment} onClose={onClose} {...rest} />}
    </Modal>
  );
}

const FIELDS = ['reason'] as const;

function CancelForm({ appointment, onClose, actor, onCancelled, timeZone, clinicPhone }: CancelAppointmentDialogProps & { appointment: Appointment }) {
  const { t, i18n } = useTranslation('appointments');
  const translate = (key: string) => t(key as never);
  const locale = formatLocale(i18n.language);
  const viewerZone = timeZone ?? browserTimeZone();
  const policy = useBookingPolicy();
  const cancel = useCancelAppointment({
    onSuccess: (cancelled) => {
      onCancelled?.(cancelled);
      onClose();
    },
  });
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<CancelAppointmentFormValues, unknown, CancelAppointmentInput>({
    resolver: zodResolver(cancelAppointmentInputSchema),
    defaultValues: { reason: '' },
  });

  const hours = (policy.data ?? DEFAULT_BOOKING_POLICY).patientCancellationCutoffHours;
  const deadline = new Date(toDate(appointment.start).getTime() - hours * 3_600_000);
  const allowed = actor === 'STAFF' || beforeCutoff(appointment.start, hours);

  const onSubmit = handleSubmit((input) =>
    cancel.mutate({ id: appointment.id, input }, { onError: (error) => applyFieldErrors(error, setError, FIELDS) }),
  );
  const formError = formAlertText(cancel.error, FIELDS);

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <Paper bg="gray.0" p="md" radius="md" withBorder>
          <Stack gap={2}>
            <Text fw={650}>{actor === 'PATIENT' ? appointment.doctorName : t('cancel.withPatient', { patient: appointment.patientName, doctor: appointment.doctorName })}</Text>
            <Text>
              {formatDay(appointment.start, viewerZone, locale)}, {formatTimeRange(appointment.start, appointment.end, viewerZone, locale)}
            </Text>
          </Stack>
        </Paper>

        <Stack gap={6} aria-live="polite">
          <Text fw={650}>{t('cancel.policyHeading')}</Text>
          {actor === 'STAFF' ? (
            <Text size="sm">{t('cancel.staffPolicy', { hours })}</Text>
          ) : policy.isPending ? (
            <Group gap="xs">
              <Loader size="xs" />
              <Text size="sm">{t('cancel.policyLoading')}</Text>
            </Group>
          ) : (
            <>
              <Text size="sm">{t('cancel.patientPolicy', { count: hours })}</Text>
              {allowed ? (
                <Text size="sm">{t('cancel.deadline', { deadline: formatDateTime(deadline, viewerZone, locale) })}</Text>
              ) : (
                <Alert color="orange" variant="light" icon={<AlertIcon />}>
                  {t('cancel.tooLate', { count: hours })} <CallClinic phone={clinicPhone} />
                </Alert>
              )}
            </>
          )}
          {appointment.paymentStatus === 'PAID' && <Text size="sm">{t('cancel.paidNote')}</Text>}
        </Stack>

        <FormAlert>{formError}</FormAlert>

        {allowed && (
          <Textarea
            label={t('cancel.reason')}
            description={t('cancel.reasonHint')}
            autosize
            minRows={2}
            maxRows={5}
            maxLength={500}
            error={fieldMessage(errors.reason, translate)}
            {...register('reason')}
          />
        )}

        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onClose}>
            {t('cancel.keep')}
          </Button>
          {allowed && (
            <Button type="submit" color="red.9" loading={cancel.isPending}>
              {t('cancel.submit')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
