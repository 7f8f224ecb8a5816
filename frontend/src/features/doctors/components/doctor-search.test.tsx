import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { DoctorSearch } from '@/features/doctors/components/doctor-search';
import { jsonResponse, mockFetch, renderRouter } from '@/testing/test-utils';

const doctor = {
  id: 'd1',
  fullName: 'Dr. Anna Schneider',
  specialty: 'GENERAL_PRACTICE',
  bio: null,
  yearsOfExperience: 14,
  languages: ['de', 'en'],
  timeZone: 'Europe/Berlin',
  consultationFee: { amount: '60.00', currency: 'EUR' },
  acceptingNewPatients: true,
  photoUrl: null,
};

describe('DoctorSearch', () => {
  it('opening a doctor while the typed name is still waiting to reach the URL stays on the doctor', async () => {
    mockFetch((_method, url) =>
      url.startsWith('/api/doctors/specialties')
        ? jsonResponse({ body: ['GENERAL_PRACTICE'] })
        : jsonResponse({ body: { items: [doctor], total: 1, page: 0, size: 12 } }),
    );
    // the doctor's page loads lazily and slowly, as a code-split route does on a busy phone
    const router = createMemoryRouter(
      [
        { path: '/doctors', element: <DoctorSearch doctorHref={(id) => `/doctors/${id}`} /> },
        {
          path: '/doctors/:id',
          lazy: () => new Promise((resolve) => setTimeout(() => resolve({ Component: () => <p>Doctor page</p> }), 800)),
        },
      ],
      { initialEntries: ['/doctors'] },
    );
    renderRouter(router);
    const user = userEvent.setup();

    const link = await screen.findByRole('link', { name: /Dr\. Anna Schneider/ });
    await user.type(screen.getByRole('searchbox'), 'Sch');
    await user.click(link); // within the 300 ms the name waits before going to the URL

    expect(await screen.findByText('Doctor page', {}, { timeout: 3000 })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/doctors/d1');
  });

  it('asks the server to search, sort and count, and shows its order, facets and practices as given', async () => {
    const second = {
      ...doctor,
      id: 'd2',
      fullName: 'Dr. Sophie Martin',
      specialty: 'DERMATOLOGY',
      prepaymentRequired: true,
      practice: { name: 'Cabinet Martin', address: '3 rue de la Paix', city: 'Paris', phone: '+33 1 23 45 67 89' },
    };
    const calls: string[] = [];
    mockFetch((_method, url) => {
      calls.push(url);
      // The server's order, soonest first, is kept as it comes: Martin before Schneider.
      return jsonResponse({
        body: {
          items: [second, doctor],
          total: 2,
          page: 0,
          size: 12,
          facets: {
            specialties: [{ value: 'GENERAL_PRACTICE', count: 1 }, { value: 'DERMATOLOGY', count: 1 }],
            languages: [{ value: 'de', count: 1 }, { value: 'fr', count: 2 }],
          },
        },
      });
    });
    const router = createMemoryRouter([{ path: '/doctors', element: <DoctorSearch doctorHref={(id) => `/doctors/${id}`} /> }], {
      initialEntries: ['/doctors?q=skin&sort=soonest'],
    });
    renderRouter(router);

    const cards = await screen.findAllByRole('article');
    expect(cards.map((card) => card.getAttribute('aria-labelledby'))).toEqual(['doctor-d2-name', 'doctor-d1-name']);
    expect(calls[0]).toBe('/api/doctors?q=skin&sort=soonest&page=0&size=12');

    expect(screen.getByRole('searchbox', { name: /Search/ })).toHaveValue('skin');
    const languages = screen.getByRole('combobox', { name: 'Language' });
    expect(within(languages).getAllByRole('option').map((o) => o.textContent)).toEqual(['Any language', 'French (2)', 'German (1)']);
    const specialties = screen.getByRole('combobox', { name: 'Specialty' });
    expect(within(specialties).getAllByRole('option').map((o) => o.textContent)).toEqual(['All specialties', 'Dermatology (1)', 'General Practice (1)']);
    const sorts = screen.getByRole('combobox', { name: 'Sort by' });
    expect(sorts).toHaveValue('soonest');
    expect(within(sorts).getAllByRole('option').map((o) => o.textContent)).toEqual(['Best match', 'Soonest available', 'Name', 'Lowest fee']);

    const martin = screen.getByRole('article', { name: 'Dr. Sophie Martin' });
    expect(martin).toHaveTextContent('Payment at booking');
    expect(martin).toHaveTextContent('Cabinet Martin');
    expect(martin).toHaveTextContent('3 rue de la Paix, Paris');
    expect(within(martin).getByRole('link', { name: '+33 1 23 45 67 89' })).toHaveAttribute('href', 'tel:+33123456789');
    expect(screen.getByRole('article', { name: 'Dr. Anna Schneider' })).not.toHaveTextContent('Payment at booking');

    const user = userEvent.setup();
    await user.selectOptions(languages, 'fr');
    await waitFor(() => expect(calls.at(-1)).toBe('/api/doctors?q=skin&language=fr&sort=soonest&page=0&size=12'));
  });

  it('sorts by name by default, and by relevance once there is something to search for', async () => {
    const calls: string[] = [];
    mockFetch((_method, url) => {
      calls.push(url);
      return jsonResponse({ body: { items: [doctor], total: 1, page: 0, size: 12, facets: { specialties: [], languages: [] } } });
    });
    const router = createMemoryRouter([{ path: '/doctors', element: <DoctorSearch doctorHref={(id) => `/doctors/${id}`} /> }], { initialEntries: ['/doctors'] });
    renderRouter(router);
    await screen.findByRole('article');
    expect(calls[0]).toBe('/api/doctors?sort=name&page=0&size=12');
    expect(within(screen.getByRole('combobox', { name: 'Sort by' })).queryByRole('option', { name: 'Best match' })).not.toBeInTheDocument();

    await userEvent.setup().type(screen.getByRole('searchbox', { name: /Search/ }), 'asthma');
    await waitFor(() => expect(calls.at(-1)).toBe('/api/doctors?q=asthma&sort=relevance&page=0&size=12'));
  });
});
