import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { safeReturnPath } from '@/app/routes/auth/use-return-to';
import { DoctorProfileRoute } from '@/app/routes/patient/doctor-profile';
import { SignInRoute } from '@/app/routes/auth/sign-in';
import { DirectoryRoot } from '@/app/routes/public/directory-root';
import { cssVariablesResolver, theme } from '@/app/theme';
import { browserTimeZone, formatTime } from '@/lib/time';
import { createTestQueryClient, jsonResponse, mockFetch, renderRouter } from '@/testing/test-utils';

const doctor = {
  id: 'd1',
  userId: 'u1',
  fullName: 'Dr. Anna Schneider',
  specialty: 'GENERAL_PRACTICE',
  bio: null,
  yearsOfExperience: 14,
  languages: ['de', 'en'],
  timeZone: 'Europe/Berlin',
  consultationFee: { amount: '60.00', currency: 'EUR' },
  acceptingNewPatients: true,
  photoUrl: null,
  nextFreeSlot: '2027-03-29T07:00:00Z',
  prepaymentRequired: false,
  practice: null,
  slotMinutes: 20,
  weeklyHours: [{ day: 'MONDAY', start: '09:00', end: '12:00' }],
};
const slot = { start: '2027-03-29T07:00:00Z', end: '2027-03-29T07:20:00Z' };
const maria = { id: 'p1', email: 'maria@example.com', fullName: 'Maria Garcia', role: 'PATIENT' };

// Times read in the zone the tests run in, as the pages show them.
const at = (instant: string) => formatTime(instant, browserTimeZone(), 'en-US');

function Where() {
  const location = useLocation();
  return <p>at {location.pathname + location.search}</p>;
}

function renderAt(path: string) {
  const router = createMemoryRouter(
    [
      { element: <DirectoryRoot />, children: [{ path: '/doctors/:doctorId', element: <DoctorProfileRoute /> }] },
      { path: '*', element: <Where /> },
    ],
    { initialEntries: [path] },
  );
  render(
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} env="test">
      <QueryClientProvider client={createTestQueryClient()}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>,
  );
  return router;
}

function serve(me: object | null, config: object = { patientCancellationCutoffHours: 24, holdMinutes: 15 }) {
  return mockFetch((_method, url) => {
    if (url === '/api/me') return me ? jsonResponse({ body: me }) : jsonResponse({ status: 401, body: { title: 'Unauthorized', status: 401 } });
    if (url === '/api/config') return jsonResponse({ body: config });
    if (url === '/api/doctors/d1') return jsonResponse({ body: doctor });
    if (url.startsWith('/api/doctors/d1/slots')) return jsonResponse({ body: [slot] });
    if (url === '/api/notifications') return jsonResponse({ body: [] });
    return undefined;
  });
}

describe('the public directory', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2027-03-24T12:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('shows a doctor’s free times to a visitor, and a picked time leads to sign-in with the way back', async () => {
    serve(null, { patientCancellationCutoffHours: 24, holdMinutes: 15, demoClinic: true });
    const router = renderAt('/doctors/d1');

    expect(await screen.findByRole('heading', { level: 1, name: 'Dr. Anna Schneider' }, { timeout: 5000 })).toBeInTheDocument();
    const header = screen.getByRole('banner');
    expect(within(header).getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/sign-in?returnTo=%2Fdoctors%2Fd1');
    expect(within(header).getByRole('link', { name: 'Sign up' })).toHaveAttribute('href', '/sign-up?returnTo=%2Fdoctors%2Fd1');
    expect(screen.queryByRole('button', { name: 'Sign out' })).not.toBeInTheDocument();
    expect(await screen.findByRole('note')).toHaveTextContent('Demo clinic — sample data, do not enter real patient information');

    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: new RegExp(`^Monday, March 29, ${at(slot.start)}$`) }));
    expect(router.state.location.pathname).toBe('/sign-in');
    const returnTo = new URLSearchParams(router.state.location.search).get('returnTo');
    expect(returnTo).toBe('/doctors/d1?slot=2027-03-29T07%3A00%3A00Z');
  });

  it('brings a signed-in patient back to the time they picked, with the booking open', async () => {
    serve(maria);
    renderAt('/doctors/d1?slot=2027-03-29T07:00:00Z');
    const dialog = await screen.findByRole('dialog', { name: 'Book an appointment' }, { timeout: 5000 });
    expect(dialog).toHaveTextContent('Monday, March 29, 2027');
    expect(dialog).toHaveTextContent(`${at(slot.start)}–${at(slot.end)}`);
  });

  it('says so when the time picked before signing in has gone meanwhile', async () => {
    serve(maria);
    renderAt('/doctors/d1?slot=2027-03-29T08:00:00Z');
    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent('The time you picked is no longer free');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('keeps the way back on sign-in’s link to sign-up, and says the picked time waits', async () => {
    mockFetch((_method, url) => (url === '/api/auth/providers' ? jsonResponse({ body: [] }) : undefined));
    const returnTo = '/doctors/d1?slot=2027-03-29T07:00:00Z';
    const router = createMemoryRouter([{ path: '/sign-in', element: <SignInRoute /> }], { initialEntries: [`/sign-in?returnTo=${encodeURIComponent(returnTo)}`] });
    renderRouter(router);
    expect(await screen.findByRole('note')).toHaveTextContent('Sign in or create an account to book the time you picked');
    expect(screen.getByRole('link', { name: 'Create an account' })).toHaveAttribute('href', `/sign-up?returnTo=${encodeURIComponent(returnTo)}`);
  });

  it('returns only to pages of this app', () => {
    expect(safeReturnPath('/doctors/d1?slot=x')).toBe('/doctors/d1?slot=x');
    expect(safeReturnPath('//evil.example')).toBeNull();
    expect(safeReturnPath('https://evil.example')).toBeNull();
    expect(safeReturnPath('/\\evil.example')).toBeNull();
    expect(safeReturnPath('/sign-in')).toBeNull();
  });
});
