import { Alert, Button, Group, Modal, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AlertIcon } from '@/components/ui/icons';
import { isApiError } from '@/lib/api-client';
import { describeError } from '@/lib/form-errors';
import { browserTimeZone, formatLocale } from '@/lib/time';
import type { Appointment } from '@/features/appointments/api/get-appointments';
import { useRescheduleAppointment } from '@/features/appointments/api/reschedule-appointment';
import { formatDay, formatTimeRange } from '@/features/appointments/components/format';

type RescheduleDialogProps = {
  appointment: Appointment;
  /** The newly picked free slot, or null while none is picked. */
  slot: { start: string; end: string } | null;
  onClose: () => void;
  onRescheduled: (appointment: Appointment) => void;
  timeZone?: string;
};

/** "Move from … to …?": the last look before the server swaps the times atomically. */
export function RescheduleDialog({ appointment, slot, onClose, onRescheduled, timeZone }: RescheduleDialogProps) {
  const { t } = useTranslation('appointments');
  return (
    <Modal opened={slot !== null} onClose={onClose} title={t('reschedule.confirmTitle')} size="lg" closeButtonProps={{ 'aria-label': t('reschedule.close') }}>
      {slot && (
        <RescheduleConfirm
          key={slot.start}
          appointment={appointment}
          slot={slot}
          onClose={onClose}
          onRescheduled={onRescheduled}
          timeZone={timeZone}
        />
      )}
    </Modal>
  );
}

/**
 * The comparison and the move itself, for a dialog of its own (above) or a step in another one.
 * The secondary action goes back: "Keep current time", or `backLabel` where it returns to the times.
 */
export function RescheduleConfirm({
  appointment,
  slot,
  onClose,
  onRescheduled,
  timeZone,
  backLabel,
}: RescheduleDialogProps & { slot: { start: string; end: string }; backLabel?: string }) {
  const { t, i18n } = useTranslation('appointments');
  const locale = formatLocale(i18n.language);
  const zone = timeZone ?? browserTimeZone();
  const reschedule = useRescheduleAppointment({ onSuccess: onRescheduled });
  const conflict = isApiError(reschedule.error) && reschedule.error.status === 409;

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <Paper p="md" radius="md" withBorder bg="gray.0">
          <Text size="xs" fw={700} tt="uppercase" c="gray.7" lts={0.5}>
            {t('reschedule.from')}
          </Text>
          <Text td="line-through" c="gray.7">
            {formatDay(appointment.start, zone, locale, false)}
          </Text>
          <Text td="line-through" c="gray.7" fw={600}>
            {formatTimeRange(appointment.start, appointment.end, zone, locale)}
          </Text>
        </Paper>
        <Paper p="md" radius="md" withBorder bg="careslot.0" style={{ borderColor: 'var(--mantine-color-careslot-3)' }}>
          <Text size="xs" fw={700} tt="uppercase" c="careslot.9" lts={0.5}>
            {t('reschedule.to')}
          </Text>
          <Text>{formatDay(slot.start, zone, locale, false)}</Text>
          <Text fw={650}>{formatTimeRange(slot.start, slot.end, zone, locale)}</Text>
        </Paper>
      </SimpleGrid>
      <Text size="sm" c="gray.7">
        {t('reschedule.atomic', { doctor: appointment.doctorName })}
      </Text>

      {reschedule.isError && (
        <Alert
          color={conflict ? 'orange' : 'red'}
          variant="light"
          icon={<AlertIcon />}
          role="alert"
          title={conflict ? t('reschedule.conflictTitle') : undefined}
        >
          <Stack gap="sm" align="flex-start">
            {/* The server says which: the new time was taken, or the old one is inside the cutoff. */}
            <Text size="sm">{conflict ? (reschedule.error as { detail?: string }).detail ?? t('book.takenText') : describeError(reschedule.error)}</Text>
            {conflict && (
              <Button size="xs" variant="default" onClick={onClose}>
                {t('book.pickAnother')}
              </Button>
            )}
          </Stack>
        </Alert>
      )}

      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onClose}>
          {backLabel ?? t('reschedule.keep')}
        </Button>
        <Button loading={reschedule.isPending} disabled={conflict} onClick={() => reschedule.mutate({ id: appointment.id, start: slot.start })}>
          {t('reschedule.submit')}
        </Button>
      </Group>
    </Stack>
  );
}
