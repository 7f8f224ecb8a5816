import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ManagedUser } from '@/features/identity/api/get-users';
import { UsersAdmin } from '@/features/identity/components/users-admin';
import { jsonResponse, mockFetch, renderWithProviders } from '@/testing/test-utils';

const admin: ManagedUser = { id: 'a1', email: 'ada@clinic.test', fullName: 'Ada Admin', role: 'ADMIN', phone: null, enabled: true, twoFactorEnabled: true };
const doctor: ManagedUser = { id: 'd1', email: 'dr.lee@clinic.test', fullName: 'Dr Lee', role: 'DOCTOR', phone: null, enabled: true, twoFactorEnabled: true };
const patient: ManagedUser = { id: 'p1', email: 'maria@example.com', fullName: 'Maria Lopez', role: 'PATIENT', phone: null, enabled: true, twoFactorEnabled: false };

function server() {
  document.cookie = 'XSRF-TOKEN=t; path=/';
  let people = [admin, doctor, patient];
  const posts: string[] = [];
  mockFetch((method, url) => {
    if (method === 'GET' && url.startsWith('/api/admin/users')) return jsonResponse({ body: people });
    if (method === 'POST' && url === '/api/admin/users/d1/two-factor/reset') {
      posts.push(url);
      const reset = { ...doctor, twoFactorEnabled: false };
      people = people.map((p) => (p.id === doctor.id ? reset : p));
      return jsonResponse({ body: reset });
    }
    return undefined;
  });
  return posts;
}

describe('UsersAdmin', () => {
  it('resets a lost second factor after a confirmation, and says what happened', async () => {
    const posts = server();
    const { user } = renderWithProviders(<UsersAdmin currentUserId="a1" />);
    const lee = (await screen.findByText('Dr Lee')).closest('article, tr') as HTMLElement;
    expect(within(lee).getByText('Two-factor on')).toBeInTheDocument();
    // nothing to reset for someone without it, and your own is reset on your profile
    expect(screen.getAllByRole('button', { name: /^Reset two-factor sign-in of/ })).toHaveLength(1);

    await user.click(within(lee).getByRole('button', { name: 'Reset two-factor sign-in of Dr Lee' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reset two-factor sign-in?' });
    expect(dialog).toHaveTextContent('dr.lee@clinic.test');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(posts).toHaveLength(0);

    await user.click(within(lee).getByRole('button', { name: 'Reset two-factor sign-in of Dr Lee' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Reset two-factor' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Two-factor sign-in of Dr Lee is off and they were signed out.');
    expect(posts).toEqual(['/api/admin/users/d1/two-factor/reset']);
    await waitFor(() => {
      const row = screen.getByText('Dr Lee').closest('article, tr') as HTMLElement;
      expect(within(row).queryByText('Two-factor on')).not.toBeInTheDocument();
    });
  });
});
