import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppointmentActions } from '@/features/appointments/components/appointment-actions';
import { anAppointment } from '@/testing/fixtures';
import { jsonResponse, mockFetch, renderWithProviders } from '@/testing/test-utils';

const visit = anAppointment();

function serve(config: Record<string, unknown> = { patientCancellationCutoffHours: 24, holdMinutes: 15, noShowGraceMinutes: 15 }) {
  return mockFetch((method, url) => {
    if (url === '/api/config') return jsonResponse({ body: config });
    if (method === 'POST' && url === '/api/appointments/a1/complete') {
      return jsonResponse({ status: 409, body: { title: 'Conflict', status: 409, detail: 'The visit has not started yet.' } });
    }
    return undefined;
  });
}

const completeButton = () => screen.queryByRole('button', { name: 'Complete the appointment with Maria Garcia' });
const noShowButton = () => screen.queryByRole('button', { name: 'Mark Maria Garcia as a no-show' });

describe('AppointmentActions', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['Date'] }));
  afterEach(() => vi.useRealTimers());

  it('offers neither Complete nor No-show before the visit starts, and says when they come', async () => {
    vi.setSystemTime(new Date('2027-03-29T06:59:00Z'));
    serve();
    renderWithProviders(<AppointmentActions appointment={visit} timeZone="Europe/Berlin" />);
    expect(await screen.findByText('Complete and No-show become available once the visit starts.')).toBeInTheDocument();
    expect(completeButton()).not.toBeInTheDocument();
    expect(noShowButton()).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancel the appointment with Maria Garcia' })).toBeInTheDocument();
  });

  it('offers Complete once the visit has started, and No-show only after the grace period', async () => {
    vi.setSystemTime(new Date('2027-03-29T07:05:00Z'));
    serve();
    const { unmount } = renderWithProviders(<AppointmentActions appointment={visit} timeZone="Europe/Berlin" />);
    expect(await screen.findByText('No-show can be recorded from 9:15 AM.')).toBeInTheDocument();
    expect(completeButton()).toBeInTheDocument();
    expect(noShowButton()).not.toBeInTheDocument();
    unmount();

    vi.setSystemTime(new Date('2027-03-29T07:15:00Z'));
    renderWithProviders(<AppointmentActions appointment={visit} timeZone="Europe/Berlin" />);
    expect(await screen.findByRole('button', { name: 'Mark Maria Garcia as a no-show' })).toBeInTheDocument();
    expect(completeButton()).toBeInTheDocument();
  });

  it('waits ten minutes for a no-show when the server does not say', async () => {
    vi.setSystemTime(new Date('2027-03-29T07:09:00Z'));
    serve({ patientCancellationCutoffHours: 24, holdMinutes: 15 });
    renderWithProviders(<AppointmentActions appointment={visit} timeZone="Europe/Berlin" />);
    expect(await screen.findByText('No-show can be recorded from 9:10 AM.')).toBeInTheDocument();
    expect(noShowButton()).not.toBeInTheDocument();
  });

  it('shows the server’s reason when it refuses the move anyway', async () => {
    vi.setSystemTime(new Date('2027-03-29T07:01:00Z'));
    document.cookie = 'XSRF-TOKEN=token-1; path=/';
    serve();
    const { user } = renderWithProviders(<AppointmentActions appointment={visit} timeZone="Europe/Berlin" />);
    await user.click(await screen.findByRole('button', { name: 'Complete the appointment with Maria Garcia' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The visit has not started yet.');
  });
});
