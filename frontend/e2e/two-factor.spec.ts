import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, screenshotBothWidths, signOut, totp, uniqueEmail } from './support';

const fullName = 'Tomás Ferreira';
const password = 'quiet harbour lantern seven';

async function passwordStep(page: Page, email: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Two-factor sign-in' })).toBeVisible();
  // the password alone signs nobody in
  await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
}

async function expectSignedIn(page: Page) {
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(fullName);
}

test('a patient sets up two-factor sign-in and signs in with a code, then with a recovery code', async ({ page }) => {
  // four sign-ins and three pairs of screenshots: more than the default minute on a slow machine
  test.slow();
  const email = uniqueEmail('two-factor');
  await page.goto('/sign-up');
  await page.getByLabel('Full name').fill(fullName);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();

  // Set up on the profile page: QR code, the key for manual entry, a first code.
  await page.goto('/profile');
  const card = page.getByRole('region', { name: 'Two-factor sign-in' });
  await expect(card.getByText('Off', { exact: true })).toBeVisible();
  await card.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
  await expect(card.getByRole('img', { name: 'QR code to add CareSlot to your authenticator app' })).toBeVisible();
  const secret = (await card.getByTestId('two-factor-secret').innerText()).replace(/\s/g, '');
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await expectNoSeriousA11yViolations(page);
  await screenshotBothWidths(page, 'two-factor-setup', async () => {
    await expect(card.getByRole('img', { name: /QR code/ })).toBeVisible();
  });

  await card.getByLabel('6-digit code').fill(totp(secret));
  await card.getByRole('button', { name: 'Turn on' }).click();
  await expect(card.getByText('Save your recovery codes now')).toBeVisible();
  const codes = await card.getByRole('list', { name: 'Your recovery codes' }).getByRole('listitem').allInnerTexts();
  expect(codes).toHaveLength(10);
  await expectNoSeriousA11yViolations(page);
  await screenshotBothWidths(page, 'two-factor-recovery-codes', async () => {
    await expect(card.getByText('Save your recovery codes now')).toBeVisible();
  });
  await card.getByRole('button', { name: 'I have saved them' }).click();
  await expect(card.getByText('On', { exact: true })).toBeVisible();

  // Password, then a code from the "app". The next step's code: the set-up code's step is used up.
  await signOut(page);
  await passwordStep(page, email);
  await expectNoSeriousA11yViolations(page);
  await screenshotBothWidths(page, 'two-factor-sign-in', async () => {
    await expect(page.getByLabel('6-digit code')).toBeVisible();
  });
  const code = page.getByLabel('6-digit code');
  await expect(code).toHaveAttribute('autocomplete', 'one-time-code');
  await expect(code).toHaveAttribute('inputmode', 'numeric');
  await code.fill(totp(secret, 1));
  await page.getByRole('button', { name: 'Verify' }).click();
  await expectSignedIn(page);

  // A recovery code works once.
  await signOut(page);
  await passwordStep(page, email);
  await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
  await page.getByLabel('Recovery code').fill(codes[0]!);
  await page.getByRole('button', { name: 'Verify' }).click();
  await expectSignedIn(page);

  await signOut(page);
  await passwordStep(page, email);
  await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
  await page.getByLabel('Recovery code').fill(codes[0]!);
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByText('That recovery code is not right or was already used.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
});
