import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ClinicSettings } from '@/features/clinic/components/clinic-settings-form';
import { DemoBanners } from '@/features/clinic/components/demo-banners';
import { jsonResponse, mockFetch, renderWithProviders } from '@/testing/test-utils';

const clinic = { name: 'CareSlot Demo Clinic', phone: '+49 30 1234567', timeZone: 'Europe/Berlin' };

describe('ClinicSettings', () => {
  it('saves name, phone and time zone, and puts the server’s refusals beside their fields', async () => {
    document.cookie = 'XSRF-TOKEN=token-1; path=/';
    const puts: unknown[] = [];
    mockFetch((method, url, init) => {
      if (method === 'GET' && url === '/api/clinic') return jsonResponse({ body: clinic });
      if (method === 'PUT' && url === '/api/clinic') {
        puts.push(JSON.parse(String(init!.body)));
        return puts.length === 1
          ? jsonResponse({ status: 400, body: { title: 'Bad Request', status: 400, detail: 'Validation failed', errors: [{ field: 'phone', message: 'must be a phone number the clinic answers' }] } })
          : jsonResponse({ body: { ...clinic, name: 'Praxis am Park' } });
      }
      return undefined;
    });
    const { user } = renderWithProviders(<ClinicSettings />);

    const name = await screen.findByLabelText('Clinic name');
    expect(name).toHaveValue('CareSlot Demo Clinic');
    expect((screen.getByRole('combobox', { name: 'Time zone' }) as HTMLInputElement).value).toMatch(/^Europe\/Berlin \(UTC/);
    await user.clear(name);
    await user.type(name, 'Praxis am Park');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    const phone = screen.getByLabelText('Phone number');
    await waitFor(() => expect(phone).toHaveAttribute('aria-invalid', 'true'));
    expect(phone).toHaveAccessibleDescription(/must be a phone number the clinic answers/);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(puts[0]).toEqual({ name: 'Praxis am Park', phone: '+49 30 1234567', timeZone: 'Europe/Berlin' });

    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Settings saved')).toBeInTheDocument();
  });
});

describe('DemoBanners', () => {
  it('marks every page of a demo clinic, and tells admins that payments are in test mode', async () => {
    mockFetch((_method, url) => (url === '/api/config' ? jsonResponse({ body: { demoClinic: true, paymentsTestMode: true } }) : undefined));
    const { unmount } = renderWithProviders(<DemoBanners role="PATIENT" />);
    expect(await screen.findByRole('note')).toHaveTextContent('Demo clinic — sample data, do not enter real patient information');
    expect(screen.queryByText(/Payments are in test mode/)).not.toBeInTheDocument();
    unmount();

    renderWithProviders(<DemoBanners role="ADMIN" />);
    await waitFor(() => expect(screen.getAllByRole('note')).toHaveLength(2));
    expect(screen.getByText('Payments are in test mode — no money moves')).toBeInTheDocument();
  });

  it('shows nothing for a real clinic', async () => {
    const fetchMock = mockFetch((_method, url) => (url === '/api/config' ? jsonResponse({ body: { demoClinic: false, paymentsTestMode: false } }) : undefined));
    renderWithProviders(<DemoBanners role="ADMIN" />);
    await waitFor(() => expect(fetchMock).toHaveBeenCalled());
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });
});
