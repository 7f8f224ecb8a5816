import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AppRoot } from '@/app/routes/app/app-root';
import { SignedInUserProvider, type User } from '@/lib/auth';
import { jsonResponse, mockFetch, renderRouter } from '@/testing/test-utils';

const maria: User = { id: 'p1', email: 'maria@example.com', fullName: 'Maria Garcia', role: 'PATIENT' };

function renderApp() {
  mockFetch((_method, url) => (url === '/api/config' ? jsonResponse({ body: {} }) : undefined));
  const router = createMemoryRouter(
    [
      {
        element: (
          <SignedInUserProvider user={maria}>
            <AppRoot />
          </SignedInUserProvider>
        ),
        children: [
          { path: '/', element: <p>home</p> },
          { path: '/profile', element: <p>profile page</p> },
          { path: '/messages', element: <p>messages page</p> },
        ],
      },
    ],
    { initialEntries: ['/'] },
  );
  renderRouter(router);
  return router;
}

describe('AppRoot', () => {
  it('lists My messages in the phone menu, but not twice in the wide header', async () => {
    const user = userEvent.setup();
    renderApp();
    const main = screen.getAllByRole('navigation', { name: 'Main' })[0]!;
    expect(within(main).queryByRole('link', { name: 'My messages' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Open the menu' }));
    const drawer = await screen.findByRole('dialog');
    expect(within(drawer).getByRole('link', { name: 'My messages' })).toHaveAttribute('href', '/messages');
  });

  it('keeps the profile and Sign out behind one account menu on phones', async () => {
    const user = userEvent.setup();
    const router = renderApp();
    await user.click(screen.getByRole('button', { name: 'Account menu of Maria Garcia' }));
    const menu = await screen.findByRole('menu');
    expect(within(menu).getByRole('menuitem', { name: 'Sign out' })).toBeInTheDocument();
    await user.click(within(menu).getByRole('menuitem', { name: 'Profile' }));
    expect(router.state.location.pathname).toBe('/profile');
  });
});
