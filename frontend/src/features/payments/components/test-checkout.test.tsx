import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Payment } from '@/features/payments/api/get-payment';
import { TestCheckout } from '@/features/payments/components/test-checkout';
import { headerOf, jsonResponse, mockFetch, renderWithProviders } from '@/testing/test-utils';

const open: Payment = {
  id: 'pay-1',
  appointmentId: 'a1',
  doctorName: 'Dr. Anna Schneider',
  start: '2027-03-29T07:00:00Z',
  amount: 80,
  currency: 'EUR',
  status: 'OPEN',
  refundedAmount: 0,
  provider: 'test',
  createdAt: '2027-03-25T12:00:00Z',
};

function renderCheckout() {
  return renderWithProviders(<TestCheckout paymentId="pay-1" appointmentsHref="/appointments" timeZone="Europe/Berlin" />, {
    path: '/test-checkout/pay-1',
    otherPaths: ['/appointments'],
  });
}

describe('TestCheckout', () => {
  it('shows a labelled test-mode card, pays, and shows the result with a way back', async () => {
    document.cookie = 'XSRF-TOKEN=token-1; path=/';
    const fetchMock = mockFetch((method, url) => {
      if (method === 'GET' && url === '/api/payments/pay-1') return jsonResponse({ body: open });
      if (method === 'POST' && url === '/api/payments/pay-1/test-checkout') return jsonResponse({ body: { ...open, status: 'PAID' } });
      return undefined;
    });
    const { user, router } = renderCheckout();

    const card = await screen.findByRole('region', { name: 'Pay for your appointment' });
    expect(within(card).getByText('TEST MODE')).toBeInTheDocument();
    expect(card).toHaveTextContent(/No real money moves/);
    expect(card).toHaveTextContent('Dr. Anna Schneider');
    expect(card).toHaveTextContent('Monday, March 29, 2027 at 9:00 AM');
    expect(card).toHaveTextContent('€80.00');

    await user.click(within(card).getByRole('button', { name: 'Pay (test)' }));
    const result = await screen.findByRole('status', { name: 'Payment received' });
    expect(result).toHaveTextContent('Your appointment with Dr. Anna Schneider is paid: €80.00.');
    expect(screen.queryByRole('button', { name: 'Pay (test)' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Decline (test)' })).not.toBeInTheDocument();

    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')!;
    expect(JSON.parse(String(post[1]!.body))).toEqual({ outcome: 'pay' });
    expect(headerOf(post[1], 'X-XSRF-TOKEN')).toBe('token-1');

    await user.click(screen.getByRole('link', { name: 'Back to my appointments' }));
    expect(router.state.location.pathname).toBe('/appointments');
  });

  it('declines, and says nothing was charged', async () => {
    document.cookie = 'XSRF-TOKEN=token-1; path=/';
    const fetchMock = mockFetch((method, url) => {
      if (method === 'GET' && url === '/api/payments/pay-1') return jsonResponse({ body: open });
      if (method === 'POST' && url === '/api/payments/pay-1/test-checkout') return jsonResponse({ body: { ...open, status: 'FAILED' } });
      return undefined;
    });
    const { user } = renderCheckout();

    await user.click(await screen.findByRole('button', { name: 'Decline (test)' }));
    const result = await screen.findByRole('status', { name: 'Payment declined' });
    expect(result).toHaveTextContent('Nothing was charged.');
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')!;
    expect(JSON.parse(String(post[1]!.body))).toEqual({ outcome: 'fail' });
  });

  it.each([
    ['PAID', 'Payment received'],
    ['FAILED', 'Payment declined'],
    ['EXPIRED', 'This checkout has expired'],
  ] as const)('shows a payment that is already %s instead of the buttons', async (status, title) => {
    mockFetch((method, url) => (method === 'GET' && url === '/api/payments/pay-1' ? jsonResponse({ body: { ...open, status } }) : undefined));
    renderCheckout();
    expect(await screen.findByRole('status', { name: title })).toBeInTheDocument();
    expect(screen.getByText('TEST MODE')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Pay (test)' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to my appointments' })).toHaveAttribute('href', '/appointments');
  });

  it('reports a refused test checkout and keeps the buttons', async () => {
    document.cookie = 'XSRF-TOKEN=token-1; path=/';
    mockFetch((method, url) => {
      if (method === 'GET' && url === '/api/payments/pay-1') return jsonResponse({ body: open });
      if (method === 'POST') return jsonResponse({ status: 404, body: { title: 'Not Found', status: 404, detail: 'Payment not found' } });
      return undefined;
    });
    const { user } = renderCheckout();
    await user.click(await screen.findByRole('button', { name: 'Pay (test)' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Payment not found');
    expect(screen.getByRole('button', { name: 'Pay (test)' })).toBeEnabled();
  });

  it('says so when the payment is not the patient’s', async () => {
    mockFetch(() => jsonResponse({ status: 404, body: { title: 'Not Found', status: 404, detail: 'Payment not found' } }));
    renderCheckout();
    expect(screen.getByRole('status')).toHaveTextContent('Loading the payment…');
    expect(await screen.findByRole('alert')).toHaveTextContent('This payment does not exist or is not yours');
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });
});
