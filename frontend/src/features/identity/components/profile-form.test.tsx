import { configure, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { currentUserQueryKey, type User } from '@/lib/auth';
import { ProfileForm } from '@/features/identity/components/profile-form';
import { jsonResponse, mockFetch, renderWithProviders } from '@/testing/test-utils';

// Long option lists render slowly in jsdom while the machine is busy: wait longer for them.
configure({ asyncUtilTimeout: 10_000 });

const maria: User = { id: 'p1', email: 'maria@example.com', fullName: 'Maria Garcia', role: 'PATIENT', phone: '+4915112345678' };

describe('ProfileForm', () => {
  it('saves the name and a bare E.164 phone, then updates the signed-in user', async () => {
    document.cookie = 'XSRF-TOKEN=token-1; path=/';
    const updated = { ...maria, fullName: 'Maria García', phone: '+14155550123' };
    const fetchMock = mockFetch((method, url) => (method === 'PATCH' && url === '/api/me' ? jsonResponse({ body: updated }) : undefined));
    const { user, queryClient } = renderWithProviders(<ProfileForm user={maria} />);

    expect(screen.getByLabelText('Email')).toHaveAttribute('readonly');
    const name = screen.getByLabelText('Full name');
    await user.clear(name);
    await user.type(name, 'Maria García');
    const phone = screen.getByLabelText('Phone (optional)');
    await user.clear(phone);
    await user.type(phone, '+1 (415) 555-0123');
    await user.type(screen.getByLabelText('Current password'), 'my old passphrase');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Saved')).toBeInTheDocument();
    expect(JSON.parse(String(fetchMock.mock.calls[0]![1]!.body))).toEqual({
      fullName: 'Maria García',
      phone: '+14155550123',
      language: 'en',
      timeZone: '',
      currentPassword: 'my old passphrase',
    });
    expect(queryClient.getQueryData(currentUserQueryKey)).toEqual(updated);
  });

  it('puts the server’s phone error beside the Phone field', async () => {
    document.cookie = 'XSRF-TOKEN=token-1; path=/';
    mockFetch(() =>
      jsonResponse({ status: 400, body: { title: 'Bad Request', status: 400, detail: 'Validation failed', errors: [{ field: 'phone', message: 'is not a mobile number' }] } }),
    );
    const { user } = renderWithProviders(<ProfileForm user={maria} />);
    const phone = screen.getByLabelText('Phone (optional)');
    await user.clear(phone);
    await user.type(phone, '+4930123456');
    await user.type(screen.getByLabelText('Current password'), 'my old passphrase');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(phone).toHaveAttribute('aria-invalid', 'true'));
    expect(phone).toHaveAccessibleDescription(/is not a mobile number/);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('sends an empty phone to remove the number', async () => {
    document.cookie = 'XSRF-TOKEN=token-1; path=/';
    const fetchMock = mockFetch(() => jsonResponse({ body: { ...maria, phone: null } }));
    const { user } = renderWithProviders(<ProfileForm user={maria} />);
    await user.clear(screen.getByLabelText('Phone (optional)'));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByText('Saved');
    expect(JSON.parse(String(fetchMock.mock.calls[0]![1]!.body))).toEqual({ fullName: 'Maria Garcia', phone: '', language: 'en', timeZone: '' });
  });

  it('chooses the language and clock of texts, and shows the saved choice', async () => {
    document.cookie = 'XSRF-TOKEN=token-1; path=/';
    const updated = { ...maria, language: 'de', timeZone: 'America/New_York' };
    const fetchMock = mockFetch(() => jsonResponse({ body: updated }));
    const { user } = renderWithProviders(<ProfileForm user={maria} />);

    const language = screen.getByLabelText('Language of texts and reports');
    const zone = screen.getByRole('combobox', { name: 'Time zone of texts' });
    expect(language).toHaveValue('en');
    expect(zone).toHaveValue("The doctor's time zone, as appointments are shown");
    await user.selectOptions(language, 'Deutsch');
    await user.clear(zone);
    await user.click(zone);
    await user.paste('New York');
    await user.click(await screen.findByRole('option', { name: /America\/New_York/ }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await screen.findByText('Saved');
    expect(JSON.parse(String(fetchMock.mock.calls[0]![1]!.body))).toMatchObject({ language: 'de', timeZone: 'America/New_York' });
    expect(language).toHaveValue('de');
    expect((zone as HTMLInputElement).value).toMatch(/^America\/New_York \(UTC/);
  }, 20_000); // opens a list of hundreds of options: slow in jsdom on a busy machine

  it('puts the server’s time-zone error beside the Time zone field', async () => {
    document.cookie = 'XSRF-TOKEN=token-1; path=/';
    mockFetch(() =>
      jsonResponse({ status: 400, body: { title: 'Bad Request', status: 400, detail: 'Validation failed', errors: [{ field: 'timeZone', message: 'must be an IANA time zone such as Europe/Berlin' }] } }),
    );
    const { user } = renderWithProviders(<ProfileForm user={{ ...maria, timeZone: 'Europe/Berlin' }} />);
    const zone = screen.getByRole('combobox', { name: 'Time zone of texts' });
    await user.clear(zone);
    await user.click(zone);
    await user.paste('Tokyo');
    await user.click(await screen.findByRole('option', { name: /Asia\/Tokyo/ }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(zone).toHaveAttribute('aria-invalid', 'true'));
    expect(zone).toHaveAccessibleDescription(/must be an IANA time zone/);
  }, 20_000); // opens a list of hundreds of options: slow in jsdom on a busy machine

  it('asks for the current password only while the phone differs from the saved number, and sends it', async () => {
    document.cookie = 'XSRF-TOKEN=token-1; path=/';
    const fetchMock = mockFetch(() => jsonResponse({ body: { ...maria, phone: '+14155550123', phoneVerified: false } }));
    const { user } = renderWithProviders(<ProfileForm user={maria} />);
    const phone = screen.getByLabelText('Phone (optional)');
    expect(screen.queryByLabelText('Current password')).not.toBeInTheDocument();

    // the saved number written another way is the same number
    await user.clear(phone);
    await user.type(phone, '+49 151 1234 5678');
    expect(screen.queryByLabelText('Current password')).not.toBeInTheDocument();
    // removing the number needs no password either
    await user.clear(phone);
    expect(screen.queryByLabelText('Current password')).not.toBeInTheDocument();

    await user.type(phone, '+1 415 555 0123');
    const password = screen.getByLabelText('Current password');
    expect(password).toHaveAttribute('autocomplete', 'current-password');
    expect(password).toHaveAccessibleDescription(/Needed to change your phone number/);
    await user.type(password, 'my old passphrase');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await screen.findByText('Saved');
    expect(JSON.parse(String(fetchMock.mock.calls[0]![1]!.body))).toEqual({
      fullName: 'Maria Garcia',
      phone: '+14155550123',
      language: 'en',
      timeZone: '',
      currentPassword: 'my old passphrase',
    });
  });

  it('does not send a password typed for a number that was then put back', async () => {
    document.cookie = 'XSRF-TOKEN=token-1; path=/';
    const fetchMock = mockFetch(() => jsonResponse({ body: { ...maria, fullName: 'Maria G.' } }));
    const { user } = renderWithProviders(<ProfileForm user={maria} />);
    const phone = screen.getByLabelText('Phone (optional)');
    await user.clear(phone);
    await user.type(phone, '+14155550123');
    await user.type(screen.getByLabelText('Current password'), 'secret words');
    await user.clear(phone);
    await user.type(phone, '+4915112345678');
    const name = screen.getByLabelText('Full name');
    await user.clear(name);
    await user.type(name, 'Maria G.');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByText('Saved');
    expect(JSON.parse(String(fetchMock.mock.calls[0]![1]!.body))).not.toHaveProperty('currentPassword');
  });

  it('puts a wrong current password beside its field', async () => {
    document.cookie = 'XSRF-TOKEN=token-1; path=/';
    mockFetch(() =>
      jsonResponse({
        status: 400,
        body: { title: 'Bad Request', status: 400, detail: 'Validation failed', errors: [{ field: 'currentPassword', message: 'enter your current password to change your phone number' }] },
      }),
    );
    const { user } = renderWithProviders(<ProfileForm user={maria} />);
    const phone = screen.getByLabelText('Phone (optional)');
    await user.clear(phone);
    await user.type(phone, '+14155550123');
    const password = screen.getByLabelText('Current password');
    await user.type(password, 'not my passphrase');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(password).toHaveAttribute('aria-invalid', 'true'));
    expect(password).toHaveAccessibleDescription(/enter your current password to change your phone number/);
    expect(password).toHaveFocus();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('asks for the current password before sending a new number, without asking the server', async () => {
    const fetchMock = mockFetch(() => undefined);
    const { user } = renderWithProviders(<ProfileForm user={maria} />);
    const phone = screen.getByLabelText('Phone (optional)');
    await user.clear(phone);
    await user.type(phone, '+14155550123');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const password = screen.getByLabelText('Current password');
    await waitFor(() => expect(password).toHaveAttribute('aria-invalid', 'true'));
    expect(password).toHaveAccessibleDescription(/Enter your password\./);
    expect(password).toHaveFocus();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('asks to sign in again when an account without a password changes its number long after signing in', async () => {
    document.cookie = 'XSRF-TOKEN=token-1; path=/';
    mockFetch(() => jsonResponse({ status: 403, body: { title: 'Forbidden', status: 403, detail: 'Sign in again to change your phone number' } }));
    const { user } = renderWithProviders(<ProfileForm user={{ ...maria, hasPassword: false }} />);
    const phone = screen.getByLabelText('Phone (optional)');
    await user.clear(phone);
    await user.type(phone, '+14155550123');
    // no password to ask for: a recent sign-in proves the account
    expect(screen.queryByLabelText('Current password')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/needs a recent sign-in\. Please sign out, sign in again/);
  });

  it('says whether the saved number is confirmed, beside the number', () => {
    const { unmount } = renderWithProviders(<ProfileForm user={{ ...maria, phoneVerified: false }} />);
    expect(screen.getByLabelText('Phone (optional)')).toHaveAccessibleDescription(/^Not confirmed/);
    unmount();
    renderWithProviders(<ProfileForm user={{ ...maria, phoneVerified: true }} />);
    expect(screen.getByLabelText('Phone (optional)')).toHaveAccessibleDescription(/^Confirmed/);
  });
});
