import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PatientRecord } from '@/features/records/api/get-patient-record';
import { PatientRecordLoader } from '@/features/records/components/patient-record-view';
import { headerOf, jsonResponse, mockFetch, renderWithProviders } from '@/testing/test-utils';

const access = { canEditHistory: true, canEditEntries: true, canUpload: true, canWriteNotes: false, breakGlass: false };

const record: PatientRecord = {
  patient: { id: 'p1', fullName: 'María García', email: 'maria@example.com', phone: null, language: 'en' },
  medicalHistory: 'Appendectomy in 2015.\nMother: type 2 diabetes.',
  historyUpdatedAt: '2027-03-20T10:00:00Z',
  allergies: [
    { id: 'e1', kind: 'ALLERGY', text: 'Penicillin', createdAt: '2027-03-20T10:00:00Z', createdByName: 'María García', mine: true, enteredInErrorAt: null, enteredInErrorByName: null },
  ],
  medications: [
    {
      id: 'e2',
      kind: 'MEDICATION',
      text: 'Metformin 500 mg',
      createdAt: '2027-03-20T10:00:00Z',
      createdByName: 'Dr. Anna Schneider',
      mine: false,
      enteredInErrorAt: null,
      enteredInErrorByName: null,
    },
  ],
  conditions: [],
  notes: [
    {
      id: 'n1',
      appointmentId: 'a1',
      appointmentStart: '2027-03-18T08:00:00Z',
      doctorId: 'd1',
      doctorName: 'Dr. Anna Schneider',
      body: '<script>alert(1)</script>\nRest for two days.',
      createdAt: '2027-03-18T09:00:00Z',
      updatedAt: '2027-03-18T09:00:00Z',
      mine: false,
    },
  ],
  attachments: [
    { id: 'f1', fileName: 'blood-test.pdf', contentType: 'application/pdf', sizeBytes: 48_000, appointmentId: null, uploadedByName: 'María García', createdAt: '2027-03-19T10:00:00Z' },
  ],
  access,
};

function serve(body: PatientRecord, more: (method: string, url: string, init?: RequestInit) => Response | undefined = () => undefined) {
  return mockFetch((method, url, init) => {
    if (method === 'GET' && url === `/api/patients/${body.patient.id}/record`) return jsonResponse({ body });
    return more(method, url, init);
  });
}

describe('PatientRecordLoader', () => {
  it('shows every section of the record, with text as written and files as downloads', async () => {
    serve(record);
    renderWithProviders(<PatientRecordLoader patientId="p1" />);
    expect(screen.getByText('Loading the record…')).toBeInTheDocument();

    const history = await screen.findByRole('region', { name: 'Medical history' });
    expect(within(history).getByText(/Appendectomy in 2015/)).toHaveTextContent('Appendectomy in 2015. Mother: type 2 diabetes.', { normalizeWhitespace: true });
    expect(within(history).getByText(/Appendectomy/).textContent).toContain('\n');
    expect(within(screen.getByRole('region', { name: 'Allergies' })).getByText('Penicillin')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Medications' })).getByText('Added by Dr. Anna Schneider', { exact: false })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Conditions' })).getByText('No conditions recorded.')).toBeInTheDocument();

    const notes = screen.getByRole('region', { name: 'Visit notes' });
    const note = within(notes).getByRole('article', { name: /Dr. Anna Schneider · visit on/ });
    // Shown literally, never as markup; and the patient cannot edit a doctor's note.
    expect(note).toHaveTextContent('<script>alert(1)</script>');
    expect(note.querySelector('script')).toBeNull();
    expect(within(note).queryByRole('button', { name: /Edit/ })).not.toBeInTheDocument();
    expect(within(notes).queryByRole('form')).not.toBeInTheDocument();

    const files = screen.getByRole('region', { name: 'Files' });
    const link = within(files).getByRole('link', { name: 'blood-test.pdf' });
    expect(link).toHaveAttribute('href', '/api/patients/p1/attachments/f1');
    expect(link).toHaveAttribute('download', 'blood-test.pdf');
    expect(within(files).getByText(/^46\.9 kB · uploaded by María García/i)).toBeInTheDocument();
  });

  it('adds an allergy by posting its kind and trimmed text, and lists it without reading the record again', async () => {
    const fetchMock = serve(record, (method, url) =>
      method === 'POST' && url === '/api/patients/p1/entries'
        ? jsonResponse({ status: 201, body: { id: 'e9', kind: 'ALLERGY', text: 'Peanuts', createdAt: '2027-03-25T10:00:00Z', createdByName: 'María García' } })
        : undefined,
    );
    document.cookie = 'XSRF-TOKEN=t1; path=/';
    const { user } = renderWithProviders(<PatientRecordLoader patientId="p1" />);
    const allergies = await screen.findByRole('region', { name: 'Allergies' });

    await user.click(within(allergies).getByRole('button', { name: 'Add' }));
    expect(await within(allergies).findByText('Write what to add.')).toBeInTheDocument();

    await user.type(within(allergies).getByLabelText('New allergy'), '  Peanuts ');
    await user.click(within(allergies).getByRole('button', { name: 'Add' }));

    expect(await within(allergies).findByText('Peanuts')).toBeInTheDocument();
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')!;
    expect(JSON.parse(post[1]!.body as string)).toEqual({ kind: 'ALLERGY', text: 'Peanuts' });
    expect(headerOf(post[1], 'X-XSRF-TOKEN')).toBe('t1');
    expect(within(allergies).getByLabelText('New allergy')).toHaveValue('');
    expect(fetchMock.mock.calls.filter(([url]) => url === '/api/patients/p1/record')).toHaveLength(1);
  });

  it('marks the reader’s own entry as entered in error, keeps it struck through, and offers nothing on another author’s', async () => {
    const marked = { ...record.allergies[0]!, enteredInErrorAt: '2027-03-26T10:00:00Z', enteredInErrorByName: 'María García' };
    const fetchMock = serve(record, (method, url) =>
      method === 'POST' && url === '/api/patients/p1/entries/e1/entered-in-error' ? jsonResponse({ body: marked }) : undefined,
    );
    document.cookie = 'XSRF-TOKEN=t1; path=/';
    const { user } = renderWithProviders(<PatientRecordLoader patientId="p1" />);
    const allergies = await screen.findByRole('region', { name: 'Allergies' });
    expect(within(screen.getByRole('region', { name: 'Medications' })).queryByRole('button', { name: /entered in error/ })).toBeNull();
    await user.click(within(allergies).getByRole('button', { name: 'Mark “Penicillin” as entered in error' }));
    expect(await within(allergies).findByText(/Entered in error — marked by María García/)).toBeInTheDocument();
    expect(within(allergies).getByText('Penicillin')).toBeInTheDocument();
    expect(within(allergies).queryByRole('button', { name: /entered in error/ })).toBeNull();
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'DELETE')).toBe(false);
  });

  it('saves the medical history the patient writes', async () => {
    const fetchMock = serve(record, (method, url) =>
      method === 'PUT' && url === '/api/patients/p1/medical-history'
        ? jsonResponse({ body: { medicalHistory: 'Asthma since childhood.', historyUpdatedAt: '2027-03-25T10:00:00Z' } })
        : undefined,
    );
    const { user } = renderWithProviders(<PatientRecordLoader patientId="p1" />);
    const history = await screen.findByRole('region', { name: 'Medical history' });
    await user.click(within(history).getByRole('button', { name: 'Edit' }));
    const field = within(history).getByLabelText('Your medical history');
    await user.clear(field);
    await user.type(field, 'Asthma since childhood.');
    await user.click(within(history).getByRole('button', { name: 'Save history' }));

    expect(await within(history).findByText('Asthma since childhood.')).toBeInTheDocument();
    expect(within(history).getByRole('status')).toHaveTextContent('Saved');
    const put = fetchMock.mock.calls.find(([, init]) => init?.method === 'PUT')!;
    expect(JSON.parse(put[1]!.body as string)).toEqual({ text: 'Asthma since childhood.' });
  });

  it('shows the server’s refusal of a file type beside the file field', async () => {
    const fetchMock = serve(record, (method, url) =>
      method === 'POST' && url === '/api/patients/p1/attachments'
        ? jsonResponse({
            status: 415,
            body: { title: 'Unsupported file type', status: 415, detail: 'file: must be a PDF, PNG or JPEG file', errors: [{ field: 'file', message: 'must be a PDF, PNG or JPEG file' }] },
          })
        : undefined,
    );
    document.cookie = 'XSRF-TOKEN=t1; path=/';
    const { user, container } = renderWithProviders(<PatientRecordLoader patientId="p1" />);
    const files = await screen.findByRole('region', { name: 'Files' });
    // Named .png, but text inside: the server judges by content.
    const fake = new File(['just some text'], 'photo.png', { type: 'image/png' });
    await user.upload(container.querySelector('input[type="file"]')!, fake);
    await user.click(within(files).getByRole('button', { name: 'Upload' }));

    const message = await within(files).findByText('must be a PDF, PNG or JPEG file');
    expect(within(files).getByRole('button', { name: /File/ })).toHaveAttribute('aria-describedby', expect.stringContaining(message.id));
    expect(within(files).queryByRole('alert')).not.toBeInTheDocument();

    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')!;
    const form = post[1]!.body as FormData;
    expect((form.get('file') as File).name).toBe('photo.png');
    expect(headerOf(post[1], 'Content-Type')).toBeUndefined();
    expect(headerOf(post[1], 'X-XSRF-TOKEN')).toBe('t1');
  });

  it('refuses a file over 10 MB before sending it', async () => {
    const fetchMock = serve(record);
    const { user, container } = renderWithProviders(<PatientRecordLoader patientId="p1" />);
    const files = await screen.findByRole('region', { name: 'Files' });
    const big = new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'scan.pdf', { type: 'application/pdf' });
    await user.upload(container.querySelector('input[type="file"]')!, big);
    expect(await within(files).findByText('This file is larger than 10 MB.')).toBeInTheDocument();
    expect(within(files).getByRole('button', { name: 'Upload' })).toBeDisabled();
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('lets a doctor write a note on the visit they choose, and edit their own notes', async () => {
    const doctorRecord: PatientRecord = {
      ...record,
      access: { canEditHistory: false, canEditEntries: true, canUpload: true, canWriteNotes: true, breakGlass: false },
      notes: [{ ...record.notes[0]!, mine: true }],
    };
    const fetchMock = serve(doctorRecord, (method, url, init) => {
      const body = init?.body ? (JSON.parse(init.body as string) as { body: string }).body : '';
      if (method === 'POST' && url === '/api/appointments/a2/notes') {
        return jsonResponse({ status: 201, body: { ...record.notes[0]!, id: 'n2', appointmentId: 'a2', appointmentStart: '2027-03-01T08:00:00Z', body, mine: true } });
      }
      if (method === 'PUT' && url === '/api/notes/n1') return jsonResponse({ body: { ...doctorRecord.notes[0]!, body, updatedAt: '2027-03-25T10:00:00Z' } });
      return undefined;
    });
    const visits = [
      { id: 'a1', start: '2027-03-18T08:00:00Z' },
      { id: 'a2', start: '2027-03-01T08:00:00Z' },
    ];
    const { user } = renderWithProviders(<PatientRecordLoader patientId="p1" noteAppointments={visits} />);
    const notes = await screen.findByRole('region', { name: 'Visit notes' });
    expect(within(notes).queryByLabelText('Your medical history')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Write my history' })).not.toBeInTheDocument();

    const form = within(notes).getByRole('form', { name: 'Write a visit note' });
    const visit = within(form).getByLabelText('Visit');
    expect(within(visit).getAllByRole('option')).toHaveLength(2);
    await user.selectOptions(visit, 'a2');
    await user.type(within(form).getByLabelText('Note'), 'Follow-up in two weeks.');
    await user.click(within(form).getByRole('button', { name: 'Save note' }));

    await waitFor(() => expect(within(notes).getAllByRole('article')).toHaveLength(2));
    expect(within(notes).getByText('Follow-up in two weeks.')).toBeInTheDocument();
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')!;
    expect(post[0]).toBe('/api/appointments/a2/notes');
    expect(JSON.parse(post[1]!.body as string)).toEqual({ body: 'Follow-up in two weeks.' });

    const own = within(notes).getByRole('article', { name: /visit on .*18/ });
    await user.click(within(own).getByRole('button', { name: /Edit your note/ }));
    const field = within(own).getByLabelText('Note');
    await user.clear(field);
    await user.type(field, 'Rest for three days.');
    await user.click(within(own).getByRole('button', { name: 'Save changes' }));
    expect(await within(own).findByText('Rest for three days.')).toBeInTheDocument();
    expect(own).toHaveTextContent(/edited/);
  });

  it('lets a doctor tie an uploaded file to one of their visits, and shows which', async () => {
    const doctorRecord: PatientRecord = { ...record, access: { ...access, canEditHistory: false, canWriteNotes: true } };
    const fetchMock = serve(doctorRecord, (method, url, init) => {
      if (method !== 'POST' || url !== '/api/patients/p1/attachments') return undefined;
      const form = init!.body as FormData;
      const file = form.get('file') as File;
      return jsonResponse({
        status: 201,
        body: { ...record.attachments[0]!, id: 'f2', fileName: file.name, appointmentId: form.get('appointmentId'), uploadedByName: 'Dr. Anna Schneider' },
      });
    });
    const visits = [
      { id: 'a1', start: '2027-03-18T08:00:00Z' },
      { id: 'a2', start: '2027-03-01T08:00:00Z' },
    ];
    const { user, container } = renderWithProviders(<PatientRecordLoader patientId="p1" noteAppointments={visits} />);
    const files = await screen.findByRole('region', { name: 'Files' });
    const visit = within(files).getByLabelText('Visit');
    const options = within(visit).getAllByRole('option') as HTMLOptionElement[];
    expect(options.map((o) => o.value)).toEqual(['', 'a1', 'a2']); // none first, then newest first
    expect(options[0]).toHaveTextContent('Not for a particular visit');
    await user.selectOptions(visit, 'a2');
    await user.upload(container.querySelector('input[type="file"]')!, new File(['%PDF-1.4'], 'x-ray.pdf', { type: 'application/pdf' }));
    await user.click(within(files).getByRole('button', { name: 'Upload' }));

    const uploaded = (await within(files).findByRole('link', { name: 'x-ray.pdf' })).closest('li')!;
    expect(uploaded).toHaveTextContent(/for the visit on .*1/);
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')!;
    expect((post[1]!.body as FormData).get('appointmentId')).toBe('a2');
    // a file uploaded without a visit names none
    expect(within(files).getByRole('link', { name: 'blood-test.pdf' }).closest('li')).not.toHaveTextContent('for the visit');
  });

  it('says the record is not available when the API answers 404', async () => {
    mockFetch((method, url) =>
      method === 'GET' && url === '/api/patients/p2/record'
        ? jsonResponse({ status: 404, body: { title: 'Not found', status: 404, detail: 'Patient record was not found' } })
        : undefined,
    );
    renderWithProviders(<PatientRecordLoader patientId="p2" />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This record is not available');
    expect(within(alert).queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });
});
