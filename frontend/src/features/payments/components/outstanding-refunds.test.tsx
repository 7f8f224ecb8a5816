import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { OutstandingRefund } from '@/features/payments/api/get-outstanding-refunds';
import { OutstandingRefunds } from '@/features/payments/components/outstanding-refunds';
import { jsonResponse, mockFetch, renderWithProviders } from '@/testing/test-utils';

const owed: OutstandingRefund = {
  appointmentId: 'a1',
  paymentId: 'pay-1',
  patientName: 'James Okafor',
  doctorName: 'Dr. Anna Schneider',
  amount: { amount: '80.00', currency: 'EUR' },
  cancelledAt: '2027-03-28T09:00:00Z',
  attempts: 2,
  lastError: 'Stripe: 503 Service Unavailable',
};

function serve(list: OutstandingRefund[]) {
  mockFetch((method, url) => (method === 'GET' && url === '/api/admin/refunds/outstanding' ? jsonResponse({ body: list }) : undefined));
}

describe('OutstandingRefunds', () => {
  it('lists each refund still owed: to whom, how much, how often asked and the provider’s last answer', async () => {
    serve([owed]);
    renderWithProviders(<OutstandingRefunds />);
    const section = await screen.findByRole('region', { name: 'Refunds still owed' });
    expect(await within(section).findByText('€80.00 to James Okafor')).toBeInTheDocument();
    expect(within(section).getByText('1 owed')).toBeInTheDocument();
    expect(within(section).getByText(/Visit with Dr. Anna Schneider, cancelled .* · asked 2 times/)).toBeInTheDocument();
    expect(within(section).getByText('Last answer: Stripe: 503 Service Unavailable')).toBeInTheDocument();
  });

  it('says so when nothing is owed', async () => {
    serve([]);
    renderWithProviders(<OutstandingRefunds />);
    expect(await screen.findByRole('heading', { name: 'No refunds owed' })).toBeInTheDocument();
  });
});
