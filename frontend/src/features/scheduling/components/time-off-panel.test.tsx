import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TimeOffPanel } from '@/features/scheduling/components/time-off-panel';
import { jsonResponse, mockFetch, renderWithProviders } from '@/testing/test-utils';

const schedule = {
  timeZone: 'Europe/Berlin',
  slotMinutes: 20,
  bufferMinutes: 0,
  minNoticeMinutes: 0,
  horizonDays: 60,
  weekly: [],
  overrides: [],
  timeOff: [],
};

const covered = {
  type: 'urn:careslot:problem:time-off-covers-visits',
  title: 'Time off covers booked visits',
  status: 409,
  detail: '2 booked visits fall in this time.',
  appointments: [
    { id: 'a1', patientName: 'Maria Garcia', start: '2027-04-06T07:00:00Z', end: '2027-04-06T07:20:00Z', status: 'CONFIRMED' },
    { id: 'a2', patientName: 'Jonas Weber', start: '2027-04-06T08:00:00Z', end: '2027-04-06T08:20:00Z', status: 'PENDING' },
  ],
};

describe('TimeOffPanel', () => {
  it('lists the booked visits the time off covers and cancels them with the reason only when asked', async () => {
    document.cookie = 'XSRF-TOKEN=token-1; path=/';
    const posts: unknown[] = [];
    const fetchMock = mockFetch((method, url, init) => {
      if (method === 'GET' && url === '/api/doctors/d1/schedule') return jsonResponse({ body: schedule });
      if (method === 'POST' && url === '/api/doctors/d1/time-off') {
        const body = JSON.parse(String(init!.body));
        posts.push(body);
        return body.cancelBookedVisits
          ? jsonResponse({ status: 201, body: { id: 't1', start: body.start, end: body.end, reason: body.reason ?? null } })
          : jsonResponse({ status: 409, body: covered });
      }
      return undefined;
    });
    const { user } = renderWithProviders(<TimeOffPanel doctorId="d1" />);

    await user.click(await screen.findByRole('button', { name: 'Add time off' }));
    await user.type(screen.getByLabelText('Starts'), '2027-04-06T08:00');
    await user.type(screen.getByLabelText('Ends'), '2027-04-06T18:00');
    await user.click(screen.getByRole('button', { name: 'Save time off' }));

    const warning = await screen.findByRole('alert');
    expect(warning).toHaveTextContent('2 booked visits fall in this time');
    const visits = within(warning).getByRole('list', { name: 'Visits in this time' });
    expect(within(visits).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Maria Garcia — Tuesday, April 6, 9:00 AM–9:20 AM',
      'Jonas Weber — Tuesday, April 6, 10:00 AM–10:20 AM',
    ]);

    // The patients must be told why.
    const confirm = within(warning).getByRole('button', { name: 'Cancel these 2 visits and block the time' });
    await user.click(confirm);
    expect(await within(warning).findByText('Tell the patients why their visit is cancelled.')).toBeInTheDocument();
    expect(posts).toHaveLength(1);

    await user.type(within(warning).getByLabelText(/Reason for the patients/), 'Dr. Schneider is ill');
    await user.click(confirm);

    await waitFor(() => expect(posts).toHaveLength(2));
    expect(posts[1]).toEqual({
      start: '2027-04-06T06:00:00.000Z',
      end: '2027-04-06T16:00:00.000Z',
      cancelBookedVisits: true,
      cancellationReason: 'Dr. Schneider is ill',
    });
    await waitFor(() => expect(screen.queryByRole('form', { name: 'New time off' })).not.toBeInTheDocument());
    // The schedule is asked for again, now with the time off in it.
    expect(fetchMock.mock.calls.filter(([url]) => url === '/api/doctors/d1/schedule').length).toBeGreaterThan(1);
  });

  it('lets the doctor keep the visits and change the dates instead', async () => {
    document.cookie = 'XSRF-TOKEN=token-1; path=/';
    mockFetch((method, url) => {
      if (method === 'GET' && url === '/api/doctors/d1/schedule') return jsonResponse({ body: schedule });
      if (method === 'POST') return jsonResponse({ status: 409, body: covered });
      return undefined;
    });
    const { user } = renderWithProviders(<TimeOffPanel doctorId="d1" />);
    await user.click(await screen.findByRole('button', { name: 'Add time off' }));
    await user.type(screen.getByLabelText('Starts'), '2027-04-06T08:00');
    await user.type(screen.getByLabelText('Ends'), '2027-04-06T18:00');
    await user.click(screen.getByRole('button', { name: 'Save time off' }));
    await user.click(await screen.findByRole('button', { name: 'Keep the visits' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save time off' })).toBeInTheDocument();
  });
});
