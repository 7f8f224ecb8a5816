import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Payment } from '@/features/payments/api/get-payment';
import { PaymentReturnNotice } from '@/features/payments/components/payment-return-notice';
import { jsonResponse, mockFetch, renderWithProviders } from '@/testing/test-utils';

const paid: Payment = {
  id: 'pay-1',
  appointmentId: 'a1',
  doctorName: 'Dr. Anna Schneider',
  start: '2027-03-29T07:00:00Z',
  amount: 80,
  currency: 'EUR',
  status: 'PAID',
  refundedAmount: 0,
  provider: 'stripe',
  createdAt: '2027-03-25T12:00:00Z',
};

describe('PaymentReturnNotice', () => {
  it('tells people back from the hosted checkout that their payment arrived', async () => {
    mockFetch((method, url) => (method === 'GET' && url === '/api/payments/pay-1' ? jsonResponse({ body: paid }) : undefined));
    renderWithProviders(<PaymentReturnNotice paymentId="pay-1" onDismiss={vi.fn()} />);
    expect(await screen.findByText('Payment received: €80.00 for your appointment with Dr. Anna Schneider.')).toBeInTheDocument();
  });

  it('says nothing was charged when they left the checkout', async () => {
    const onDismiss = vi.fn();
    const { user } = renderWithProviders(<PaymentReturnNotice cancelled onDismiss={onDismiss} />);
    expect(screen.getByRole('status')).toHaveTextContent('You left the payment page before paying. Nothing was charged');
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalled();
  });
});
