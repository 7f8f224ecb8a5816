import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
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

type Props = Omit<BadgeProps, 'color' | 'children'>;

export function AppointmentStatusBadge({ status, ...props }: { status: AppointmentStatus } & Props) {
  const { t } = useTranslation('appointments');
  const color = statusColor[status];
  return (
    <Badge variant="light" color={color} tt="none" fw={650} {...props}>
      {t(`status.${status}`)}
    </Badge>
  );
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
  return (
    <Badge variant="outline" color={paymentColor[badge]} tt="none" fw={600} {...props}>
      {t(`payment.${badge}`)}
    </Badge>
  );
}
