import { expect, test, type Locator, type Page } from '@playwright/test';
import { demo, expectNoSeriousA11yViolations, navigate, screenshotBothWidths, signIn, signOut, totp, uniqueEmail } from './support';

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

async function signUp(page: Page, email: string) {
  await page.goto('/sign-up');
  await page.getByLabel('Full name').fill(fullName);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

/** Sets it up on the profile page: QR code, the key for manual entry, a first code. */
async function enrol(page: Page, { capture = false } = {}) {
  await page.goto('/profile');
  const card = page.getByRole('region', { name: 'Two-factor sign-in' });
  await expect(card.getByText('Off', { exact: true })).toBeVisible();
  await card.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
  await expect(card.getByRole('img', { name: 'QR code to add CareSlot to your authenticator app' })).toBeVisible();
  const secret = (await card.getByTestId('two-factor-secret').innerText()).replace(/\s/g, '');
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  if (capture) {
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, 'two-factor-setup', async () => {
      await expect(card.getByRole('img', { name: /QR code/ })).toBeVisible();
    });
  }

  await card.getByLabel('6-digit code').fill(totp(secret));
  await card.getByRole('button', { name: 'Turn on' }).click();
  await expect(card.getByText('Save your recovery codes now')).toBeVisible();
  const codes = await recoveryCodesOn(card);
  if (capture) {
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, 'two-factor-recovery-codes', async () => {
      await expect(card.getByText('Save your recovery codes now')).toBeVisible();
    });
  }
  await card.getByRole('button', { name: 'I have saved them' }).click();
  await expect(card.getByText('On', { exact: true })).toBeVisible();
  return { card, secret, codes };
}

/** The ten codes, once they are on screen (reading is not a web-first assertion, so wait first). */
async function recoveryCodesOn(card: Locator) {
  const items = card.getByRole('list', { name: 'Your recovery codes' }).getByRole('listitem');
  await expect(items).toHaveCount(10);
  return items.allInnerTexts();
}

async function signInWithRecoveryCode(page: Page, email: string, code: string) {
  await passwordStep(page, email);
  await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
  await page.getByLabel('Recovery code').fill(code);
  await page.getByRole('button', { name: 'Verify' }).click();
}

test('a patient sets up two-factor sign-in and signs in with a code, then with a recovery code', async ({ page }) => {
  // four sign-ins and three pairs of screenshots: more than the default minute on a slow machine
  test.slow();
  const email = uniqueEmail('two-factor');
  await signUp(page, email);
  const { secret, codes } = await enrol(page, { capture: true });

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
  await signInWithRecoveryCode(page, email, codes[0]!);
  await expectSignedIn(page);

  await signOut(page);
  await signInWithRecoveryCode(page, email, codes[0]!);
  await expect(page.getByText('That recovery code is not right or was already used.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
});

test('a patient makes new recovery codes, and an admin resets their lost second factor', async ({ page }) => {
  test.slow();
  const email = uniqueEmail('two-factor-reset');
  await signUp(page, email);
  const { card, secret, codes } = await enrol(page);
  await expect(card.getByText('10 of 10 recovery codes left.')).toBeVisible();

  // New codes take a current code (the next step: set-up used this one); the old ones stop working.
  await card.getByRole('button', { name: 'Make new recovery codes' }).click();
  await card.getByLabel('6-digit code').fill(totp(secret, 1));
  await card.getByRole('button', { name: 'Make new codes' }).click();
  const fresh = await recoveryCodesOn(card);
  expect(fresh).not.toContain(codes[0]);
  await card.getByRole('button', { name: 'I have saved them' }).click();

  await signOut(page);
  await signInWithRecoveryCode(page, email, codes[0]!);
  await expect(page.getByText('That recovery code is not right or was already used.')).toBeVisible();
  await signInWithRecoveryCode(page, email, fresh[0]!);
  await expectSignedIn(page);
  await signOut(page);

  // Phone and codes lost: the clinic's admin turns the second factor off.
  await signIn(page, demo.admin);
  await navigate(page, 'Users');
  await page.getByLabel('Search', { exact: true }).fill(email);
  const row = page.getByRole('row').filter({ hasText: email });
  await expect(row.getByText('Two-factor on')).toBeVisible();
  await row.getByRole('button', { name: `Reset two-factor sign-in of ${fullName}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Reset two-factor sign-in?' });
  await expect(dialog).toContainText(email);
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: 'Reset two-factor' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Two-factor sign-in of ${fullName} is off` })).toBeVisible();
  await expect(row.getByText('Two-factor on')).toHaveCount(0);
  await signOut(page);

  // The password alone signs them in again, and the profile offers set-up anew.
  await signIn(page, email, password);
  await page.goto('/profile');
  await expect(page.getByRole('region', { name: 'Two-factor sign-in' }).getByText('Off', { exact: true })).toBeVisible();
});
