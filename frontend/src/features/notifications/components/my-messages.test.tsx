import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browserTimeZone, formatDateTime, formatLocale } from '@/lib/time';
import type { SmsNotification } from '@/features/notifications/api/get-notifications';
import { MyMessages } from '@/features/notifications/components/my-messages';
import { aSmsNotification } from '@/testing/fixtures';
import { jsonResponse, mockFetch, renderWithProviders } from '@/testing/test-utils';

const booked = aSmsNotification();

const reminder: SmsNotification = {
  ...booked,
  id: 'n2',
  kind: 'REMINDER',
  message: 'CareSlot reminder: Dr. Anna Schneider on Tue 30 Mar at 09:00 (CEST).',
  status: 'PENDING',
  provider: null,
  attempts: 0,
  sendAfter: '2027-03-29T07:00:00Z',
  sentAt: null,
};

const dropped: SmsNotification = {
  ...reminder,
  id: 'n3',
  appointmentId: 'a0',
  status: 'CANCELLED',
  sendAfter: '2027-03-26T08:00:00Z',
};

const when = (instant: string) => formatDateTime(instant, browserTimeZone(), formatLocale('en'));

describe('MyMessages', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2027-03-25T12:00:30Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('lists each message with its kind, status, text, number and time', async () => {
    const fetchMock = mockFetch((method, url) => {
      if (method === 'GET' && url === '/api/notifications') return jsonResponse({ body: [booked, reminder, dropped] });
      return undefined;
    });
    renderWithProviders(<MyMessages phone="+4915112345678" />);

    expect(screen.getByText('Loading your messages…')).toBeInTheDocument();
    expect(await screen.findByText('3 messages')).toBeInTheDocument();

    const sent = screen.getByRole('article', { name: 'Booking' });
    expect(within(sent).getByText('Sent')).toBeInTheDocument();
    expect(within(sent).getByText('Logged only')).toBeInTheDocument();
    expect(within(sent).getByText(booked.message)).toBeInTheDocument();
    expect(within(sent).getByText('To +4915112345678')).toBeInTheDocument();
    expect(within(sent).getByText(`Sent ${when(booked.sentAt!)}`)).toBeInTheDocument();
    expect(screen.getByText(/CareSlot runs in test mode/)).toBeInTheDocument();

    const [planned, cancelled] = screen.getAllByRole('article', { name: 'Reminder' });
    expect(within(planned!).getByText('Scheduled')).toBeInTheDocument();
    expect(within(planned!).getByText(`Goes out ${when(reminder.sendAfter)}`)).toBeInTheDocument();
    expect(within(planned!).queryByText('Logged only')).not.toBeInTheDocument();
    expect(within(cancelled!).getByText('Cancelled')).toBeInTheDocument();
    expect(within(cancelled!).getByText(`Was due ${when(dropped.sendAfter)}`)).toBeInTheDocument();
    expect(cancelled).toHaveTextContent('Not sent: the appointment was cancelled or moved.');

    // A number is on the profile: no prompt to add one.
    expect(screen.queryByText(/There is no phone number on your profile/)).not.toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('puts the newest message first under a visible heading', async () => {
    const cancellation: SmsNotification = {
      ...booked,
      id: 'n9',
      kind: 'CANCELLED',
      message: 'CareSlot: your appointment with Dr. Anna Schneider on Tue 30 Mar was cancelled: Doctor ill.',
      createdAt: '2027-03-25T12:00:20Z',
      sendAfter: '2027-03-25T12:00:20Z',
      sentAt: '2027-03-25T12:00:22Z',
    };
    // The server's order is not trusted: the oldest comes first here.
    mockFetch((method, url) => (method === 'GET' && url === '/api/notifications' ? jsonResponse({ body: [booked, cancellation] }) : undefined));
    renderWithProviders(<MyMessages phone="+4915112345678" />);

    const list = await screen.findByRole('region', { name: 'Messages, newest first' });
    expect(within(list).getByRole('heading', { level: 2, name: 'Messages, newest first' })).toBeVisible();
    const titles = within(list).getAllByRole('article').map((article) => article.getAttribute('aria-labelledby') && within(article).getByRole('heading').textContent);
    expect(titles).toEqual(['Cancellation', 'Booking']);
  });

  it('explains in one line where texts go when there are none, with a link to the profile', async () => {
    mockFetch((method, url) => (method === 'GET' && url === '/api/notifications' ? jsonResponse({ body: [] }) : undefined));
    renderWithProviders(<MyMessages phone="+4915112345678" />);

    expect(await screen.findByRole('heading', { name: 'No text messages yet' })).toBeInTheDocument();
    const line = screen.getByText(/Texts about your appointments go to the phone number on your/);
    expect(line).toHaveTextContent(
      'Texts about your appointments go to the phone number on your profile; in test mode they are only logged here, not sent.',
    );
    expect(within(line).getByRole('link', { name: 'profile' })).toHaveAttribute('href', '/profile');
  });

  it('asks for a phone number when the profile has none', async () => {
    mockFetch((method, url) => (method === 'GET' && url === '/api/notifications' ? jsonResponse({ body: [] }) : undefined));
    renderWithProviders(<MyMessages phone={null} />);

    expect(await screen.findByText(/There is no phone number on your profile/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Add one on your profile' })).toHaveAttribute('href', '/profile');
  });

  it('says an unconfirmed number gets no texts, with a link to confirm it on the profile', async () => {
    mockFetch((method, url) => (method === 'GET' && url === '/api/notifications' ? jsonResponse({ body: [] }) : undefined));
    renderWithProviders(<MyMessages phone="+4915112345678" phoneVerified={false} />);

    expect(await screen.findByText(/Your phone number is not confirmed yet, so texts about your appointments do not go to it/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Confirm it on your profile' })).toHaveAttribute('href', '/profile');
  });

  it('asks again while a message is due, until it has gone out', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'], shouldAdvanceTime: true });
    vi.setSystemTime(new Date('2027-03-25T12:00:02Z'));
    const due: SmsNotification = { ...booked, status: 'PENDING', provider: null, attempts: 0, sentAt: null };
    let answers = 0;
    const fetchMock = mockFetch((method, url) => {
      if (method !== 'GET' || url !== '/api/notifications') return undefined;
      answers += 1;
      return jsonResponse({ body: [answers === 1 ? due : booked] });
    });
    renderWithProviders(<MyMessages phone="+4915112345678" />);

    const card = await screen.findByRole('article', { name: 'Booking' });
    expect(within(card).getByText('Scheduled')).toBeInTheDocument();
    expect(within(card).getByText(`Due ${when(due.sendAfter)}`)).toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(5_000));
    expect(await within(card).findByText('Sent')).toBeInTheDocument();
    expect(within(card).getByText(`Sent ${when(booked.sentAt!)}`)).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(2);

    // Nothing is due any more: no further requests.
    await act(() => vi.advanceTimersByTimeAsync(15_000));
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('shows an error with a retry when the messages cannot be loaded', async () => {
    mockFetch((method, url) =>
      method === 'GET' && url === '/api/notifications' ? jsonResponse({ status: 500, body: { title: 'Internal Server Error', status: 500 } }) : undefined,
    );
    renderWithProviders(<MyMessages phone="+4915112345678" />);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('We could not load your messages');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
