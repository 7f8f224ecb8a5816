import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AdminPayment } from '@/features/payments/api/get-admin-payments';
import type { Revenue } from '@/features/payments/api/get-revenue';
import { PaymentsAdmin } from '@/features/payments/components/payments-admin';
import { jsonResponse, mockFetch, renderWithProviders } from '@/testing/test-utils';

const revenue: Revenue = {
  from: '2027-02-28',
  to: '2027-03-29',
  totals: [{ currency: 'EUR', amount: 240 }],
  byDay: [
    { date: '2027-03-27', currency: 'EUR', amount: 80 },
    { date: '2027-03-28', currency: 'EUR', amount: 160 },
  ],
  byDoctor: [
    { doctorId: 'd1', doctorName: 'Dr. Anna Schneider', currency: 'EUR', amount: 160, payments: 3 },
    { doctorId: 'd2', doctorName: 'Dr. Amira Haddad', currency: 'EUR', amount: 80, payments: 1 },
  ],
};

const payment: AdminPayment = {
  id: 'pay-1',
  appointmentId: 'a1',
  doctorName: 'Dr. Anna Schneider',
  patientName: 'María García',
  start: '2027-03-30T07:00:00Z',
  amount: 80,
  currency: 'EUR',
  status: 'PAID',
  refundedAmount: 0,
  provider: 'test',
  transactionId: 'test_3f6c0e0a-1d5b-4c3e-9f0a-2b7d8e9c1a44',
  createdAt: '2027-03-28T09:00:00Z',
};

const refunded: AdminPayment = {
  ...payment,
  id: 'pay-2',
  patientName: 'James Okafor',
  status: 'REFUNDED',
  refundedAmount: 80,
  provider: 'stripe',
  transactionId: null,
  createdAt: '2027-03-27T09:00:00Z',
};

const DEFAULT_QUERY = 'from=2027-02-28&to=2027-03-29';

describe('PaymentsAdmin', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2027-03-29T10:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('shows the last 30 days of revenue, by day and by doctor, and the payment log', async () => {
    const fetchMock = mockFetch((method, url) => {
      if (method === 'GET' && url === `/api/admin/revenue?${DEFAULT_QUERY}`) return jsonResponse({ body: revenue });
      if (method === 'GET' && url === `/api/admin/payments?${DEFAULT_QUERY}`) return jsonResponse({ body: [payment, refunded] });
      return undefined;
    });
    renderWithProviders(<PaymentsAdmin />);

    expect(screen.getByLabelText('From')).toHaveValue('2027-02-28');
    expect(screen.getByLabelText('Until')).toHaveValue('2027-03-29');
    expect(screen.getByText('Loading revenue…')).toBeInTheDocument();
    expect(screen.getByText('Loading payments…')).toBeInTheDocument();

    const revenueSection = await screen.findByRole('region', { name: 'Revenue' });
    expect(await within(revenueSection).findByText('€240.00')).toBeInTheDocument();
    expect(within(revenueSection).getByText('Revenue in EUR')).toBeInTheDocument();

    const byDay = within(revenueSection).getByRole('table', { name: 'By day' });
    const dayRows = within(byDay).getAllByRole('row').slice(1);
    expect(dayRows.map((row) => row.textContent)).toEqual(['Sun, Mar 28, 2027€160.00', 'Sat, Mar 27, 2027€80.00']);

    const byDoctor = within(revenueSection).getByRole('table', { name: 'By doctor' });
    const anna = within(byDoctor).getByRole('row', { name: /Dr\. Anna Schneider/ });
    expect(within(anna).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Dr. Anna Schneider', '3', '€160.00']);

    const log = screen.getByRole('region', { name: 'Payment log' });
    expect(await within(log).findByText('2 payments')).toBeInTheDocument();
    const paid = within(log).getByRole('article', { name: 'María García · €80.00' });
    expect(within(paid).getByText('Paid')).toBeInTheDocument();
    expect(within(paid).getByText('Test mode')).toBeInTheDocument();
    expect(within(paid).getByText(payment.transactionId!)).toBeInTheDocument();
    expect(paid).toHaveTextContent('Dr. Anna Schneider');
    const back = within(log).getByRole('article', { name: 'James Okafor · €80.00' });
    expect(within(back).getByText('Refunded')).toBeInTheDocument();
    expect(within(back).getByText('Stripe')).toBeInTheDocument();
    expect(back).toHaveTextContent('€80.00 refunded');
    expect(back).toHaveTextContent('Transaction ID:—');

    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('says so when nothing was paid, and asks again for other dates', async () => {
    const fetchMock = mockFetch((method, url) => {
      if (method !== 'GET') return undefined;
      if (url.startsWith('/api/admin/revenue?')) return jsonResponse({ body: { ...revenue, totals: [], byDay: [], byDoctor: [] } });
      if (url.startsWith('/api/admin/payments?')) return jsonResponse({ body: [] });
      return undefined;
    });
    renderWithProviders(<PaymentsAdmin />);

    expect(await screen.findByText('No revenue in these dates')).toBeInTheDocument();
    expect(await screen.findByText('No payments in these dates')).toBeInTheDocument();

    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2027-01-01' } });
    await waitFor(() => expect(fetchMock.mock.calls.map(([url]) => url)).toContain('/api/admin/payments?from=2027-01-01&to=2027-03-29'));
    expect(fetchMock.mock.calls.map(([url]) => url)).toContain('/api/admin/revenue?from=2027-01-01&to=2027-03-29');

    // An end before the start is flagged and not asked for.
    fireEvent.change(screen.getByLabelText('Until'), { target: { value: '2026-12-01' } });
    expect(await screen.findByText('Choose a date on or after the start.')).toBeInTheDocument();
    expect(fetchMock.mock.calls.map(([url]) => String(url)).some((url) => url.includes('to=2026-12-01'))).toBe(false);
  });

  it('shows an error with a retry when the revenue cannot be loaded', async () => {
    mockFetch((method, url) => {
      if (url.startsWith('/api/admin/revenue?')) return jsonResponse({ status: 500, body: { title: 'Internal Server Error', status: 500 } });
      if (method === 'GET' && url.startsWith('/api/admin/payments?')) return jsonResponse({ body: [payment] });
      return undefined;
    });
    renderWithProviders(<PaymentsAdmin />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('We could not load the revenue');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(await screen.findByText('1 payment')).toBeInTheDocument();
  });
});
