import { screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { VisitNote } from '@/features/records/api/get-patient-record';
import { VisitNotesCard, type NoteAppointment } from '@/features/records/components/visit-notes-card';
import { jsonResponse, mockFetch, renderWithProviders } from '@/testing/test-utils';

const visits: NoteAppointment[] = [
  { id: 'a-old', start: '2020-01-10T08:00:00Z' },
  { id: 'a-recent', start: '2021-06-01T08:00:00Z' },
  { id: 'a-future', start: '2999-01-01T08:00:00Z' },
];

/** The doctor's visits arrive after the record, as they do from GET /api/appointments. */
function Harness() {
  const [loaded, setLoaded] = useState<NoteAppointment[] | undefined>(undefined);
  return (
    <>
      <button type="button" onClick={() => setLoaded(visits)}>
        visits arrive
      </button>
      <VisitNotesCard patientId="p1" notes={[]} canWrite appointments={loaded} />
    </>
  );
}

describe('VisitNotesCard', () => {
  it('waits for the doctor’s visits, then preselects the latest one that has begun', async () => {
    const fetchMock = mockFetch((method, url, init) =>
      method === 'POST' && url === '/api/appointments/a-recent/notes'
        ? jsonResponse({
            status: 201,
            body: {
              id: 'n1',
              appointmentId: 'a-recent',
              appointmentStart: visits[1]!.start,
              doctorId: 'd1',
              doctorName: 'Dr. Anna Schneider',
              body: (JSON.parse(init!.body as string) as { body: string }).body,
              createdAt: '2021-06-01T09:00:00Z',
              updatedAt: '2021-06-01T09:00:00Z',
              mine: true,
            },
          })
        : undefined,
    );
    document.cookie = 'XSRF-TOKEN=t1; path=/';
    const { user } = renderWithProviders(<Harness />);
    expect(screen.getByText('Loading your visits with this patient…')).toBeInTheDocument();
    expect(screen.queryByRole('form')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'visits arrive' }));
    const form = screen.getByRole('form', { name: 'Write a visit note' });
    expect(within(form).getByLabelText('Visit')).toHaveValue('a-recent');
    await user.click(within(form).getByRole('button', { name: 'Save note' }));
    expect(await within(form).findByText('Write the note.')).toBeInTheDocument();

    await user.type(within(form).getByLabelText('Note'), 'Line one{Enter}Line two');
    await user.click(within(form).getByRole('button', { name: 'Save note' }));
    // Saved: the form empties for the next note (the list itself comes from the cached record).
    await waitFor(() => expect(within(form).getByLabelText('Note')).toHaveValue(''));
    expect(fetchMock.mock.calls.map(([url]) => url)).toEqual(['/api/appointments/a-recent/notes']);
    expect(JSON.parse(fetchMock.mock.calls[0]![1]!.body as string)).toEqual({ body: 'Line one\nLine two' });
  });

  it('says so when the doctor has no visit with the patient', () => {
    renderWithProviders(<VisitNotesCard patientId="p1" notes={[]} canWrite appointments={[]} />);
    expect(screen.getByText('You have no visit with this patient to write a note about.')).toBeInTheDocument();
  });
  const note = (overrides: Partial<VisitNote>): VisitNote => ({
    id: 'n1',
    appointmentId: 'a-old',
    appointmentStart: visits[0]!.start,
    doctorId: 'd1',
    doctorName: 'Dr. Anna Schneider',
    body: 'Rest for three days.',
    createdAt: '2020-01-10T09:00:00Z',
    updatedAt: '2020-01-10T09:00:00Z',
    mine: false,
    ...overrides,
  });

  it('shows what an edited note said before, fetched only when asked for', async () => {
    const fetchMock = mockFetch((method, url) =>
      method === 'GET' && url === '/api/notes/n1/versions'
        ? jsonResponse({ body: [{ version: 1, body: 'Rest for two days.', writtenAt: '2020-01-10T09:00:00Z', writtenByName: 'Dr. Anna Schneider' }] })
        : undefined,
    );
    const { user } = renderWithProviders(<VisitNotesCard patientId="p1" notes={[note({ updatedAt: '2020-01-11T09:00:00Z' })]} canWrite={false} />);
    expect(fetchMock).not.toHaveBeenCalled();
    const toggle = screen.getByRole('button', { name: 'Show earlier versions' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    const earlier = await screen.findByRole('list', { name: 'Earlier versions, newest first' });
    expect(within(earlier).getByText('Rest for two days.')).toBeInTheDocument();
    expect(within(earlier).getByText(/Version 1, written by Dr. Anna Schneider/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Hide earlier versions' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('offers no earlier versions of a note that was never edited', () => {
    renderWithProviders(<VisitNotesCard patientId="p1" notes={[note({ mine: true })]} canWrite={false} />);
    expect(screen.queryByRole('button', { name: /earlier versions/ })).toBeNull();
  });
});
