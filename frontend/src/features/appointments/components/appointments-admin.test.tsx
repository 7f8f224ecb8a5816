import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppointmentsAdmin } from '@/features/appointments/components/appointments-admin';
import { anAppointment } from '@/testing/fixtures';
import { jsonResponse, mockFetch, renderWithProviders } from '@/testing/test-utils';

const visit = anAppointment();

function serve(total = 1) {
  const urls: string[] = [];
  mockFetch((method, url) => {
    if (url === '/api/config') return jsonResponse({ body: { patientCancellationCutoffHours: 24, holdMinutes: 15 } });
    if (method === 'GET' && url.startsWith('/api/appointments')) {
      urls.push(url);
      return jsonResponse({ body: [visit], headers: { 'X-Total-Count': String(total) } });
    }
    return undefined;
  });
  return urls;
}

const params = (url: string) => Object.fromEntries(new URL(url, 'http://x').searchParams);

describe('AppointmentsAdmin', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2027-03-25T12:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('asks for pages of 50, counts from X-Total-Count and pages through them', async () => {
    const urls = serve(120);
    const { user } = renderWithProviders(<AppointmentsAdmin doctors={[]} />);
    expect(await screen.findByText('120 appointments')).toBeInTheDocument();
    expect(params(urls[0]!)).toEqual({ page: '0', size: '50' });
    await user.click(screen.getByRole('button', { name: 'Page 3' }));
    await waitFor(() => expect(params(urls.at(-1)!)).toEqual({ page: '2', size: '50' }));
  });

  it('narrows to one patient when the route picks one', async () => {
    const urls = serve();
    renderWithProviders(<AppointmentsAdmin doctors={[]} patientId="p1" />);
    await screen.findByText('1 appointment');
    expect(params(urls[0]!)).toMatchObject({ patientId: 'p1' });
  });

  it('keeps a range that ends before it starts as an error beside the field, never a failed page', async () => {
    const urls = serve();
    const { user } = renderWithProviders(<AppointmentsAdmin doctors={[]} />);
    await screen.findByText('1 appointment');
    await user.type(screen.getByLabelText('From'), '2027-04-10');
    await user.type(screen.getByLabelText('Until'), '2027-04-01');

    const until = screen.getByLabelText('Until');
    expect(until).toHaveAttribute('aria-invalid', 'true');
    expect(until).toHaveAccessibleDescription('Choose a date on or after the start.');
    await waitFor(() => expect(params(urls.at(-1)!)).not.toHaveProperty('to'));
    expect(urls.every((url) => !('to' in params(url)))).toBe(true);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(await screen.findByText('1 appointment')).toBeInTheDocument();
  });

  it('offers Reschedule on visits still to come and hands the visit to the route', async () => {
    serve();
    const onReschedule = vi.fn();
    const { user } = renderWithProviders(<AppointmentsAdmin doctors={[]} onReschedule={onReschedule} />);
    await user.click(await screen.findByRole('button', { name: "Reschedule Maria Garcia's appointment with Dr. Anna Schneider" }));
    expect(onReschedule).toHaveBeenCalledWith(visit);
  });
});
