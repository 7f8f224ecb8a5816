import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { currentUserQueryKey, type User } from '@/lib/auth';
import { PhoneConfirmation } from '@/features/identity/components/phone-confirmation';
import { jsonResponse, mockFetch, renderWithProviders } from '@/testing/test-utils';

const maria: User = { id: 'p1', email: 'maria@example.com', fullName: 'Maria Garcia', role: 'PATIENT', phone: '+4915112345678', phoneVerified: false };

describe('PhoneConfirmation', () => {
  it('texts a code, takes it and says the number is confirmed', async () => {
    document.cookie = 'XSRF-TOKEN=token-1; path=/';
    const confirmed = { ...maria, phoneVerified: true };
    const fetchMock = mockFetch((method, url) => {
      if (method === 'POST' && url === '/api/me/phone/code') return jsonResponse({ status: 202 });
      if (method === 'POST' && url === '/api/me/phone/verify') return jsonResponse({ body: confirmed });
      return undefined;
    });
    const { user, queryClient } = renderWithProviders(<PhoneConfirmation user={maria} />);

    const card = screen.getByRole('region', { name: 'Confirm your phone number' });
    expect(card).toHaveTextContent('Texts about your appointments go to +4915112345678 only once you confirm');
    await user.click(screen.getByRole('button', { name: 'Text me a code' }));
    expect(await screen.findByRole('status')).toHaveTextContent('We sent a code to +4915112345678. It is valid for 10 minutes.');
    const code = screen.getByLabelText('Code');
    await waitFor(() => expect(code).toHaveFocus());
    expect(code).toHaveAttribute('inputmode', 'numeric');
    expect(code).toHaveAttribute('autocomplete', 'one-time-code');

    await user.type(code, '123 456');
    await user.click(screen.getByRole('button', { name: 'Confirm number' }));

    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Your phone number is confirmed'));
    expect(screen.queryByLabelText('Code')).not.toBeInTheDocument();
    const verifyCall = fetchMock.mock.calls.find(([url]) => url === '/api/me/phone/verify')!;
    expect(JSON.parse(String(verifyCall[1]!.body))).toEqual({ code: '123456' });
    expect(queryClient.getQueryData(currentUserQueryKey)).toEqual(confirmed);
  });

  it('puts a wrong code beside the Code field', async () => {
    document.cookie = 'XSRF-TOKEN=token-1; path=/';
    mockFetch(() =>
      jsonResponse({ status: 400, body: { title: 'Bad Request', status: 400, detail: 'Validation failed', errors: [{ field: 'code', message: 'is not the code we sent' }] } }),
    );
    const { user } = renderWithProviders(<PhoneConfirmation user={maria} />);
    const code = screen.getByLabelText('Code');
    await user.type(code, '000000');
    await user.click(screen.getByRole('button', { name: 'Confirm number' }));
    await waitFor(() => expect(code).toHaveAttribute('aria-invalid', 'true'));
    expect(code).toHaveAccessibleDescription(/is not the code we sent/);
    expect(code).toHaveFocus();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('checks the code has six digits before sending it', async () => {
    const fetchMock = mockFetch(() => undefined);
    const { user } = renderWithProviders(<PhoneConfirmation user={maria} />);
    await user.type(screen.getByLabelText('Code'), '12345');
    await user.click(screen.getByRole('button', { name: 'Confirm number' }));
    expect(await screen.findByText('Enter the 6-digit code from the text message.')).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('says when to ask again after too many codes', async () => {
    document.cookie = 'XSRF-TOKEN=token-1; path=/';
    mockFetch(() =>
      jsonResponse({ status: 429, body: { title: 'Too Many Requests', status: 429, detail: 'Too many codes' }, headers: { 'Retry-After': '1700' } }),
    );
    const { user } = renderWithProviders(<PhoneConfirmation user={maria} />);
    await user.click(screen.getByRole('button', { name: 'Text me a code' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('You have asked for several codes. Try again in 29 minutes.');
  });

  it('reloads the account when the server has nothing to confirm (409)', async () => {
    document.cookie = 'XSRF-TOKEN=token-1; path=/';
    mockFetch(() => jsonResponse({ status: 409, body: { title: 'Conflict', status: 409, detail: 'This phone number is already confirmed' } }));
    const { user, queryClient } = renderWithProviders(<PhoneConfirmation user={maria} />);
    queryClient.setQueryData(currentUserQueryKey, maria);
    await user.click(screen.getByRole('button', { name: 'Text me a code' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This phone number is already confirmed');
    // the app's guard watches the account, so it is fetched again and the card follows what is true now
    expect(queryClient.getQueryState(currentUserQueryKey)?.isInvalidated).toBe(true);
  });

  it('shows nothing for a confirmed number or none', () => {
    const { unmount } = renderWithProviders(<PhoneConfirmation user={{ ...maria, phoneVerified: true }} />);
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
    unmount();
    renderWithProviders(<PhoneConfirmation user={{ ...maria, phone: null }} />);
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });
});
