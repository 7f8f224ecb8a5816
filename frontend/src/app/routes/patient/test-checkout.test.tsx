import { screen } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TestCheckoutRoute } from '@/app/routes/patient/test-checkout';
import { jsonResponse, mockFetch, renderRouter } from '@/testing/test-utils';

const payment = {
  id: 'pay-1',
  appointmentId: 'a1',
  doctorName: 'Dr. Sophie Martin',
  start: '2027-03-29T07:00:00Z',
  amount: 90,
  currency: 'EUR',
  status: 'OPEN',
  refundedAmount: 0,
  provider: 'test',
  createdAt: '2027-03-25T12:00:00Z',
};

describe('TestCheckoutRoute', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2027-03-25T12:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('shows how long the reserved time stays the patient’s while the payment is open', async () => {
    mockFetch((_method, url) => {
      if (url === '/api/payments/pay-1') return jsonResponse({ body: payment });
      if (url === '/api/appointments/a1') return jsonResponse({ body: { id: 'a1', status: 'PENDING', holdExpiresAt: '2027-03-25T12:12:30Z' } });
      return undefined;
    });
    const router = createMemoryRouter([{ path: '/test-checkout/:paymentId', element: <TestCheckoutRoute /> }], { initialEntries: ['/test-checkout/pay-1'] });
    renderRouter(router);
    expect(await screen.findByRole('timer', {}, { timeout: 5000 })).toHaveTextContent('12:30');
    expect(screen.getByText('Reserved until you pay')).toBeInTheDocument();
  });
});
