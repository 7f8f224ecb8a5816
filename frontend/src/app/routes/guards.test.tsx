import { screen } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { GuestOnly, RequireRole, RequireUser } from '@/app/routes/guards';
import { useSignedInUser } from '@/lib/auth';
import { jsonResponse, mockFetch, renderRouter } from '@/testing/test-utils';

function Greeting() {
  return <p>Hello {useSignedInUser().fullName}</p>;
}

function renderAt(path: string) {
  const router = createMemoryRouter(
    [
      {
        element: <RequireUser />,
        children: [
          { path: '/', element: <Greeting /> },
          { path: '/profile', element: <p>profile page</p> },
          { element: <RequireRole roles={['DOCTOR']} />, children: [{ path: '/schedule', element: <p>schedule editor</p> }] },
        ],
      },
      { element: <GuestOnly />, children: [{ path: '/sign-in', element: <p>sign-in page</p> }] },
    ],
    { initialEntries: [path] },
  );
  renderRouter(router);
  return router;
}

describe('route guards', () => {
  it('sends a signed-out visitor from home to sign-in', async () => {
    mockFetch(() => jsonResponse({ status: 401, body: { title: 'Unauthorized', status: 401 } }));
    const router = renderAt('/');
    expect(await screen.findByText('sign-in page')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
  });

  it('shows home to a signed-in user', async () => {
    mockFetch(() => jsonResponse({ body: { id: 1, email: 'm@example.com', fullName: 'Maria Lopez', role: 'PATIENT' } }));
    renderAt('/');
    expect(await screen.findByText('Hello Maria Lopez')).toBeInTheDocument();
  });

  it('sends a signed-in user away from sign-in', async () => {
    mockFetch(() => jsonResponse({ body: { id: 1, email: 'm@example.com', fullName: 'Maria Lopez', role: 'PATIENT' } }));
    const router = renderAt('/sign-in');
    expect(await screen.findByText('Hello Maria Lopez')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
  });

  it('shows an error page, not a blank screen, when the session check fails', async () => {
    mockFetch(() => jsonResponse({ status: 503, body: { title: 'Service Unavailable', status: 503 } }));
    renderAt('/');
    expect(await screen.findByRole('heading', { name: 'Something went wrong' })).toBeInTheDocument();
  });

  it('shows a role’s screens to that role only, and explains instead of going blank', async () => {
    mockFetch(() => jsonResponse({ body: { id: 1, email: 'm@example.com', fullName: 'Maria Lopez', role: 'PATIENT' } }));
    renderAt('/schedule');
    expect(await screen.findByRole('heading', { name: 'This page is not part of your account' })).toBeInTheDocument();
    expect(screen.getByText(/another role than yours \(Patient\)/)).toBeInTheDocument();
    expect(screen.queryByText('schedule editor')).not.toBeInTheDocument();
  });

  it('lets the role in', async () => {
    mockFetch(() => jsonResponse({ body: { id: 2, email: 'a@example.com', fullName: 'Dr. Anna', role: 'DOCTOR' } }));
    renderAt('/schedule');
    expect(await screen.findByText('schedule editor')).toBeInTheDocument();
  });

  it('takes a doctor who must set up two-factor sign-in to the set-up card instead of 403s', async () => {
    const anna = { id: 2, email: 'a@example.com', fullName: 'Dr. Anna', role: 'DOCTOR', twoFactorRequired: true };
    mockFetch(() => jsonResponse({ body: { ...anna, twoFactorEnabled: false } }));
    const router = renderAt('/schedule');
    expect(await screen.findByText('profile page')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/profile');
    expect(router.state.location.hash).toBe('#two-factor');
    expect(screen.queryByText('schedule editor')).not.toBeInTheDocument();
  });

  it('lets the doctor in once two-factor sign-in is on', async () => {
    mockFetch(() =>
      jsonResponse({ body: { id: 2, email: 'a@example.com', fullName: 'Dr. Anna', role: 'DOCTOR', twoFactorRequired: true, twoFactorEnabled: true } }),
    );
    renderAt('/schedule');
    expect(await screen.findByText('schedule editor')).toBeInTheDocument();
  });
});
