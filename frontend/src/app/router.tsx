import { useMemo } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { GuestOnly, RequireUser } from '@/app/routes/guards';
import { NotFound } from '@/components/errors/not-found';
import { RouteError } from '@/components/errors/route-error';
import { FullPageLoader } from '@/components/ui/full-page-loader';

export const paths = {
  home: '/',
  signIn: '/sign-in',
  signUp: '/sign-up',
} as const;

// Each screen is its own chunk, so the sign-in page does not download the home page.
export const routes: RouteObject[] = [
  {
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
            ],
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
