import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { currentUserQueryKey } from '@/lib/auth';
import { SignUpForm } from '@/features/identity/components/sign-up-form';
import { jsonResponse, mockFetch, renderWithProviders } from '@/testing/test-utils';

const maria = { id: 7, email: 'maria@example.com', fullName: 'Maria Lopez', role: 'PATIENT' };

function withCsrfCookie() {
  document.cookie = 'XSRF-TOKEN=token-1; path=/';
}

describe('SignUpForm', () => {
  it('explains the password rule and the optional phone up front', () => {
    renderWithProviders(<SignUpForm onSuccess={vi.fn()} />);
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(/at least 12 characters/i);
    expect(screen.getByLabelText('Phone (optional)')).toBeInTheDocument();
  });

  it('shows the validation messages beside each field without calling the API', async () => {
    const fetchMock = mockFetch(() => undefined);
    const { user } = renderWithProviders(<SignUpForm onSuccess={vi.fn()} />);

    await user.type(screen.getByLabelText('Email'), 'not-an-email');
    await user.type(screen.getByLabelText('Password'), 'short');
    await user.type(screen.getByLabelText('Phone (optional)'), '0123');
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    expect(await screen.findByText('Enter your full name.')).toBeInTheDocument();
    expect(screen.getByLabelText('Full name')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription(/like name@example.com/);
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(/use at least 12 characters/i);
    expect(screen.getByLabelText('Phone (optional)')).toHaveAccessibleDescription(/country code, like \+14155550123/);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('maps a 409 field error from the server beside Email', async () => {
    withCsrfCookie();
    mockFetch((method, url) =>
      method === 'POST' && url === '/api/auth/register'
        ? jsonResponse({
            status: 409,
            body: {
              title: 'Conflict',
              status: 409,
              detail: 'Email already registered',
              errors: [{ field: 'email', message: 'An account with this email already exists' }],
            },
          })
        : undefined,
    );
    const onSuccess = vi.fn();
    const { user } = renderWithProviders(<SignUpForm onSuccess={onSuccess} />);

    await user.type(screen.getByLabelText('Full name'), 'Maria Lopez');
    await user.type(screen.getByLabelText('Email'), 'maria@example.com');
    await user.type(screen.getByLabelText('Password'), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    const email = screen.getByLabelText('Email');
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(email).toHaveAccessibleDescription('An account with this email already exists');
    expect(email).toHaveFocus();
    // The problem sits beside its field; no second copy in an alert.
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(onSuccess).not.toHaveBeenCalled();
  });

  it('shows an error without field details as an alert above the form', async () => {
    withCsrfCookie();
    mockFetch(() => jsonResponse({ status: 500, body: { title: 'Internal Server Error', status: 500 } }));
    const { user } = renderWithProviders(<SignUpForm onSuccess={vi.fn()} />);

    await user.type(screen.getByLabelText('Full name'), 'Maria Lopez');
    await user.type(screen.getByLabelText('Email'), 'maria@example.com');
    await user.type(screen.getByLabelText('Password'), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Something went wrong on our side');
  });

  it('sends trimmed values and a bare E.164 phone, then signs the user in', async () => {
    withCsrfCookie();
    const fetchMock = mockFetch((method, url) =>
      method === 'POST' && url === '/api/auth/register' ? jsonResponse({ status: 201, body: maria }) : undefined,
    );
    const onSuccess = vi.fn();
    const { user, queryClient } = renderWithProviders(<SignUpForm onSuccess={onSuccess} />);

    await user.type(screen.getByLabelText('Full name'), '  Maria Lopez ');
    await user.type(screen.getByLabelText('Email'), 'maria@example.com ');
    await user.type(screen.getByLabelText('Password'), 'correct horse battery');
    await user.type(screen.getByLabelText('Phone (optional)'), '+1 415 555-0123');
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    await waitFor(() => expect(onSuccess).toHaveBeenCalledWith(maria));
    expect(JSON.parse(fetchMock.mock.calls[0]![1]!.body as string)).toEqual({
      fullName: 'Maria Lopez',
      email: 'maria@example.com',
      password: 'correct horse battery',
      phone: '+14155550123',
    });
    expect(queryClient.getQueryData(currentUserQueryKey)).toEqual(maria);
  });

  it('leaves the phone out when it is empty', async () => {
    withCsrfCookie();
    const fetchMock = mockFetch(() => jsonResponse({ status: 201, body: maria }));
    const onSuccess = vi.fn();
    const { user } = renderWithProviders(<SignUpForm onSuccess={onSuccess} />);

    await user.type(screen.getByLabelText('Full name'), 'Maria Lopez');
    await user.type(screen.getByLabelText('Email'), 'maria@example.com');
    await user.type(screen.getByLabelText('Password'), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    await waitFor(() => expect(onSuccess).toHaveBeenCalled());
    expect(JSON.parse(fetchMock.mock.calls[0]![1]!.body as string)).not.toHaveProperty('phone');
  });
});
