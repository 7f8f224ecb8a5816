/**
 * Every client route in one place, so features can link to screens they do not own without
 * importing the router (which imports them).
 */
export const paths = {
  home: '/',
  signIn: '/sign-in',
  signUp: '/sign-up',
  doctorSignUp: '/sign-up/doctor',
  profile: '/profile',
  /** The text messages sent (or planned) to the signed-in user, whatever their role. */
  messages: '/messages',
  patient: {
    doctors: '/doctors',
    doctor: (id: string | number) => `/doctors/${encodeURIComponent(String(id))}`,
    appointments: '/appointments',
    reschedule: (id: string) => `/appointments/${encodeURIComponent(id)}/reschedule`,
    /** The in-app checkout of test mode; the server hands out `/test-checkout/<paymentId>`. */
    testCheckouts: '/test-checkout',
    testCheckout: (paymentId: string) => `/test-checkout/${encodeURIComponent(paymentId)}`,
    records: '/records',
    /** Who read or changed the patient's record. */
    accessLog: '/records/access-log',
  },
  doctor: {
    calendar: '/calendar',
    schedule: '/schedule',
    patients: '/patients',
    /** One patient's record, as their doctor sees it. */
    patient: (patientId: string) => `/patients/${encodeURIComponent(patientId)}`,
  },
  admin: {
    appointments: '/admin/appointments',
    users: '/admin/users',
    doctors: '/admin/doctors',
    newDoctor: '/admin/doctors/new',
    payments: '/admin/payments',
    smsLog: '/admin/sms-log',
    /** A patient's record summary and break-glass access; `?patient=<id>` picks the patient. */
    records: '/admin/records',
    /** The clinical audit log, under Records in the menu; `?patientId=<id>` narrows it to one patient. */
    audit: '/admin/records/audit',
    /** The clinic's name, phone number and time zone. */
    clinic: '/admin/clinic',
    /** Front desk: book a visit on a patient's behalf. */
    newAppointment: '/admin/appointments/new',
  },
} as const;
