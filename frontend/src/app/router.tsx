import { useMemo } from 'react';
import { createBrowserRouter, Outlet, ScrollRestoration, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { GuestOnly, RequireRole, RequireUser } from '@/app/routes/guards';
import { NotFound } from '@/components/errors/not-found';
import { RouteError } from '@/components/errors/route-error';
import { FullPageLoader } from '@/components/ui/full-page-loader';
import { paths } from '@/lib/paths';

export { paths };

/** Every screen opens at its top, and the back button returns to where people were. */
function Root() {
  return (
    <>
      <Outlet />
      <ScrollRestoration />
    </>
  );
}

// Each screen is its own chunk, so the sign-in page does not download the rest of the app.
export const routes: RouteObject[] = [
  {
    element: <Root />,
    errorElement: <RouteError />,
    hydrateFallbackElement: <FullPageLoader />,
    children: [
      {
        element: <GuestOnly />,
        children: [
          {
            lazy: () => import('@/app/routes/auth/auth-root').then((m) => ({ Component: m.AuthRoot })),
            children: [
              {
                path: paths.signIn,
                lazy: () => import('@/app/routes/auth/sign-in').then((m) => ({ Component: m.SignInRoute })),
              },
              {
                path: paths.signUp,
                lazy: () => import('@/app/routes/auth/sign-up').then((m) => ({ Component: m.SignUpRoute })),
              },
              {
                path: paths.doctorSignUp,
                lazy: () => import('@/app/routes/auth/doctor-sign-up').then((m) => ({ Component: m.DoctorSignUpRoute })),
              },
            ],
          },
        ],
      },
      // Open to everyone: finding a doctor and their free times needs no account.
      {
        lazy: () => import('@/app/routes/public/directory-root').then((m) => ({ Component: m.DirectoryRoot })),
        children: [
          {
            path: paths.patient.doctors,
            lazy: () => import('@/app/routes/patient/find-doctors').then((m) => ({ Component: m.FindDoctorsRoute })),
          },
          {
            path: `${paths.patient.doctors}/:doctorId`,
            lazy: () => import('@/app/routes/patient/doctor-profile').then((m) => ({ Component: m.DoctorProfileRoute })),
          },
        ],
      },
      {
        element: <RequireUser />,
        children: [
          {
            lazy: () => import('@/app/routes/app/app-root').then((m) => ({ Component: m.AppRoot })),
            children: [
              {
                index: true,
                lazy: () => import('@/app/routes/app/home').then((m) => ({ Component: m.HomeRoute })),
              },
              {
                path: paths.profile,
                lazy: () => import('@/app/routes/app/profile').then((m) => ({ Component: m.ProfileRoute })),
              },
              {
                path: paths.messages,
                lazy: () => import('@/app/routes/app/messages').then((m) => ({ Component: m.MessagesRoute })),
              },
              {
                element: <RequireRole roles={['PATIENT']} />,
                children: [
                  {
                    path: paths.patient.appointments,
                    lazy: () => import('@/app/routes/patient/my-appointments').then((m) => ({ Component: m.MyAppointmentsRoute })),
                  },
                  {
                    path: `${paths.patient.appointments}/:appointmentId/reschedule`,
                    lazy: () => import('@/app/routes/patient/reschedule').then((m) => ({ Component: m.RescheduleRoute })),
                  },
                  {
                    path: paths.patient.records,
                    lazy: () => import('@/app/routes/patient/my-records').then((m) => ({ Component: m.MyRecordsRoute })),
                  },
                  {
                    path: paths.patient.accessLog,
                    lazy: () => import('@/app/routes/patient/access-log').then((m) => ({ Component: m.AccessLogRoute })),
                  },
                  {
                    path: `${paths.patient.testCheckouts}/:paymentId`,
                    lazy: () => import('@/app/routes/patient/test-checkout').then((m) => ({ Component: m.TestCheckoutRoute })),
                  },
                ],
              },
              {
                element: <RequireRole roles={['DOCTOR']} />,
                children: [
                  {
                    path: paths.doctor.calendar,
                    lazy: () => import('@/app/routes/doctor/calendar').then((m) => ({ Component: m.CalendarRoute })),
                  },
                  {
                    path: paths.doctor.schedule,
                    lazy: () => import('@/app/routes/doctor/schedule').then((m) => ({ Component: m.ScheduleRoute })),
                  },
                  {
                    path: paths.doctor.patients,
                    lazy: () => import('@/app/routes/doctor/patients').then((m) => ({ Component: m.PatientsRoute })),
                  },
                  {
                    path: `${paths.doctor.patients}/:patientId`,
                    lazy: () => import('@/app/routes/doctor/patient-record').then((m) => ({ Component: m.PatientRecordRoute })),
                  },
                ],
              },
              {
                element: <RequireRole roles={['ADMIN']} />,
                children: [
                  {
                    path: paths.admin.appointments,
                    lazy: () => import('@/app/routes/admin/appointments').then((m) => ({ Component: m.AdminAppointmentsRoute })),
                  },
                  {
                    path: paths.admin.users,
                    lazy: () => import('@/app/routes/admin/users').then((m) => ({ Component: m.AdminUsersRoute })),
                  },
                  {
                    path: paths.admin.doctors,
                    lazy: () => import('@/app/routes/admin/doctors').then((m) => ({ Component: m.AdminDoctorsRoute })),
                  },
                  {
                    path: paths.admin.newDoctor,
                    lazy: () => import('@/app/routes/admin/new-doctor').then((m) => ({ Component: m.NewDoctorRoute })),
                  },
                  {
                    path: paths.admin.payments,
                    lazy: () => import('@/app/routes/admin/payments').then((m) => ({ Component: m.AdminPaymentsRoute })),
                  },
                  {
                    path: paths.admin.smsLog,
                    lazy: () => import('@/app/routes/admin/sms-log').then((m) => ({ Component: m.AdminSmsLogRoute })),
                  },
                  {
                    path: paths.admin.records,
                    lazy: () => import('@/app/routes/admin/records').then((m) => ({ Component: m.AdminRecordsRoute })),
                  },
                  {
                    path: paths.admin.audit,
                    lazy: () => import('@/app/routes/admin/audit').then((m) => ({ Component: m.AdminAuditRoute })),
                  },
                  {
                    path: paths.admin.clinic,
                    lazy: () => import('@/app/routes/admin/clinic').then((m) => ({ Component: m.AdminClinicRoute })),
                  },
                  {
                    path: paths.admin.newAppointment,
                    lazy: () => import('@/app/routes/admin/new-appointment').then((m) => ({ Component: m.AdminNewAppointmentRoute })),
                  },
                ],
              },
            ],
          },
        ],
      },
      {
        path: '*',
        element: <NotFound />,
      },
    ],
  },
];

export function AppRouter() {
  const router = useMemo(() => createBrowserRouter(routes), []);
  return <RouterProvider router={router} />;
}
