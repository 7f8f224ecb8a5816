import { useTranslation } from 'react-i18next';
import { StatusBadge, type StatusBadgeProps as Props } from '@/components/ui/status-badge';
import type { Appointment, AppointmentStatus } from '@/features/appointments/api/get-appointments';
import { paymentBadge, type PaymentBadge } from '@/features/appointments/components/format';

// The theme darkens light and outline text (see theme.ts), so every pair stays above 4.5:1.
const statusColor: Record<AppointmentStatus, string> = {
  PENDING: 'orange',
  CONFIRMED: 'careslot',
  COMPLETED: 'blue',
  CANCELLED: 'gray',
  NO_SHOW: 'red',
};

const paymentColor: Record<PaymentBadge, string> = {
  UNPAID: 'gray',
  NOT_PAID: 'gray',
  PAID: 'green',
  REFUNDED: 'violet',
  FAILED: 'red',
};

export function AppointmentStatusBadge({ status, ...props }: { status: AppointmentStatus } & Props) {
  const { t } = useTranslation('appointments');
  const color = statusColor[status];
  return <StatusBadge label={t(`status.${status}`)} color={color} {...props} />;
}

/** The payment badge the rules in `paymentBadge` give this appointment, or nothing. */
export function PaymentStatusBadge({
  appointment,
  audience,
  ...props
}: { appointment: Pick<Appointment, 'status' | 'paymentStatus' | 'amountDue' | 'prepaymentRequired'>; audience: 'patient' | 'staff' } & Props) {
  const { t } = useTranslation('appointments');
  const badge = paymentBadge(appointment, audience);
  if (!badge) return null;
  return <StatusBadge kind="tag" label={t(`payment.${badge}`)} color={paymentColor[badge]} {...props} />;
}
