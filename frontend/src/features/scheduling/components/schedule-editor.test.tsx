import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Schedule } from '@/features/scheduling/api/get-schedule';
import { ScheduleForm } from '@/features/scheduling/components/schedule-editor';
import { jsonResponse, mockFetch, renderWithProviders } from '@/testing/test-utils';

const schedule: Schedule = {
  timeZone: 'Europe/Berlin',
  slotMinutes: 20,
  bufferMinutes: 0,
  minNoticeMinutes: 60,
  horizonDays: 90,
  weekly: [
    { day: 'MONDAY', start: '08:00', end: '12:00' },
    { day: 'MONDAY', start: '13:00', end: '16:00' },
    { day: 'TUESDAY', start: '08:00', end: '12:00' },
  ],
  overrides: [],
  timeOff: [],
};

function withCsrfCookie() {
  document.cookie = 'XSRF-TOKEN=token-1; path=/';
}

describe('ScheduleForm', () => {
  it('shows each day’s intervals, and closed days as closed', () => {
    renderWithProviders(<ScheduleForm doctorId="d1" schedule={schedule} />);
    const monday = screen.getByRole('group', { name: 'Monday' });
    expect(within(monday).getByLabelText('Monday from, interval 1')).toHaveValue('08:00');
    expect(within(monday).getByLabelText('Monday until, interval 2')).toHaveValue('16:00');
    expect(within(screen.getByRole('group', { name: 'Tuesday' })).getByLabelText('Tuesday from')).toHaveValue('08:00');
    expect(within(screen.getByRole('group', { name: 'Sunday' })).getByText('Closed')).toBeInTheDocument();
    expect(screen.getByLabelText('Appointment length')).toHaveValue('20');
  });

  it('checks the hours before saving and says what is wrong beside the field', async () => {
    const fetchMock = mockFetch(() => undefined);
    const { user } = renderWithProviders(<ScheduleForm doctorId="d1" schedule={schedule} />);

    const until = screen.getByLabelText('Tuesday until');
    await user.clear(until);
    await user.type(until, '07:00');
    const slot = screen.getByLabelText('Appointment length');
    await user.clear(slot);
    await user.type(slot, '300');
    await user.click(screen.getByRole('button', { name: 'Save schedule' }));

    expect(await screen.findByText('End after the start.')).toBeInTheDocument();
    expect(screen.getByLabelText('Tuesday until')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Appointment length')).toHaveAccessibleDescription(/whole minutes from 5 to 240/);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('adds and removes intervals', async () => {
    const { user } = renderWithProviders(<ScheduleForm doctorId="d1" schedule={schedule} />);
    await user.click(screen.getByRole('button', { name: 'Add hours on Saturday' }));
    expect(screen.getByLabelText('Saturday from')).toHaveValue('09:00');
    await user.click(screen.getByRole('button', { name: 'Remove Monday’s interval 2'.replace('’', "'") }));
    expect(screen.getByLabelText('Monday from')).toHaveValue('08:00');
  });

  it('sends the flat weekly list and puts server errors beside the interval they name', async () => {
    withCsrfCookie();
    const fetchMock = mockFetch((method, url) =>
      method === 'PUT' && url === '/api/doctors/d1/schedule'
        ? jsonResponse({
            status: 400,
            body: {
              title: 'Bad Request',
              status: 400,
              detail: 'Validation failed',
              errors: [
                // The third interval sent is Tuesday's only one.
                { field: 'weekly[2].end', message: 'must not be later than 20:00' },
                { field: 'weekly', message: 'The clinic is closed on Sundays.' },
              ],
            },
          })
        : undefined,
    );
    const { user } = renderWithProviders(<ScheduleForm doctorId="d1" schedule={schedule} />);
    await user.click(screen.getByRole('button', { name: 'Save schedule' }));

    const until = screen.getByLabelText('Tuesday until');
    await waitFor(() => expect(until).toHaveAttribute('aria-invalid', 'true'));
    expect(until).toHaveAccessibleDescription('must not be later than 20:00');
    expect(screen.getByRole('alert')).toHaveTextContent('The clinic is closed on Sundays.');

    const body = JSON.parse(String(fetchMock.mock.calls[0]![1]!.body));
    expect(body).toEqual({
      timeZone: 'Europe/Berlin',
      slotMinutes: 20,
      bufferMinutes: 0,
      minNoticeMinutes: 60,
      horizonDays: 90,
      weekly: schedule.weekly,
    });
  });

  it('says so once saved', async () => {
    withCsrfCookie();
    mockFetch((method) => (method === 'PUT' ? jsonResponse({ body: schedule }) : undefined));
    const { user } = renderWithProviders(<ScheduleForm doctorId="d1" schedule={schedule} />);
    await user.click(screen.getByRole('button', { name: 'Save schedule' }));
    expect(await screen.findByText('Schedule saved')).toBeInTheDocument();
  });
});
