import { configure, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DoctorAccountForm } from '@/features/doctors/components/doctor-account-form';
import { jsonResponse, mockFetch, renderWithProviders } from '@/testing/test-utils';

// Long option lists render slowly in jsdom while the machine is busy: wait longer for them.
configure({ asyncUtilTimeout: 10_000 });

describe('DoctorAccountForm (admin)', () => {
  it('takes any ISO 639-1 language by name and a practice, and sends codes and the practice', async () => {
    document.cookie = 'XSRF-TOKEN=token-1; path=/';
    const fetchMock = mockFetch((method, url) => {
      if (url === '/api/doctors/specialties') return jsonResponse({ body: ['General Practice'] });
      if (method === 'POST' && url === '/api/admin/doctors') return jsonResponse({ status: 201, body: { id: 'd9', fullName: 'Dr. Lena Vogel', email: 'lena@example.com' } });
      return undefined;
    });
    const onCreated = vi.fn();
    const { user } = renderWithProviders(<DoctorAccountForm mode="admin" onCreated={onCreated} />);

    await user.type(screen.getByLabelText('Full name'), 'Dr. Lena Vogel');
    await user.type(screen.getByLabelText('Email'), 'lena@example.com');
    await user.type(screen.getByLabelText('First password'), 'a long enough password');
    await user.type(screen.getByRole('combobox', { name: 'Specialty' }), 'Dermatology');

    const languages = screen.getByRole('combobox', { name: 'Languages spoken' });
    await user.type(languages, 'Swahi');
    await user.click(await screen.findByRole('option', { name: 'Swahili' }));
    await user.type(languages, 'Germ');
    await user.click(await screen.findByRole('option', { name: 'German' }));

    await user.type(screen.getByLabelText('Practice name'), 'Praxis am Park');
    await user.type(screen.getByLabelText('Street and number'), 'Parkstraße 1');
    await user.type(screen.getByLabelText('City'), 'Berlin');
    await user.type(screen.getByLabelText('Practice phone'), '+49 30 1234567');
    await user.click(screen.getByRole('button', { name: 'Add doctor' }));

    await waitFor(() => expect(onCreated).toHaveBeenCalled());
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')!;
    expect(JSON.parse(String(post[1]!.body))).toMatchObject({
      fullName: 'Dr. Lena Vogel',
      languages: ['sw', 'de'],
      practice: { name: 'Praxis am Park', address: 'Parkstraße 1', city: 'Berlin', phone: '+49 30 1234567' },
    });
  }, 20_000); // opens a list of hundreds of options: slow in jsdom on a busy machine

  it('asks for the practice’s name when only its address is given', async () => {
    mockFetch((_method, url) => (url === '/api/doctors/specialties' ? jsonResponse({ body: [] }) : undefined));
    const { user } = renderWithProviders(<DoctorAccountForm mode="admin" onCreated={vi.fn()} />);
    await user.type(screen.getByLabelText('City'), 'Berlin');
    await user.click(screen.getByRole('button', { name: 'Add doctor' }));
    expect(await screen.findByText('Name the practice, or leave the address empty.')).toBeInTheDocument();
  });
});
