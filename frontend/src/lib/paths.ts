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
  },
  doctor: {
    calendar: '/calendar',
    schedule: '/schedule',
    patients: '/patients',
  },
  admin: {
    appointments: '/admin/appointments',
    users: '/admin/users',
    doctors: '/admin/doctors',
    newDoctor: '/admin/doctors/new',
    payments: '/admin/payments',
    smsLog: '/admin/sms-log',
  },
} as const;
