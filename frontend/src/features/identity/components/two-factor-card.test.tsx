import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { User } from '@/lib/auth';
import { TwoFactorCard } from '@/features/identity/components/two-factor-card';
import { jsonResponse, mockFetch, renderWithProviders } from '@/testing/test-utils';

const patient: User = { id: 7, email: 'maria@example.com', fullName: 'Maria Lopez', role: 'PATIENT', twoFactorEnabled: false, twoFactorRequired: false };
const codes = Array.from({ length: 10 }, (_, i) => `code-${i}aaa-bbbb-cccc`);
const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

type Call = { method: string; url: string; body: unknown };

function server(
  activate: () => Response = () => jsonResponse({ body: { recoveryCodes: codes } }),
  status = { enabled: true, required: false, recoveryCodesLeft: 2 },
) {
  document.cookie = 'XSRF-TOKEN=t; path=/';
  const calls: Call[] = [];
  mockFetch((method, url, init) => {
    calls.push({ method, url, body: init?.body ? JSON.parse(String(init.body)) : undefined });
    if (method === 'POST' && url === '/api/me/two-factor') {
      return jsonResponse({ body: { secret: SECRET, otpauthUri: `otpauth://totp/CareSlot:maria%40example.com?secret=${SECRET}&issuer=CareSlot` } });
    }
    if (method === 'POST' && url === '/api/me/two-factor/activate') return activate();
    if (method === 'DELETE' && url === '/api/me/two-factor') return jsonResponse({ status: 204 });
    if (method === 'GET' && url === '/api/me/two-factor') return jsonResponse({ body: status });
    if (method === 'POST' && url === '/api/me/two-factor/recovery-codes') return activate();
    if (method === 'GET' && url === '/api/me') return jsonResponse({ body: patient });
    return undefined;
  });
  return calls;
}

describe('TwoFactorCard', () => {
  it('sets up with a QR code and the key, then shows the recovery codes once', async () => {
    const calls = server();
    const { user } = renderWithProviders(<TwoFactorCard user={patient} />);
    expect(screen.getByText('Off')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Set up two-factor sign-in' }));
    const qr = await screen.findByRole('img', { name: 'QR code to add CareSlot to your authenticator app' });
    expect(qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    expect(screen.getByTestId('two-factor-secret')).toHaveTextContent('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP');

    await user.type(screen.getByLabelText('6-digit code'), '123456');
    await user.click(screen.getByRole('button', { name: 'Turn on' }));

    expect(await screen.findByText('Save your recovery codes now')).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Your recovery codes' });
    expect(list.querySelectorAll('li')).toHaveLength(10);
    expect(list).toHaveTextContent('code-0aaa-bbbb-cccc');
    expect(calls.find((c) => c.url === '/api/me/two-factor/activate')?.body).toEqual({ code: '123456' });

    await user.click(screen.getByRole('button', { name: 'I have saved them' }));
    expect(screen.queryByRole('list', { name: 'Your recovery codes' })).not.toBeInTheDocument();
    expect(screen.getByText('On')).toBeInTheDocument();
  });

  it('shows a wrong code beside the field', async () => {
    server(() =>
      jsonResponse({ status: 400, body: { title: 'Invalid request', status: 400, detail: 'code: wrong', errors: [{ field: 'code', message: 'is wrong' }] } }),
    );
    const { user } = renderWithProviders(<TwoFactorCard user={patient} />);
    await user.click(screen.getByRole('button', { name: 'Set up two-factor sign-in' }));
    await user.type(await screen.findByLabelText('6-digit code'), '654321');
    await user.click(screen.getByRole('button', { name: 'Turn on' }));

    expect(await screen.findByText(/That code is not right/)).toBeInTheDocument();
    expect(screen.getByLabelText('6-digit code')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByText('Save your recovery codes now')).not.toBeInTheDocument();
  });

  it('lets a patient turn it off with a current code', async () => {
    const calls = server();
    const { user } = renderWithProviders(<TwoFactorCard user={{ ...patient, twoFactorEnabled: true }} />);
    expect(screen.getByText('On')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Turn off two-factor sign-in' }));
    await user.type(screen.getByLabelText('6-digit code'), '111222');
    await user.click(screen.getByRole('button', { name: 'Turn off' }));

    await waitFor(() => expect(calls.some((c) => c.method === 'DELETE')).toBe(true));
    expect(calls.find((c) => c.method === 'DELETE')?.body).toEqual({ code: '111222' });
  });

  it('explains when the role requires it, and offers no way to turn it off once on', () => {
    const doctor: User = { ...patient, role: 'DOCTOR', twoFactorRequired: true };
    const { unmount } = renderWithProviders(<TwoFactorCard user={doctor} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Set up two-factor sign-in to continue');
    unmount();

    renderWithProviders(<TwoFactorCard user={{ ...doctor, twoFactorEnabled: true }} />);
    expect(screen.getByText('Required for your role, so it cannot be turned off.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Turn off two-factor sign-in' })).not.toBeInTheDocument();
  });

  it('warns when recovery codes run low and replaces them with a current code', async () => {
    const fresh = Array.from({ length: 10 }, (_, i) => `new${i}-aaaa-bbbb-cccc`);
    const calls = server(() => jsonResponse({ body: { recoveryCodes: fresh } }));
    const { user } = renderWithProviders(<TwoFactorCard user={{ ...patient, twoFactorEnabled: true }} />);
    expect(await screen.findByText('2 of 10 recovery codes left. Make new ones before you run out.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Make new recovery codes' }));
    expect(screen.getByText(/the old ones stop working/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('6-digit code'), '333444');
    await user.click(screen.getByRole('button', { name: 'Make new codes' }));

    const list = await screen.findByRole('list', { name: 'Your recovery codes' });
    expect(list).toHaveTextContent('new0-aaaa-bbbb-cccc');
    expect(calls.find((c) => c.url === '/api/me/two-factor/recovery-codes')?.body).toEqual({ code: '333444' });
  });

  it('offers new recovery codes to doctors too, who cannot turn it off', async () => {
    server(undefined, { enabled: true, required: true, recoveryCodesLeft: 0 });
    renderWithProviders(<TwoFactorCard user={{ ...patient, role: 'DOCTOR', twoFactorRequired: true, twoFactorEnabled: true }} />);
    expect(await screen.findByText(/No recovery codes left/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Make new recovery codes' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Turn off two-factor sign-in' })).not.toBeInTheDocument();
  });
});
