import type { Appointment } from '@/features/appointments/api/get-appointments';
import type { SmsNotification } from '@/features/notifications/api/get-notifications';

/**
 * An appointment as the API sends it: Dr. Anna Schneider sees Maria Garcia in person on Monday
 * 29 March 2027 at 09:00 Berlin time, confirmed, nothing to pay. Tests change what they are about.
 */
export function anAppointment(overrides: Partial<Appointment> = {}): Appointment {
  return {
    id: 'a1',
    doctorId: 'd1',
    patientId: 'p1',
    doctorName: 'Dr. Anna Schneider',
    patientName: 'Maria Garcia',
    doctorTimeZone: 'Europe/Berlin',
    start: '2027-03-29T07:00:00Z',
    end: '2027-03-29T07:20:00Z',
    status: 'CONFIRMED',
    paymentStatus: 'UNPAID',
    visitType: 'IN_PERSON',
    reason: null,
    cancelReason: null,
    cancelledBy: null,
    holdExpiresAt: null,
    createdAt: '2027-03-20T10:00:00Z',
    amountDue: 0,
    currency: 'EUR',
    prepaymentRequired: false,
    ...overrides,
  };
}

/** The booking text sent to María García in test mode (logged, not carried by a provider). */
export function aSmsNotification(overrides: Partial<SmsNotification> = {}): SmsNotification {
  return {
    id: 'n1',
    userId: 'u1',
    recipientName: 'María García',
    appointmentId: 'a1',
    kind: 'BOOKED',
    channel: 'SMS',
    toNumber: '+4915112345678',
    message: 'CareSlot: your appointment with Dr. Anna Schneider on Tue 30 Mar at 09:00 (CEST) is booked.',
    status: 'SENT',
    provider: 'log',
    attempts: 1,
    lastError: null,
    sendAfter: '2027-03-25T12:00:00Z',
    sentAt: '2027-03-25T12:00:04Z',
    deliveredAt: null,
    createdAt: '2027-03-25T12:00:00Z',
    ...overrides,
  };
}
