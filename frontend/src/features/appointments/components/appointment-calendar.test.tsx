import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Appointment } from '@/features/appointments/api/get-appointments';
import { AppointmentCalendar } from '@/features/appointments/components/appointment-calendar';
import type { CalendarAvailability } from '@/features/appointments/components/calendar-availability';
import { anAppointment } from '@/testing/fixtures';
import { jsonResponse, mockFetch, renderWithProviders, stubMatchMedia } from '@/testing/test-utils';

const base = anAppointment({ start: '2027-03-30T07:00:00Z', end: '2027-03-30T07:20:00Z', reason: 'Cough' });
// A double booking: the same doctor, the same time, two patients.
const clash: Appointment = { ...base, id: 'a2', patientId: 'p2', patientName: 'Jonas Weber' };
const alone: Appointment = { ...base, id: 'a3', patientId: 'p3', patientName: 'Lea Fischer', start: '2027-03-30T09:00:00Z', end: '2027-03-30T09:20:00Z' };

const availability: CalendarAvailability = {
  timeZone: 'Europe/Berlin',
  weekly: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'].map((day) => ({ day: day as 'MONDAY', start: '09:00', end: '17:00' })),
  overrides: [{ date: '2027-04-01', hours: [] }],
  timeOff: [{ id: 't1', start: '2027-04-02T06:00:00Z', end: '2027-04-02T15:00:00Z', reason: 'Training' }],
};

function serve(list: Appointment[]) {
  mockFetch((method, url) => {
    if (url === '/api/config') return jsonResponse({ body: { patientCancellationCutoffHours: 24, holdMinutes: 15, noShowGraceMinutes: 10 } });
    if (method === 'GET' && url.startsWith('/api/appointments?')) return jsonResponse({ body: list });
    return undefined;
  });
}

describe('AppointmentCalendar week grid', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2027-03-29T10:00:00Z'));
    stubMatchMedia(true);
  });
  afterEach(() => vi.useRealTimers());

  it('lays a double booking out side by side instead of one on top of the other', async () => {
    serve([base, clash, alone]);
    renderWithProviders(<AppointmentCalendar timeZone="Europe/Berlin" availability={availability} />);

    const maria = await screen.findByRole('button', { name: 'Tuesday, March 30, 9:00 AM–9:20 AM, Maria Garcia, Confirmed' });
    const jonas = screen.getByRole('button', { name: 'Tuesday, March 30, 9:00 AM–9:20 AM, Jonas Weber, Confirmed' });
    const lea = screen.getByRole('button', { name: /Lea Fischer/ });
    const [first, second] = [maria.closest('li')!, jonas.closest('li')!];
    expect(first.style.width).toBe('calc(50% - 4px)');
    expect(second.style.width).toBe('calc(50% - 4px)');
    expect(new Set([first.style.left, second.style.left]).size).toBe(2);
    expect(lea.closest('li')!.style.width).toBe('calc(100% - 4px)');
  });

  it('links each patient’s name to their record, in the grid and in the details', async () => {
    serve([base]);
    const { user } = renderWithProviders(<AppointmentCalendar timeZone="Europe/Berlin" availability={availability} />);
    const link = await screen.findByRole('link', { name: 'Maria Garcia: patient record' });
    expect(link).toHaveAttribute('href', '/patients/p1');

    await user.click(screen.getByRole('button', { name: /Maria Garcia, Confirmed/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Appointment' });
    expect(within(dialog).getByRole('link', { name: 'Maria Garcia: patient record' })).toHaveAttribute('href', '/patients/p1');
  });

  it('tells an administrator that a reason was given without showing it', async () => {
    serve([{ ...base, reason: null, reasonGiven: true }]);
    const { user } = renderWithProviders(<AppointmentCalendar timeZone="Europe/Berlin" availability={availability} />);
    await user.click(await screen.findByRole('button', { name: /Maria Garcia, Confirmed/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Appointment' });
    expect(within(dialog).getByText('Given by the patient, for the patient and their doctor only')).toBeInTheDocument();
    expect(within(dialog).queryByText('Cough')).toBeNull();
  });

  it('names a request that is not confirmed yet without a link: it opens no record', async () => {
    serve([{ ...base, status: 'PENDING' }]);
    renderWithProviders(<AppointmentCalendar timeZone="Europe/Berlin" availability={availability} />);
    await screen.findByRole('button', { name: /Maria Garcia, Pending/ });
    expect(screen.getByText('Maria Garcia')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Maria Garcia: patient record' })).toBeNull();
  });

  it('shades working hours from the schedule, closes overridden days and labels time off', async () => {
    serve([base]);
    renderWithProviders(<AppointmentCalendar timeZone="Europe/Berlin" availability={availability} />);
    await screen.findByRole('button', { name: /Maria Garcia/ });

    const day = (name: string) => screen.getByRole('group', { name });
    expect(within(day('Monday, March 29')).getAllByTestId('working-hours')).toHaveLength(1);
    expect(within(day('Thursday, April 1')).queryAllByTestId('working-hours')).toHaveLength(0);
    expect(within(day('Sunday, April 4')).queryAllByTestId('working-hours')).toHaveLength(0);
    expect(within(day('Friday, April 2')).getByText('Time off: Training')).toBeInTheDocument();
    // The axis reads the locale's clock.
    expect(screen.getByText('1:00 PM')).toBeInTheDocument();
  });
});
