import { dateKeyIn, formatDateKey, formatTime, toDate } from '@/lib/time';
import type { Appointment, AppointmentStatus } from '@/features/appointments/api/get-appointments';

/** "Monday 29 March 2027" for the appointment's day in the viewer's zone. */
export function formatDay(instant: string, timeZone: string, locale: string, withYear = true): string {
  return formatDateKey(dateKeyIn(instant, timeZone), locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(withYear ? { year: 'numeric' } : {}),
  });
}

/** "09:00–09:20" in the viewer's zone. */
export function formatTimeRange(start: string, end: string, timeZone: string, locale: string): string {
  return `${formatTime(start, timeZone, locale)}–${formatTime(end, timeZone, locale)}`;
}

const OPEN: AppointmentStatus[] = ['PENDING', 'CONFIRMED'];

export function isOpen(appointment: Pick<Appointment, 'status'>): boolean {
  return OPEN.includes(appointment.status);
}

/** Still to come: not yet ended, and neither cancelled nor closed by the doctor. */
export function isUpcoming(appointment: Pick<Appointment, 'status' | 'end'>, now: number = Date.now()): boolean {
  return isOpen(appointment) && toDate(appointment.end).getTime() > now;
}

/** Whether a patient may still cancel or move it online, under the clinic's cutoff. */
export function beforeCutoff(start: string, cutoffHours: number, now: number = Date.now()): boolean {
  return toDate(start).getTime() - cutoffHours * 3_600_000 > now;
}

/** Whether the patient can (still) pay online: a fee is due, it is not paid, and the visit is on. */
export function isPayable(appointment: Pick<Appointment, 'status' | 'paymentStatus' | 'amountDue'>): boolean {
  return (
    isOpen(appointment) &&
    (appointment.paymentStatus === 'UNPAID' || appointment.paymentStatus === 'FAILED') &&
    Number(appointment.amountDue ?? 0) > 0
  );
}

/** A fee the visit carries, 0 when there is none. */
export function hasFee(appointment: Pick<Appointment, 'amountDue' | 'currency'>): boolean {
  return Number(appointment.amountDue ?? 0) > 0 && Boolean(appointment.currency);
}

export function byStart(a: Pick<Appointment, 'start'>, b: Pick<Appointment, 'start'>): number {
  return toDate(a.start).getTime() - toDate(b.start).getTime();
}

/**
 * Which closing moves a confirmed visit allows at `now`: Complete once it has started, No-show
 * once `graceMinutes` have passed since the start. The server refuses earlier ones with 409.
 */
export function closingMoves(
  appointment: Pick<Appointment, 'status' | 'start'>,
  graceMinutes: number,
  now: number = Date.now(),
): { complete: boolean; noShow: boolean; noShowFrom: number } {
  const start = toDate(appointment.start).getTime();
  const noShowFrom = start + graceMinutes * 60_000;
  const confirmed = appointment.status === 'CONFIRMED';
  return { complete: confirmed && now >= start, noShow: confirmed && now >= noShowFrom, noShowFrom };
}

export type PaymentBadge = 'PAID' | 'REFUNDED' | 'UNPAID' | 'FAILED' | 'NOT_PAID';

/**
 * The payment badge an appointment wears, if any. Patients see one only when money moved (paid,
 * refunded) or a required prepayment failed; staff also see an open fee. A cancelled visit never
 * says "unpaid", and a failed optional payment never reads "Payment failed".
 */
export function paymentBadge(
  appointment: Pick<Appointment, 'status' | 'paymentStatus' | 'amountDue' | 'prepaymentRequired'>,
  audience: 'patient' | 'staff',
): PaymentBadge | null {
  const { paymentStatus, status } = appointment;
  if (paymentStatus === 'PAID' || paymentStatus === 'REFUNDED') return paymentStatus;
  if (status === 'CANCELLED') return null;
  const fee = Number(appointment.amountDue ?? 0) > 0;
  if (paymentStatus === 'FAILED') {
    if (appointment.prepaymentRequired && isOpen(appointment)) return 'FAILED';
    return audience === 'staff' && fee ? 'NOT_PAID' : null;
  }
  return audience === 'staff' && fee ? 'UNPAID' : null;
}
