import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DoctorsPreview } from '@/features/doctors/components/doctors-preview';
import { jsonResponse, mockFetch, renderWithProviders } from '@/testing/test-utils';

const doctor = {
  id: 'd1',
  fullName: 'Dr. Amira Haddad',
  specialty: 'CARDIOLOGY',
  bio: 'Heart health for adults.',
  yearsOfExperience: 12,
  languages: ['en', 'fr', 'Arabic'],
  timeZone: 'Europe/Paris',
  consultationFee: { amount: '80.00', currency: 'EUR' },
  acceptingNewPatients: true,
  photoUrl: null,
};

describe('DoctorsPreview', () => {
  it('shows a card per doctor with initials, specialty, languages and fee', async () => {
    const fetchMock = mockFetch(() => jsonResponse({ body: { items: [doctor], total: 1, page: 0, size: 6 } }));
    renderWithProviders(<DoctorsPreview />);

    const card = await screen.findByRole('article', { name: 'Dr. Amira Haddad' });
    expect(within(card).getByText('AH')).toBeInTheDocument();
    expect(within(card).getByText('Cardiology')).toBeInTheDocument();
    expect(within(card).getByText('English, French, Arabic')).toBeInTheDocument();
    expect(within(card).getByText('€80')).toBeInTheDocument();
    expect(within(card).getByText('Accepting new patients')).toBeInTheDocument();
    expect(fetchMock.mock.calls[0]![0]).toBe('/api/doctors?page=0&size=6');
  });

  it('says so when there are no doctors yet', async () => {
    mockFetch(() => jsonResponse({ body: { items: [], total: 0, page: 0, size: 6 } }));
    renderWithProviders(<DoctorsPreview />);
    expect(await screen.findByText('No doctors listed yet')).toBeInTheDocument();
  });

  it('shows a loading state, then an error with a retry button', async () => {
    mockFetch(() => jsonResponse({ status: 500, body: { title: 'Internal Server Error', status: 500 } }));
    renderWithProviders(<DoctorsPreview />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading doctors…');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('We could not load the doctors');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
