import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { goToExternalUrl } from '@/lib/external-navigation';
import { browserTimeZone, formatTime } from '@/lib/time';
import type { Appointment } from '@/features/appointments/api/get-appointments';
import { MyAppointments } from '@/features/appointments/components/my-appointments';
import { headerOf, jsonResponse, mockFetch, renderWithProviders } from '@/testing/test-utils';

// jsdom cannot leave the page; the checkout URL the button would follow is recorded instead.
vi.mock('@/lib/external-navigation', () => ({ goToExternalUrl: vi.fn() }));

const base: Appointment = {
  id: 'a1',
  doctorId: 'd1',
  patientId: 'p1',
  doctorName: 'Dr. Anna Schneider',
  patientName: 'Maria Garcia',
  doctorTimeZone: 'Europe/Berlin',
  start: '2027-03-29T07:00:00Z',
  end: '2027-03-29T07:20:00Z',
  status: 'PENDING',
  paymentStatus: 'UNPAID',
  visitType: 'IN_PERSON',
  reason: null,
  cancelReason: null,
  cancelledBy: null,
  holdExpiresAt: '2027-03-25T12:15:00Z',
  createdAt: '2027-03-25T12:00:00Z',
  amountDue: 80,
  currency: 'EUR',
  prepaymentRequired: false,
};

const held = base;
const paid: Appointment = { ...base, id: 'a2', doctorName: 'Dr. Paid Doctor', status: 'CONFIRMED', paymentStatus: 'PAID', holdExpiresAt: null };
const free: Appointment = { ...base, id: 'a3', doctorName: 'Dr. Free Doctor', status: 'CONFIRMED', amountDue: 0, holdExpiresAt: null };
const failed: Appointment = { ...base, id: 'a4', doctorName: 'Dr. Failed Doctor', status: 'CONFIRMED', paymentStatus: 'FAILED', amountDue: 45.5, holdExpiresAt: null };
const cancelled: Appointment = { ...base, id: 'a5', doctorName: 'Dr. Cancelled Doctor', status: 'CANCELLED', cancelledBy: 'PATIENT', holdExpiresAt: null };

const config = () => jsonResponse({ body: { patientCancellationCutoffHours: 24, holdMinutes: 15 } });

function card(doctor: string) {
  return screen.getByRole('article', { name: doctor });
}

describe('MyAppointments payments', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2027-03-25T12:00:00Z'));
    vi.mocked(goToExternalUrl).mockClear();
  });
  afterEach(() => vi.useRealTimers());

  it('offers "Pay now" only on open appointments with an unpaid or failed fee, with the badge and amount on each', async () => {
    mockFetch((method, url) => {
      if (url === '/api/config') return config();
      if (method === 'GET' && url === '/api/appointments') return jsonResponse({ body: [held, paid, free, failed, cancelled] });
      return undefined;
    });
    const { user } = renderWithProviders(<MyAppointments findDoctorHref="/doctors" />);

    const heldCard = await screen.findByRole('article', { name: held.doctorName });
    expect(within(heldCard).getByText('Unpaid')).toBeInTheDocument();
    expect(heldCard).toHaveTextContent('Fee: €80.00');
    expect(within(heldCard).getByRole('button', { name: `Pay now: €80.00 for your appointment with ${held.doctorName}` })).toHaveTextContent('Pay now');
    const until = formatTime(held.holdExpiresAt!, browserTimeZone(), 'en-US');
    expect(within(heldCard).getByText(`Pay by ${until} or the booking is released.`)).toBeInTheDocument();

    expect(within(card(paid.doctorName)).getByText('Paid')).toBeInTheDocument();
    expect(card(paid.doctorName)).toHaveTextContent('Fee: €80.00');
    expect(within(card(paid.doctorName)).queryByRole('button', { name: /Pay now/ })).not.toBeInTheDocument();

    expect(within(card(free.doctorName)).getByText('No fee')).toBeInTheDocument();
    expect(card(free.doctorName)).not.toHaveTextContent('Fee:');
    expect(within(card(free.doctorName)).queryByRole('button', { name: /Pay now/ })).not.toBeInTheDocument();

    expect(within(card(failed.doctorName)).getByText('Payment failed')).toBeInTheDocument();
    expect(within(card(failed.doctorName)).getByRole('button', { name: /^Pay now: €45\.50/ })).toBeInTheDocument();
    expect(card(failed.doctorName)).not.toHaveTextContent(/Pay by/);

    expect(screen.getAllByRole('button', { name: /Pay now/ })).toHaveLength(2);

    await user.click(screen.getByRole('tab', { name: /Past/ }));
    const cancelledCard = await screen.findByRole('article', { name: cancelled.doctorName });
    expect(within(cancelledCard).getByText('Unpaid')).toBeInTheDocument();
    expect(within(cancelledCard).queryByRole('button', { name: /Pay now/ })).not.toBeInTheDocument();
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
