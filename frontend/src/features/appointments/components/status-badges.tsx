import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AppointmentStatus, PaymentStatus } from '@/features/appointments/api/get-appointments';

// The theme darkens light and outline text (see theme.ts), so every pair stays above 4.5:1.
const statusColor: Record<AppointmentStatus, string> = {
  PENDING: 'orange',
  CONFIRMED: 'careslot',
  COMPLETED: 'blue',
  CANCELLED: 'gray',
  NO_SHOW: 'red',
};

const paymentColor: Record<PaymentStatus, string> = {
  UNPAID: 'gray',
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

/** `free`: the visit carries no fee, so "unpaid" would mislead; it reads "No fee" instead. */
export function PaymentStatusBadge({ status, free = false, ...props }: { status: PaymentStatus; free?: boolean } & Props) {
  const { t } = useTranslation('appointments');
  const noFee = free && status === 'UNPAID';
  const color = noFee ? 'gray' : paymentColor[status];
  return (
    <Badge variant="outline" color={color} tt="none" fw={600} {...props}>
      {noFee ? t('payment.noFee') : t(`payment.${status}`)}
    </Badge>
  );
}
