import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SignInForm } from '@/features/identity/components/sign-in-form';
import { SocialSignInButtons } from '@/features/identity/components/social-sign-in';
import { jsonResponse, mockFetch, renderWithProviders } from '@/testing/test-utils';

describe('SocialSignInButtons', () => {
  it('offers each provider the server has, as a link that starts its sign-in', async () => {
    mockFetch((_method, url) =>
      url === '/api/auth/providers'
        ? jsonResponse({
            body: [
              { id: 'google', name: 'Google', url: '/oauth2/authorization/google' },
              { id: 'facebook', name: 'Facebook', url: '/oauth2/authorization/facebook' },
            ],
          })
        : undefined,
    );
    renderWithProviders(<SocialSignInButtons />);
    expect(await screen.findByRole('link', { name: 'Continue with Google' })).toHaveAttribute('href', '/oauth2/authorization/google');
    expect(screen.getByRole('link', { name: 'Continue with Facebook' })).toHaveAttribute('href', '/oauth2/authorization/facebook');
  });

  it('shows nothing when no provider is configured', async () => {
    const fetchMock = mockFetch(() => jsonResponse({ body: [] }));
    renderWithProviders(<SocialSignInButtons />);
    await expect.poll(() => fetchMock.mock.calls.length).toBe(1);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(screen.queryByText('or')).not.toBeInTheDocument();
  });
});

describe('SignInForm after a social provider', () => {
  it('explains a refusal by its code', () => {
    mockFetch(() => undefined);
    renderWithProviders(<SignInForm onSuccess={() => {}} socialError="unverified_email" />);
    expect(screen.getByRole('alert')).toHaveTextContent(/did not confirm an email address/);
  });

  it('asks for the code at once when the account has two-factor sign-in', () => {
    mockFetch(() => undefined);
    renderWithProviders(<SignInForm onSuccess={() => {}} twoFactorPending />);
    expect(screen.queryByLabelText('Password')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox')).toHaveAttribute('autocomplete', 'one-time-code');
  });
});
