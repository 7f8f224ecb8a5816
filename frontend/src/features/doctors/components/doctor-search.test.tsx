import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { DoctorSearch } from '@/features/doctors/components/doctor-search';
import { createTestQueryClient, jsonResponse, mockFetch } from '@/testing/test-utils';
import { theme } from '@/app/theme';

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
    render(
      <MantineProvider theme={theme} env="test">
        <QueryClientProvider client={createTestQueryClient()}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </MantineProvider>,
    );
    const user = userEvent.setup();

    const link = await screen.findByRole('link', { name: /Dr\. Anna Schneider/ });
    await user.type(screen.getByRole('searchbox'), 'Sch');
    await user.click(link); // within the 300 ms the name waits before going to the URL

    expect(await screen.findByText('Doctor page', {}, { timeout: 3000 })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/doctors/d1');
  });
});
