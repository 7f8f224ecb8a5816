import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browserTimeZone, formatDateTime, formatLocale } from '@/lib/time';
import type { SmsNotification } from '@/features/notifications/api/get-notifications';
import { SmsLogAdmin } from '@/features/notifications/components/sms-log-admin';
import { aSmsNotification } from '@/testing/fixtures';
import { jsonResponse, mockFetch, renderWithProviders, stubMatchMedia } from '@/testing/test-utils';

const sent = aSmsNotification({ toNumber: '+34912345678' });

const failed: SmsNotification = {
  ...sent,
  id: 'n2',
  userId: 'u2',
  recipientName: 'James Okafor',
  toNumber: '+442079460123',
  kind: 'REMINDER',
  message: 'CareSlot reminder: Dr. Anna Schneider on Tue 30 Mar at 09:00 (CEST).',
  status: 'FAILED',
  provider: 'twilio',
  attempts: 5,
  lastError: 'Twilio answered 400: The number is not a valid phone number',
  sendAfter: '2027-03-24T07:00:00Z',
  sentAt: null,
};

const when = (instant: string) => formatDateTime(instant, browserTimeZone(), formatLocale('en'), { day: 'numeric', month: 'short', year: 'numeric' });

describe('SmsLogAdmin', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2027-03-25T12:01:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('lists every message with recipient, number, kind, status, attempts, last error and times', async () => {
    const fetchMock = mockFetch((method, url) => {
      if (method === 'GET' && url === '/api/admin/notifications') return jsonResponse({ body: [sent, failed] });
      return undefined;
    });
    renderWithProviders(<SmsLogAdmin />);

    expect(screen.getByLabelText('Status')).toHaveValue('');
    expect(screen.getByText('Loading the SMS log…')).toBeInTheDocument();
    const log = screen.getByRole('region', { name: 'Messages' });
    expect(await within(log).findByText('2 messages')).toBeInTheDocument();
    expect(within(log).getByText(/messages marked “Logged only” show what would have gone out/)).toBeInTheDocument();

    const booking = within(log).getByRole('article', { name: 'María García · Booking' });
    expect(within(booking).getByText('Sent')).toBeInTheDocument();
    expect(within(booking).getByText('Logged only')).toBeInTheDocument();
    expect(booking).toHaveTextContent('Number: +34912345678');
    expect(booking).toHaveTextContent(sent.message);
    expect(booking).toHaveTextContent(`Due: ${when(sent.sendAfter)}`);
    expect(booking).toHaveTextContent(`Sent: ${when(sent.sentAt!)}`);
    expect(booking).toHaveTextContent('Attempts: 1');
    expect(booking).toHaveTextContent('Last error:—');

    const reminder = within(log).getByRole('article', { name: 'James Okafor · Reminder' });
    expect(within(reminder).getByText('Failed')).toBeInTheDocument();
    expect(within(reminder).getByText('Twilio')).toBeInTheDocument();
    expect(reminder).toHaveTextContent('Attempts: 5');
    expect(reminder).toHaveTextContent('Sent: —');
    expect(within(reminder).getByText(failed.lastError!)).toBeInTheDocument();

    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('is a table on wide screens, one row per message', async () => {
    stubMatchMedia(true);
    mockFetch((method, url) => (method === 'GET' && url === '/api/admin/notifications' ? jsonResponse({ body: [sent, failed] }) : undefined));
    renderWithProviders(<SmsLogAdmin />);

    const table = await screen.findByRole('table', { name: 'Messages' });
    const header = within(table).getAllByRole('columnheader').map((cell) => cell.textContent);
    expect(header).toEqual(['Due', 'Recipient', 'Number', 'Kind', 'Status', 'Attempts', 'Sent', 'Last error']);
    const row = within(table).getByRole('row', { name: /James Okafor/ });
    const cells = within(row).getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells).toEqual([
      when(failed.sendAfter),
      'James Okafor',
      '+442079460123',
      `Reminder${failed.message}`,
      'FailedTwilio',
      '5',
      '—',
      failed.lastError,
    ]);
    expect(within(table).getAllByRole('row')).toHaveLength(3);
  });

  it('asks for one status when filtered, and says so when none has it', async () => {
    const fetchMock = mockFetch((method, url) => {
      if (method !== 'GET') return undefined;
      if (url === '/api/admin/notifications') return jsonResponse({ body: [sent, failed] });
      if (url === '/api/admin/notifications?status=FAILED') return jsonResponse({ body: [failed] });
      if (url === '/api/admin/notifications?status=DELIVERED') return jsonResponse({ body: [] });
      return undefined;
    });
    const { user } = renderWithProviders(<SmsLogAdmin />);
    expect(await screen.findByText('2 messages')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Status'), 'Failed');
    await waitFor(() => expect(fetchMock.mock.calls.map(([url]) => url)).toContain('/api/admin/notifications?status=FAILED'));
    expect(await screen.findByText('1 message')).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'James Okafor · Reminder' })).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: 'María García · Booking' })).not.toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Status'), 'Delivered');
    expect(await screen.findByRole('heading', { name: 'No messages' })).toBeInTheDocument();
    expect(screen.getByText('No message has this status. Choose “All” to see every message.')).toBeInTheDocument();

    // "All" asks without a status again (answered from the cache).
    await user.selectOptions(screen.getByLabelText('Status'), 'All');
    expect(await screen.findByText('2 messages')).toBeInTheDocument();
  });

  it('says so when nothing was written yet', async () => {
    mockFetch((method, url) => (method === 'GET' && url === '/api/admin/notifications' ? jsonResponse({ body: [] }) : undefined));
    renderWithProviders(<SmsLogAdmin />);
    expect(await screen.findByRole('heading', { name: 'No messages' })).toBeInTheDocument();
    expect(screen.getByText(/Texts are written when patients with a phone number book/)).toBeInTheDocument();
  });

  it('shows the server’s reason with a retry when the log cannot be loaded', async () => {
    mockFetch((method, url) =>
      method === 'GET' && url === '/api/admin/notifications'
        ? jsonResponse({ status: 500, body: { title: 'Internal Server Error', status: 500 } })
        : undefined,
    );
    renderWithProviders(<SmsLogAdmin />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('We could not load the SMS log');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
