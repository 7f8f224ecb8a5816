import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PatientRecord } from '@/features/records/api/get-patient-record';
import type { RecordSummary } from '@/features/records/api/get-record-summary';
import { RecordSummaryAdmin } from '@/features/records/components/record-summary-admin';
import { headerOf, jsonResponse, mockFetch, renderWithProviders } from '@/testing/test-utils';

const summary: RecordSummary = {
  patientId: 'p1',
  fullName: 'María García',
  allergies: 2,
  medications: 1,
  conditions: 0,
  notes: 3,
  attachments: 1,
  lastChangedAt: '2027-03-20T10:00:00Z',
};

const record: PatientRecord = {
  patient: { id: 'p1', fullName: 'María García', email: 'maria@example.com', phone: null, language: 'en' },
  medicalHistory: 'Asthma.',
  historyUpdatedAt: null,
  allergies: [{ id: 'e1', kind: 'ALLERGY', text: 'Penicillin', createdAt: '2027-03-20T10:00:00Z', createdByName: 'María García', mine: false, enteredInErrorAt: null, enteredInErrorByName: null }],
  medications: [],
  conditions: [],
  notes: [],
  attachments: [{ id: 'f1', fileName: 'scan.pdf', contentType: 'application/pdf', sizeBytes: 1000, appointmentId: null, uploadedByName: 'María García', createdAt: '2027-03-19T10:00:00Z' }],
  access: { canEditHistory: false, canEditEntries: false, canUpload: false, canWriteNotes: false, breakGlass: true },
};

describe('RecordSummaryAdmin', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows counts only, and reads the record after a stated reason, sending it in the break-glass header', async () => {
    const fetchMock = mockFetch((method, url) => {
      if (method === 'GET' && url === '/api/admin/patients/p1/record-summary') return jsonResponse({ body: summary });
      if (method === 'GET' && url === '/api/patients/p1/record') return jsonResponse({ body: record });
      if (method === 'GET' && url === '/api/patients/p1/attachments/f1') return new Response(new Blob(['%PDF-1.4'], { type: 'application/pdf' }));
      return undefined;
    });
    const saved: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(`${this.download} <- ${this.href}`);
    });
    URL.createObjectURL = vi.fn(() => 'blob:http://localhost/file-1');
    URL.revokeObjectURL = vi.fn();
    const { user } = renderWithProviders(<RecordSummaryAdmin patientId="p1" />);

    const card = await screen.findByRole('region', { name: 'Record of María García' });
    expect(within(card).getByText('Allergies').nextSibling).toHaveTextContent('2');
    expect(within(card).getByText('Visit notes').nextSibling).toHaveTextContent('3');
    expect(within(card).getByRole('link', { name: 'Audit log of this patient' })).toHaveAttribute('href', '/admin/records/audit?patientId=p1');
    expect(screen.queryByText('Penicillin')).not.toBeInTheDocument();

    await user.click(within(card).getByRole('button', { name: 'Break-glass access' }));
    const dialog = await screen.findByRole('dialog', { name: 'Break-glass access' });
    expect(dialog).toHaveTextContent('María García will see them in their access log');

    // A reason is required, of at least 10 characters; nothing is read without one.
    await user.click(within(dialog).getByRole('button', { name: 'Read the record' }));
    expect(await within(dialog).findByText('State your reason in at least 10 characters.')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('Reason'), 'too short');
    await user.click(within(dialog).getByRole('button', { name: 'Read the record' }));
    expect(fetchMock.mock.calls.some(([url]) => url === '/api/patients/p1/record')).toBe(false);

    await user.clear(within(dialog).getByLabelText('Reason'));
    await user.type(within(dialog).getByLabelText('Reason'), 'Unconscious in A&E,\nneeds allergy list');
    await user.click(within(dialog).getByRole('button', { name: 'Read the record' }));

    expect(await screen.findByText('Penicillin')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const read = fetchMock.mock.calls.find(([url]) => url === '/api/patients/p1/record')!;
    expect(headerOf(read[1], 'X-Break-Glass-Reason')).toBe('Unconscious in A&E, needs allergy list');

    // Read-only: no forms, no remove buttons.
    expect(screen.getByText(/with break-glass access\. It is read-only/)).toBeInTheDocument();
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Remove/ })).not.toBeInTheDocument();

    // A file is fetched stating the same reason (a plain link could not), then saved under its name.
    await user.click(screen.getByRole('button', { name: 'scan.pdf' }));
    await waitFor(() => expect(saved).toEqual(['scan.pdf <- blob:http://localhost/file-1']));
    const file = fetchMock.mock.calls.find(([url]) => url === '/api/patients/p1/attachments/f1')!;
    expect(headerOf(file[1], 'X-Break-Glass-Reason')).toBe('Unconscious in A&E, needs allergy list');

    await user.click(screen.getByRole('button', { name: 'Close the record' }));
    expect(screen.queryByText('Penicillin')).not.toBeInTheDocument();
  });

  it('puts the server’s refusal of the reason beside the field', async () => {
    mockFetch((method, url) => {
      if (method === 'GET' && url === '/api/admin/patients/p1/record-summary') return jsonResponse({ body: summary });
      if (method === 'GET' && url === '/api/patients/p1/record') {
        return jsonResponse({
          status: 400,
          body: { title: 'Invalid request', status: 400, detail: 'bad', errors: [{ field: 'X-Break-Glass-Reason', message: 'state why you need this record' }] },
        });
      }
      return undefined;
    });
    const { user } = renderWithProviders(<RecordSummaryAdmin patientId="p1" />);
    await user.click(await screen.findByRole('button', { name: 'Break-glass access' }));
    const dialog = await screen.findByRole('dialog', { name: 'Break-glass access' });
    await user.type(within(dialog).getByLabelText('Reason'), 'Emergency ward request');
    await user.click(within(dialog).getByRole('button', { name: 'Read the record' }));
    expect(await within(dialog).findByText('state why you need this record')).toBeInTheDocument();
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
  });
});
