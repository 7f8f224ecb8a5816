import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SignInForm } from '@/features/identity/components/sign-in-form';
import { jsonResponse, mockFetch, renderWithProviders } from '@/testing/test-utils';

const maria = { id: 7, email: 'maria@example.com', fullName: 'Maria Lopez', role: 'PATIENT', twoFactorEnabled: true };

type Answer = (body: Record<string, unknown>) => Response;

/** The password step answers the challenge; the second step answers with `second`. */
function server(second: Answer) {
  document.cookie = 'XSRF-TOKEN=t; path=/';
  const bodies: Record<string, unknown>[] = [];
  const fetchMock = mockFetch((method, url, init) => {
    if (method === 'POST' && url === '/api/auth/login') return jsonResponse({ body: { twoFactorChallenge: true } });
    if (method === 'POST' && url === '/api/auth/login/two-factor') {
      const body = JSON.parse(String(init?.body)) as Record<string, unknown>;
      bodies.push(body);
      return second(body);
    }
    return undefined;
  });
  return { fetchMock, bodies };
}

async function passwordStep(user: ReturnType<typeof renderWithProviders>['user']) {
  await user.type(screen.getByLabelText('Email'), 'maria@example.com');
  await user.type(screen.getByLabelText('Password'), 'correct horse battery');
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  return screen.findByRole('heading', { name: 'Two-factor sign-in' });
}

describe('two-factor sign-in step', () => {
  it('asks for the app code after a right password and signs in with it', async () => {
    const { bodies } = server(() => jsonResponse({ body: maria }));
    const onSuccess = vi.fn();
    const { user } = renderWithProviders(<SignInForm onSuccess={onSuccess} />);

    await passwordStep(user);
    expect(onSuccess).not.toHaveBeenCalled();
    const code = screen.getByLabelText('6-digit code');
    expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    expect(code).toHaveAttribute('inputmode', 'numeric');
    await user.type(code, '123 456');
    await user.click(screen.getByRole('button', { name: 'Verify' }));

    await waitFor(() => expect(onSuccess).toHaveBeenCalledWith(maria));
    expect(bodies).toEqual([{ code: '123456' }]);
  });

  it('checks the code has six digits before sending it', async () => {
    const { bodies } = server(() => jsonResponse({ body: maria }));
    const { user } = renderWithProviders(<SignInForm onSuccess={vi.fn()} />);
    await passwordStep(user);
    await user.type(screen.getByLabelText('6-digit code'), '12345');
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    expect(await screen.findByText('Enter the 6-digit code from your authenticator app.')).toBeInTheDocument();
    expect(bodies).toEqual([]);
  });

  it('shows a wrong code beside the field', async () => {
    server(() =>
      jsonResponse({
        status: 401,
        body: { title: 'Unauthorized', status: 401, detail: 'code: is wrong', errors: [{ field: 'code', message: 'is wrong, expired or already used' }] },
      }),
    );
    const { user } = renderWithProviders(<SignInForm onSuccess={vi.fn()} />);
    await passwordStep(user);
    await user.type(screen.getByLabelText('6-digit code'), '000000');
    await user.click(screen.getByRole('button', { name: 'Verify' }));

    expect(await screen.findByText(/That code is not right, has expired or was already used/)).toBeInTheDocument();
    expect(screen.getByLabelText('6-digit code')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('takes a recovery code instead', async () => {
    const { bodies } = server(() => jsonResponse({ body: maria }));
    const onSuccess = vi.fn();
    const { user } = renderWithProviders(<SignInForm onSuccess={onSuccess} />);
    await passwordStep(user);

    await user.click(screen.getByRole('button', { name: 'Use a recovery code instead' }));
    await user.type(screen.getByLabelText('Recovery code'), 'abcd-efgh-ijkl-mnop');
    await user.click(screen.getByRole('button', { name: 'Verify' }));

    await waitFor(() => expect(onSuccess).toHaveBeenCalledWith(maria));
    expect(bodies).toEqual([{ recoveryCode: 'abcd-efgh-ijkl-mnop' }]);
  });

  it('says how long to wait after too many wrong codes', async () => {
    server(() =>
      jsonResponse({ status: 429, body: { title: 'Too many requests', status: 429, detail: 'Too many' }, headers: { 'Retry-After': '60' } }),
    );
    const { user } = renderWithProviders(<SignInForm onSuccess={vi.fn()} />);
    await passwordStep(user);
    await user.type(screen.getByLabelText('6-digit code'), '123456');
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many attempts, try again in 60 seconds.');
  });

  it('goes back to the password when the first step has expired', async () => {
    server(() => jsonResponse({ status: 401, body: { title: 'Unauthorized', status: 401, detail: 'Sign in first' } }));
    const { user } = renderWithProviders(<SignInForm onSuccess={vi.fn()} />);
    await passwordStep(user);
    await user.type(screen.getByLabelText('6-digit code'), '123456');
    await user.click(screen.getByRole('button', { name: 'Verify' }));

    expect(await screen.findByText('The sign-in took too long. Please enter your email and password again.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Welcome back' })).toBeInTheDocument();
    expect(screen.getByLabelText('Password')).toHaveValue('');
  });
});
