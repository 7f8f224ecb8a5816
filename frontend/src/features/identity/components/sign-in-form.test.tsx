import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SignInForm } from '@/features/identity/components/sign-in-form';
import { jsonResponse, mockFetch, renderWithProviders } from '@/testing/test-utils';

async function submit(user: ReturnType<typeof renderWithProviders>['user'], password = 'not the password') {
  await user.type(screen.getByLabelText('Email'), 'maria@example.com');
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('SignInForm', () => {
  it('asks for both fields before calling the API', async () => {
    const fetchMock = mockFetch(() => undefined);
    const { user } = renderWithProviders(<SignInForm onSuccess={vi.fn()} />);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Enter your email address.')).toBeInTheDocument();
    expect(screen.getByText('Enter your password.')).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('shows one message for a 401, whether the email or the password was wrong', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    mockFetch(() =>
      jsonResponse({ status: 401, body: { title: 'Unauthorized', status: 401, detail: 'Invalid email or password' } }),
    );
    const onSuccess = vi.fn();
    const { user } = renderWithProviders(<SignInForm onSuccess={onSuccess} />);

    await submit(user);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The email or password is not right. Please check them and try again.',
    );
    expect(onSuccess).not.toHaveBeenCalled();
  });

  it('tells how long to wait after a 429', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    mockFetch(() =>
      jsonResponse({
        status: 429,
        body: { title: 'Too Many Requests', status: 429, detail: 'Too many login attempts' },
        headers: { 'Retry-After': '30' },
      }),
    );
    const { user } = renderWithProviders(<SignInForm onSuccess={vi.fn()} />);

    await submit(user);

    expect(await screen.findByRole('alert')).toHaveTextContent('Too many attempts, try again in 30 seconds.');
  });

  it('calls onSuccess with the signed-in user', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    const maria = { id: 7, email: 'maria@example.com', fullName: 'Maria Lopez', role: 'PATIENT' };
    mockFetch(() => jsonResponse({ body: maria }));
    const onSuccess = vi.fn();
    const { user } = renderWithProviders(<SignInForm onSuccess={onSuccess} />);

    await submit(user, 'correct horse battery');

    await waitFor(() => expect(onSuccess).toHaveBeenCalledWith(maria));
  });

  it('links to sign-up', () => {
    renderWithProviders(<SignInForm onSuccess={vi.fn()} />);
    expect(screen.getByRole('link', { name: 'Create an account' })).toHaveAttribute('href', '/sign-up');
  });
});
