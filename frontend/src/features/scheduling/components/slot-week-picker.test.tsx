import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { slotColumns } from '@/features/scheduling/components/slot-week-days';
import { SlotWeekPicker } from '@/features/scheduling/components/slot-week-picker';
import { jsonResponse, mockFetch, renderWithProviders } from '@/testing/test-utils';

const slots = [
  { start: '2027-03-29T07:00:00Z', end: '2027-03-29T07:20:00Z' },
  { start: '2027-03-29T07:20:00Z', end: '2027-03-29T07:40:00Z' },
  { start: '2027-03-31T12:00:00Z', end: '2027-03-31T12:20:00Z' },
];

describe('SlotWeekPicker', () => {
  beforeEach(() => {
    // Only the clock is fake: promises and timers stay real for the queries.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2027-03-24T12:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('opens on the week of the next free slot and asks for the doctor-zone dates covering it', async () => {
    const fetchMock = mockFetch((_method, url) => (url.startsWith('/api/doctors/d1/slots') ? jsonResponse({ body: slots }) : undefined));
    const onPick = vi.fn();
    const { user } = renderWithProviders(
      <SlotWeekPicker doctorId="d1" doctorName="Dr. Anna Schneider" doctorTimeZone="Europe/Berlin" timeZone="Europe/Berlin" nextFreeSlot="2027-03-29T07:00:00Z" onPick={onPick} />,
    );

    expect(screen.getByRole('status')).toHaveTextContent('Loading free times…');
    const region = await screen.findByRole('region', { name: 'Free times' });
    expect(fetchMock.mock.calls[0]![0]).toBe('/api/doctors/d1/slots?from=2027-03-29&to=2027-04-04');
    expect(region).toHaveTextContent(/Week of 29 Mar\s*–\s*4 Apr 2027|Week of Mar 29\s*–\s*Apr 4, 2027/);
    // Same zone: no second zone to explain.
    expect(region).not.toHaveTextContent('works in');

    // Phones get a strip of days; the first day with free times is open.
    const days = await within(region).findByRole('group', { name: 'Choose a day' });
    expect(within(days).getByRole('button', { name: /Monday, March 29, 2 free/ })).toHaveAttribute('aria-pressed', 'true');
    await user.click(within(region).getByRole('button', { name: 'Monday, March 29, 9:20 AM' }));
    expect(onPick).toHaveBeenCalledWith(slots[1]);

    await user.click(within(days).getByRole('button', { name: /Wednesday, March 31, 1 free/ }));
    expect(within(region).getByRole('button', { name: 'Wednesday, March 31, 2:00 PM' })).toBeInTheDocument();
  });

  it('shows the doctor’s zone when it differs, and pages weeks', async () => {
    const fetchMock = mockFetch(() => jsonResponse({ body: [] }));
    const { user } = renderWithProviders(
      <SlotWeekPicker doctorId="d1" doctorName="Dr. Anna Schneider" doctorTimeZone="Europe/Berlin" timeZone="America/New_York" onPick={vi.fn()} />,
    );
    const region = await screen.findByRole('region', { name: 'Free times' });
    expect(region).toHaveTextContent('Times are shown in your time zone, New York');
    expect(region).toHaveTextContent('Dr. Anna Schneider works in Berlin');
    expect(await within(region).findByText('No free times this week')).toBeInTheDocument();
    expect(within(region).getByRole('button', { name: 'Previous week' })).toBeDisabled();
    // New York's week of 22 March runs to Monday morning in Berlin.
    expect(fetchMock.mock.calls[0]![0]).toBe('/api/doctors/d1/slots?from=2027-03-22&to=2027-03-29');

    await user.click(within(region).getAllByRole('button', { name: 'Next week' })[0]!);
    await within(region).findByText(/Week of (29 Mar|Mar 29)/);
    expect(fetchMock.mock.calls.at(-1)![0]).toBe('/api/doctors/d1/slots?from=2027-03-29&to=2027-04-05');
  });

  it('offers a retry when the slots cannot be loaded', async () => {
    mockFetch(() => jsonResponse({ status: 500, body: { title: 'Internal Server Error', status: 500 } }));
    renderWithProviders(<SlotWeekPicker doctorId="d1" doctorName="Dr. A" doctorTimeZone="Europe/Berlin" timeZone="Europe/Berlin" onPick={vi.fn()} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('We could not load the free times');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('sizes the phone grid’s columns to the longest label, so a 12-hour “11:40 AM” is never cut', () => {
    const late = [{ start: '2027-03-29T09:40:00Z', end: '2027-03-29T10:00:00Z' }];
    // en-US: "11:40 AM" is 8 characters; de: "11:40" is 5.
    expect(slotColumns(late, 'Europe/Berlin', 'en-US')).toBe('repeat(auto-fill, minmax(max(6rem, calc(9ch + 1.25rem)), 1fr))');
    expect(slotColumns(late, 'Europe/Berlin', 'de')).toBe('repeat(auto-fill, minmax(max(6rem, calc(6ch + 1.25rem)), 1fr))');
  });
});
