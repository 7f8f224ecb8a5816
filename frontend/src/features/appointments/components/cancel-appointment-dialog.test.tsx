import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CancelAppointmentDialog } from '@/features/appointments/components/cancel-appointment-dialog';
import { anAppointment } from '@/testing/fixtures';
import { jsonResponse, mockFetch, renderWithProviders } from '@/testing/test-utils';

const appointment = anAppointment();

const config = () => jsonResponse({ body: { patientCancellationCutoffHours: 24, holdMinutes: 15 } });

describe('CancelAppointmentDialog', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['Date'] }));
  afterEach(() => vi.useRealTimers());

  it('explains the cutoff and the deadline before the patient confirms', async () => {
    vi.setSystemTime(new Date('2027-03-25T12:00:00Z'));
    document.cookie = 'XSRF-TOKEN=token-1; path=/';
    const fetchMock = mockFetch((method, url) => {
      if (url === '/api/config') return config();
      if (method === 'POST' && url === '/api/appointments/a1/cancel') return jsonResponse({ body: { ...appointment, status: 'CANCELLED' } });
      return undefined;
    });
    const onClose = vi.fn();
    const { user } = renderWithProviders(<CancelAppointmentDialog appointment={appointment} actor="PATIENT" timeZone="Europe/Berlin" onClose={onClose} />);

    const dialog = screen.getByRole('dialog', { name: 'Cancel appointment' });
    expect(await screen.findByText('You can cancel online free of charge until 24 hours before the visit.')).toBeInTheDocument();
    expect(dialog).toHaveTextContent(/For this visit that is until Sun, Mar 28, 2027, 9:00 AM/);

    await user.type(screen.getByLabelText('Reason (optional)'), 'Feeling better');
    await user.click(screen.getByRole('button', { name: 'Cancel appointment' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')!;
    expect(JSON.parse(String(post[1]!.body))).toEqual({ reason: 'Feeling better' });
  });

  it('inside the cutoff, tells the patient to call instead of offering to cancel', async () => {
    vi.setSystemTime(new Date('2027-03-28T12:00:00Z'));
    mockFetch((_method, url) => (url === '/api/config' ? config() : undefined));
    renderWithProviders(<CancelAppointmentDialog appointment={appointment} actor="PATIENT" timeZone="Europe/Berlin" onClose={vi.fn()} />);
    expect(await screen.findByText(/can no longer be cancelled online\. Please call the clinic\./)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel appointment' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Keep appointment' })).toBeInTheDocument();
  });

  it('gives the clinic’s number to call, as a link that dials it', async () => {
    vi.setSystemTime(new Date('2027-03-28T12:00:00Z'));
    mockFetch((_method, url) => (url === '/api/config' ? config() : undefined));
    renderWithProviders(<CancelAppointmentDialog appointment={appointment} actor="PATIENT" timeZone="Europe/Berlin" onClose={vi.fn()} clinicPhone="+49 30 1234-567" />);
    expect(await screen.findByText(/Please call the clinic at/)).toHaveTextContent('can no longer be cancelled online. Please call the clinic at +49 30 1234-567.');
    expect(screen.getByRole('link', { name: '+49 30 1234-567' })).toHaveAttribute('href', 'tel:+49301234567');
  });

  it('lets staff cancel inside the cutoff, and shows a 409 from the server', async () => {
    vi.setSystemTime(new Date('2027-03-29T06:00:00Z'));
    document.cookie = 'XSRF-TOKEN=token-1; path=/';
    mockFetch((method, url) => {
      if (url === '/api/config') return config();
      if (method === 'POST') return jsonResponse({ status: 409, body: { title: 'Conflict', status: 409, detail: 'A completed appointment cannot be cancelled.' } });
      return undefined;
    });
    const { user } = renderWithProviders(<CancelAppointmentDialog appointment={appointment} actor="STAFF" timeZone="Europe/Berlin" onClose={vi.fn()} />);
    expect(screen.getByText(/Doctors and administrators may cancel at any time/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel appointment' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('A completed appointment cannot be cancelled.');
  });
});
