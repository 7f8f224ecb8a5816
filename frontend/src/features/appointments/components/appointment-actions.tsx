import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AlertIcon } from '@/components/ui/icons';
import { describeError } from '@/lib/form-errors';
import { browserTimeZone, formatLocale, formatTime } from '@/lib/time';
import { useNow } from '@/lib/use-now';
import { useCompleteAppointment } from '@/features/appointments/api/complete-appointment';
import { useConfirmAppointment } from '@/features/appointments/api/confirm-appointment';
import { noShowGraceMinutes, useBookingPolicy } from '@/features/appointments/api/get-booking-policy';
import type { Appointment } from '@/features/appointments/api/get-appointments';
import { useMarkNoShow } from '@/features/appointments/api/mark-no-show';
import { CancelAppointmentDialog } from '@/features/appointments/components/cancel-appointment-dialog';
import { closingMoves } from '@/features/appointments/components/format';

type Move = 'confirm' | 'complete' | 'noShow';

/**
 * The lifecycle moves a doctor or an admin may make: confirm a pending booking; complete a
 * confirmed one once it has started, or mark a no-show once the grace period after the start has
 * passed; cancel either. The server refuses illegal moves with 409, whose detail is shown.
 */
export function AppointmentActions({
  appointment,
  size = 'sm',
  onChanged,
  timeZone,
}: {
  appointment: Appointment;
  size?: 'xs' | 'sm';
  onChanged?: () => void;
  /** The zone the "No-show from …" hint is worded in; the viewer's by default. */
  timeZone?: string;
}) {
  const { t, i18n } = useTranslation('appointments');
  const policy = useBookingPolicy();
  const now = useNow();
  const moves = closingMoves(appointment, noShowGraceMinutes(policy.data), now);
  const confirm = useConfirmAppointment();
  const complete = useCompleteAppointment();
  const noShow = useMarkNoShow();
  const [cancelling, setCancelling] = useState(false);
  const [failed, setFailed] = useState<unknown>(null);
  const mutations = { confirm, complete, noShow };
  const busy = confirm.isPending || complete.isPending || noShow.isPending;

  const run = (move: Move) => {
    setFailed(null);
    mutations[move].mutate(appointment.id, { onSuccess: () => onChanged?.(), onError: setFailed });
  };
  const who = { patient: appointment.patientName };

  if (appointment.status !== 'PENDING' && appointment.status !== 'CONFIRMED') return null;

  return (
    <Stack gap="xs">
      <Group gap="xs" wrap="wrap">
        {appointment.status === 'PENDING' && (
          <Button size={size} loading={confirm.isPending} disabled={busy} onClick={() => run('confirm')} aria-label={t('actions.confirmLabel', who)}>
            {t('actions.confirm')}
          </Button>
        )}
        {moves.complete && (
          <Button size={size} loading={complete.isPending} disabled={busy} onClick={() => run('complete')} aria-label={t('actions.completeLabel', who)}>
            {t('actions.complete')}
          </Button>
        )}
        {moves.noShow && (
          <Button size={size} variant="default" loading={noShow.isPending} disabled={busy} onClick={() => run('noShow')} aria-label={t('actions.noShowLabel', who)}>
            {t('actions.noShow')}
          </Button>
        )}
        <Button size={size} variant="subtle" color="red" c="red.9" disabled={busy} onClick={() => setCancelling(true)} aria-haspopup="dialog" aria-label={t('actions.cancelLabel', who)}>
          {t('actions.cancel')}
        </Button>
      </Group>
      {appointment.status === 'CONFIRMED' && !moves.complete && (
        <Text size="xs" c="gray.7">
          {t('actions.notStarted')}
        </Text>
      )}
      {moves.complete && !moves.noShow && (
        <Text size="xs" c="gray.7">
          {t('actions.noShowFrom', { time: formatTime(moves.noShowFrom, timeZone ?? browserTimeZone(), formatLocale(i18n.language)) })}
        </Text>
      )}
      {failed !== null && (
        <Alert color="red" variant="light" icon={<AlertIcon />} role="alert" p="xs">
          {describeError(failed)}
        </Alert>
      )}
      <CancelAppointmentDialog
        appointment={cancelling ? appointment : null}
        onClose={() => setCancelling(false)}
        actor="STAFF"
        onCancelled={() => onChanged?.()}
      />
    </Stack>
  );
}
