import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { goToExternalUrl } from '@/lib/external-navigation';
import { BookAppointmentDialog, type BookingTarget } from '@/features/appointments/components/book-appointment-dialog';
import { anAppointment } from '@/testing/fixtures';
import { createTestQueryClient, headerOf, jsonResponse, mockFetch, renderWithProviders } from '@/testing/test-utils';

// jsdom cannot leave the page; the checkout URL is recorded instead.
vi.mock('@/lib/external-navigation', () => ({ goToExternalUrl: vi.fn() }));

const target: BookingTarget = {
  doctorId: 'd1',
  doctorName: 'Dr. Anna Schneider',
  doctorTimeZone: 'Europe/Berlin',
  slot: { start: '2027-03-29T07:00:00Z', end: '2027-03-29T07:20:00Z' },
  feeLabel: '€60',
};

const appointment = anAppointment({ start: target.slot.start, end: target.slot.end, status: 'PENDING', visitType: 'VIDEO', reason: 'Sore throat' });

function withCsrfCookie() {
  document.cookie = 'XSRF-TOKEN=token-1; path=/';
}

const config = () => jsonResponse({ body: { patientCancellationCutoffHours: 24, holdMinutes: 15 } });

describe('BookAppointmentDialog', () => {
  it('shows the time in the viewer’s zone and the doctor’s when they differ', () => {
    mockFetch((_method, url) => (url === '/api/config' ? config() : undefined));
    renderWithProviders(<BookAppointmentDialog target={target} timeZone="America/New_York" onClose={vi.fn()} onBooked={vi.fn()} />);
    const dialog = screen.getByRole('dialog', { name: 'Book an appointment' });
    expect(dialog).toHaveTextContent('Monday, March 29, 2027');
    expect(dialog).toHaveTextContent('3:00 AM–3:20 AM');
    expect(dialog).toHaveTextContent(/That is 9:00 AM in Berlin/);
    expect(dialog).toHaveTextContent('Consultation fee: €60');
  });

  it('books with the reason, visit type and one idempotency key per attempt', async () => {
    withCsrfCookie();
    const fetchMock = mockFetch((method, url) => {
      if (url === '/api/config') return config();
      if (method === 'POST' && url === '/api/appointments') return jsonResponse({ status: 201, body: appointment });
      return undefined;
    });
    const onBooked = vi.fn();
    const { user } = renderWithProviders(<BookAppointmentDialog target={target} timeZone="Europe/Berlin" onClose={vi.fn()} onBooked={onBooked} />);

    await user.click(screen.getByRole('radio', { name: /Video call/ }));
    await user.type(screen.getByLabelText(/Reason for the visit/), '  Sore throat ');
    await user.click(screen.getByRole('button', { name: 'Book appointment' }));

    await waitFor(() => expect(onBooked).toHaveBeenCalledWith(appointment));
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')!;
    expect(JSON.parse(String(post[1]!.body))).toEqual({
      doctorId: 'd1',
      start: '2027-03-29T07:00:00Z',
      reason: 'Sore throat',
      visitType: 'VIDEO',
    });
    expect(headerOf(post[1], 'Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('on 409 says the time was just taken, refreshes the free slots and offers to pick another', async () => {
    withCsrfCookie();
    const keys: (string | undefined)[] = [];
    mockFetch((method, url, init) => {
      if (url === '/api/config') return config();
      if (method === 'POST' && url === '/api/appointments') {
        keys.push(headerOf(init, 'Idempotency-Key'));
        return jsonResponse({ status: 409, body: { title: 'Conflict', status: 409, detail: 'Slot taken' } });
      }
      return undefined;
    });
    const queryClient = createTestQueryClient();
    const slotsKey = ['slots', 'd1', '2027-03-29', '2027-04-04'];
    queryClient.setQueryData(slotsKey, [target.slot]);
    const onClose = vi.fn();
    const onBooked = vi.fn();
    const { user } = renderWithProviders(<BookAppointmentDialog target={target} timeZone="Europe/Berlin" onClose={onClose} onBooked={onBooked} />, { queryClient });

    await user.click(screen.getByRole('button', { name: 'Book appointment' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Someone just took this time — pick another');
    expect(queryClient.getQueryState(slotsKey)?.isInvalidated).toBe(true);
    expect(screen.getByRole('button', { name: 'Book appointment' })).toBeDisabled();
    expect(onBooked).not.toHaveBeenCalled();
    expect(keys).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Pick another time' }));
    expect(onClose).toHaveBeenCalled();
  });

  it('on 422 says the time cannot be booked any more', async () => {
    withCsrfCookie();
    mockFetch((method, url) => {
      if (url === '/api/config') return config();
      if (method === 'POST') return jsonResponse({ status: 422, body: { title: 'Unprocessable', status: 422, detail: 'Not a slot' } });
      return undefined;
    });
    const { user } = renderWithProviders(<BookAppointmentDialog target={target} timeZone="Europe/Berlin" onClose={vi.fn()} onBooked={vi.fn()} />);
    await user.click(screen.getByRole('button', { name: 'Book appointment' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This time can no longer be booked — pick another');
  });

  it('puts a reason error from the server beside the field', async () => {
    withCsrfCookie();
    mockFetch((method, url) => {
      if (url === '/api/config') return config();
      if (method === 'POST')
        return jsonResponse({
          status: 400,
          body: { title: 'Bad Request', status: 400, detail: 'Validation failed', errors: [{ field: 'reason', message: 'contains unsupported characters' }] },
        });
      return undefined;
    });
    const { user } = renderWithProviders(<BookAppointmentDialog target={target} timeZone="Europe/Berlin" onClose={vi.fn()} onBooked={vi.fn()} />);
    await user.type(screen.getByLabelText(/Reason for the visit/), 'x');
    await user.click(screen.getByRole('button', { name: 'Book appointment' }));
    await waitFor(() => expect(screen.getByLabelText(/Reason for the visit/)).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('leads a prepayment booking straight into the checkout, reserved with a countdown, never “booked”', async () => {
    withCsrfCookie();
    const held = { ...appointment, visitType: 'IN_PERSON', reason: null, prepaymentRequired: true, amountDue: 60, currency: 'EUR', holdExpiresAt: new Date(Date.now() + 15 * 60_000).toISOString() };
    mockFetch((method, url) => {
      if (url === '/api/config') return config();
      if (method === 'POST' && url === '/api/appointments') return jsonResponse({ status: 201, body: held });
      if (method === 'POST' && url === '/api/appointments/a1/checkout') return jsonResponse({ status: 201, body: { paymentId: 'pay-1', url: '/test-checkout/pay-1', testMode: true } });
      return undefined;
    });
    const onBooked = vi.fn();
    const { user } = renderWithProviders(
      <BookAppointmentDialog target={{ ...target, prepaymentRequired: true }} timeZone="Europe/Berlin" onClose={vi.fn()} onBooked={onBooked} />,
    );
    expect(screen.getByRole('dialog')).toHaveTextContent('This doctor takes payment at booking. We reserve the time for 15 minutes while you pay.');
    await user.click(screen.getByRole('button', { name: 'Reserve and pay' }));

    const dialog = await screen.findByRole('dialog', { name: 'Reserved until you pay' });
    expect(dialog).not.toHaveTextContent(/booked/i);
    expect(within(dialog).getByRole('timer')).toHaveTextContent(/^1[45]:\d\d$/);
    expect(onBooked).not.toHaveBeenCalled();

    await user.click(within(dialog).getByRole('button', { name: 'Continue to payment' }));
    await waitFor(() => expect(goToExternalUrl).toHaveBeenCalledWith('/test-checkout/pay-1'));
  });

  it('books for a patient on their behalf when an admin picks one', async () => {
    withCsrfCookie();
    const fetchMock = mockFetch((method, url) => {
      if (url === '/api/config') return config();
      if (method === 'POST' && url === '/api/appointments') return jsonResponse({ status: 201, body: appointment });
      return undefined;
    });
    const onBooked = vi.fn();
    const { user } = renderWithProviders(
      <BookAppointmentDialog target={{ ...target, patient: { id: 'p9', name: 'Jonas Weber' } }} timeZone="Europe/Berlin" onClose={vi.fn()} onBooked={onBooked} />,
    );
    expect(screen.getByRole('dialog')).toHaveTextContent('For Jonas Weber');
    await user.click(screen.getByRole('button', { name: 'Book appointment' }));
    await waitFor(() => expect(onBooked).toHaveBeenCalled());
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')!;
    expect(JSON.parse(String(post[1]!.body))).toEqual({ doctorId: 'd1', start: '2027-03-29T07:00:00Z', visitType: 'IN_PERSON', patientId: 'p9' });
  });
});
