import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { goToExternalUrl } from '@/lib/external-navigation';
import { browserTimeZone, formatTime } from '@/lib/time';
import type { Appointment } from '@/features/appointments/api/get-appointments';
import { MyAppointments } from '@/features/appointments/components/my-appointments';
import { anAppointment } from '@/testing/fixtures';
import { headerOf, jsonResponse, mockFetch, renderWithProviders } from '@/testing/test-utils';

// jsdom cannot leave the page; the checkout URL the button would follow is recorded instead.
vi.mock('@/lib/external-navigation', () => ({ goToExternalUrl: vi.fn() }));

const base = anAppointment({
  status: 'PENDING',
  holdExpiresAt: '2027-03-25T12:15:00Z',
  createdAt: '2027-03-25T12:00:00Z',
  amountDue: 80,
});

const held: Appointment = { ...base, prepaymentRequired: true };
const paid: Appointment = { ...base, id: 'a2', doctorName: 'Dr. Paid Doctor', status: 'CONFIRMED', paymentStatus: 'PAID', holdExpiresAt: null };
const free: Appointment = { ...base, id: 'a3', doctorName: 'Dr. Free Doctor', status: 'CONFIRMED', amountDue: 0, holdExpiresAt: null };
const failed: Appointment = { ...base, id: 'a4', doctorName: 'Dr. Failed Doctor', status: 'CONFIRMED', paymentStatus: 'FAILED', amountDue: 45.5, holdExpiresAt: null };
// Cancelled, but still in the future: it belongs with the cancelled visits, not the past ones.
const cancelled: Appointment = { ...base, id: 'a5', doctorName: 'Dr. Cancelled Doctor', status: 'CANCELLED', cancelledBy: 'DOCTOR', cancelReason: 'Doctor ill', holdExpiresAt: null };
const done: Appointment = { ...base, id: 'a6', doctorName: 'Dr. Past Doctor', status: 'COMPLETED', start: '2027-03-01T07:00:00Z', end: '2027-03-01T07:20:00Z', holdExpiresAt: null };

const config = () => jsonResponse({ body: { patientCancellationCutoffHours: 24, holdMinutes: 15 } });

function card(doctor: string) {
  return screen.getByRole('article', { name: doctor });
}

describe('MyAppointments', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2027-03-25T12:00:00Z'));
    vi.mocked(goToExternalUrl).mockClear();
  });
  afterEach(() => vi.useRealTimers());

  it('shows a held prepayment as reserved with a countdown, and badges only where money moved', async () => {
    mockFetch((method, url) => {
      if (url === '/api/config') return config();
      if (method === 'GET' && url === '/api/appointments') return jsonResponse({ body: [held, paid, free, failed, cancelled, done] });
      return undefined;
    });
    renderWithProviders(<MyAppointments findDoctorHref="/doctors" />);

    const heldCard = await screen.findByRole('article', { name: held.doctorName });
    expect(heldCard).toHaveTextContent('Reserved until you pay');
    expect(within(heldCard).getByRole('timer')).toHaveTextContent('15:00');
    expect(heldCard).not.toHaveTextContent(/booked|Pending|Unpaid/);
    const until = formatTime(held.holdExpiresAt!, browserTimeZone(), 'en-US');
    expect(heldCard).toHaveTextContent(`Pay by ${until} or the time is released for others.`);
    expect(heldCard).toHaveTextContent('Fee: €80.00 · payment at booking');
    expect(within(heldCard).getByRole('button', { name: `Pay now: €80.00 for your appointment with ${held.doctorName}` })).toHaveTextContent('Pay now');

    expect(within(card(paid.doctorName)).getByText('Paid')).toBeInTheDocument();
    expect(within(card(paid.doctorName)).queryByRole('button', { name: /Pay/ })).not.toBeInTheDocument();

    expect(card(free.doctorName)).not.toHaveTextContent(/Fee:|Unpaid|No fee/);
    expect(within(card(free.doctorName)).queryByRole('button', { name: /Pay/ })).not.toBeInTheDocument();

    // Paying ahead is optional with this doctor: a failed attempt is no "Payment failed".
    const failedCard = card(failed.doctorName);
    expect(failedCard).not.toHaveTextContent(/Payment failed|Unpaid/);
    expect(within(failedCard).getByRole('button', { name: /^Pay ahead, optional: €45\.50/ })).toHaveTextContent('Pay ahead (optional)');
  });

  it('lists a cancelled future visit under Cancelled, never under Past, without a payment badge', async () => {
    mockFetch((method, url) => {
      if (url === '/api/config') return config();
      if (method === 'GET' && url === '/api/appointments') return jsonResponse({ body: [held, cancelled, done] });
      return undefined;
    });
    const { user } = renderWithProviders(<MyAppointments findDoctorHref="/doctors" />);

    expect(await screen.findByRole('tab', { name: 'Upcoming (1)' })).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Past (1)' }));
    expect(await screen.findByRole('article', { name: done.doctorName })).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: cancelled.doctorName })).not.toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: 'Cancelled (1)' }));
    const cancelledCard = await screen.findByRole('article', { name: cancelled.doctorName });
    expect(cancelledCard).toHaveTextContent('Cancelled by the doctor — Doctor ill');
    expect(cancelledCard).not.toHaveTextContent(/Unpaid|Payment failed/);
    expect(within(cancelledCard).queryByRole('button', { name: /Pay/ })).not.toBeInTheDocument();
  });

  it('opens the checkout and follows the URL the server returns', async () => {
    document.cookie = 'XSRF-TOKEN=token-1; path=/';
    const fetchMock = mockFetch((method, url) => {
      if (url === '/api/config') return config();
      if (method === 'GET' && url === '/api/appointments') return jsonResponse({ body: [held] });
      if (method === 'POST' && url === '/api/appointments/a1/checkout') {
        return jsonResponse({ status: 201, body: { paymentId: 'pay-1', url: '/test-checkout/pay-1', testMode: true } });
      }
      return undefined;
    });
    const { user } = renderWithProviders(<MyAppointments findDoctorHref="/doctors" />);

    await user.click(await screen.findByRole('button', { name: /^Pay now/ }));
    await waitFor(() => expect(goToExternalUrl).toHaveBeenCalledWith('/test-checkout/pay-1'));
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')!;
    expect(post[0]).toBe('/api/appointments/a1/checkout');
    expect(post[1]!.body).toBeUndefined();
    expect(headerOf(post[1], 'X-XSRF-TOKEN')).toBe('token-1');
  });

  it('says why when the checkout is refused, and stays on the page', async () => {
    document.cookie = 'XSRF-TOKEN=token-1; path=/';
    mockFetch((method, url) => {
      if (url === '/api/config') return config();
      if (method === 'GET' && url === '/api/appointments') return jsonResponse({ body: [held] });
      if (method === 'POST') return jsonResponse({ status: 409, body: { title: 'Conflict', status: 409, detail: 'This appointment is already paid' } });
      return undefined;
    });
    const { user } = renderWithProviders(<MyAppointments findDoctorHref="/doctors" />);

    await user.click(await screen.findByRole('button', { name: /^Pay now/ }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('We could not open the payment page');
    expect(alert).toHaveTextContent('This appointment is already paid');
    expect(goToExternalUrl).not.toHaveBeenCalled();
  });
});
