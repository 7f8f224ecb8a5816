import { screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { AccessLogEntry } from '@/features/records/api/get-access-log';
import { AccessLog } from '@/features/records/components/access-log';
import { AuditLogAdmin } from '@/features/records/components/audit-log-admin';
import { jsonResponse, mockFetch, renderWithProviders } from '@/testing/test-utils';

const entries: AccessLogEntry[] = [
  { at: '2027-03-25T10:00:00Z', actorName: 'Admin Ada', actorRole: 'ADMIN', action: 'BREAK_GLASS_READ', detail: null, address: '10.0.0.7', reason: 'Unconscious in A&E' },
  { at: '2027-03-24T10:00:00Z', actorName: 'Dr. Anna Schneider', actorRole: 'DOCTOR', action: 'ADD_ENTRY', detail: 'ALLERGY', address: '10.0.0.5', reason: null },
  { at: '2027-03-23T10:00:00Z', actorName: 'Dr. Anna Schneider', actorRole: 'DOCTOR', action: 'READ_RECORD', detail: null, address: '10.0.0.5', reason: null },
];

describe('AccessLog', () => {
  it('lists who did what, in which role, and an admin’s stated reason, never a network address', async () => {
    mockFetch((method, url) => (method === 'GET' && url === '/api/patients/p1/access-log' ? jsonResponse({ body: entries }) : undefined));
    renderWithProviders(<AccessLog patientId="p1" />);
    const log = await screen.findByRole('region', { name: 'Access log' });
    expect(await within(log).findByText('3 entries')).toBeInTheDocument();

    const breakGlass = within(log).getByRole('article', { name: 'Emergency access by an administrator, Admin Ada' });
    expect(breakGlass).toHaveTextContent('Admin Ada · Administrator');
    expect(log).not.toHaveTextContent('10.0.0.');
    expect(breakGlass).toHaveTextContent('Reason given: Unconscious in A&E');
    expect(within(log).getByRole('article', { name: 'Added an entry (allergy), Dr. Anna Schneider' })).toHaveTextContent('Doctor');
    expect(within(log).getByRole('article', { name: 'Opened the record, Dr. Anna Schneider' })).toBeInTheDocument();
  });

  it('says so when nobody has opened the record', async () => {
    mockFetch((method, url) => (method === 'GET' && url === '/api/patients/p1/access-log' ? jsonResponse({ body: [] }) : undefined));
    renderWithProviders(<AccessLog patientId="p1" />);
    expect(await screen.findByRole('heading', { name: 'Nobody has opened your record yet' })).toBeInTheDocument();
  });
});

describe('AuditLogAdmin', () => {
  it('asks for one patient’s lines only once a whole id is given', async () => {
    const id = '3f2a9c1e-0b7d-4c55-9a1e-2b3c4d5e6f70';
    const fetchMock = mockFetch((method, url) => {
      if (method !== 'GET') return undefined;
      if (url === '/api/admin/audit') return jsonResponse({ body: entries.map((e) => ({ ...e, patientId: 'p9', patientName: 'Someone Else' })) });
      if (url === `/api/admin/audit?patientId=${id}`) return jsonResponse({ body: [{ ...entries[2]!, patientId: id, patientName: 'María García' }] });
      return undefined;
    });
    function Harness() {
      const [patientId, setPatientId] = useState('');
      return <AuditLogAdmin patientId={patientId} onPatientIdChange={setPatientId} />;
    }
    const { user } = renderWithProviders(<Harness />);
    expect(await screen.findByText('3 entries')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Patient id'), '3f2a');
    expect(screen.getByText(/This is not a patient id/)).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Patient id'));
    await user.type(screen.getByLabelText('Patient id'), id);
    expect(await screen.findByText('1 entry')).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Opened the record, Dr. Anna Schneider' })).toHaveTextContent('Patient: María García');
    expect(fetchMock.mock.calls.map(([url]) => url)).toEqual(['/api/admin/audit', `/api/admin/audit?patientId=${id}`]);
  });
});
