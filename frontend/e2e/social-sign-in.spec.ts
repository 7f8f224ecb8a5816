import { expect, test, type Page } from '@playwright/test';
import { demo, expectNoSeriousA11yViolations, runTag, signOut, uniqueEmail } from './support';

// BrowserJourneyTests configures Google sign-in against a local OpenID Connect provider whose
// sign-in page asks for a user name and the claims of the ID token.
async function continueWithGoogle(page: Page, subject: string, claims: Record<string, unknown>) {
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Continue with Google' }).click();
  await page.locator('input[name="username"]').fill(subject);
  await page.locator('textarea[name="claims"]').fill(JSON.stringify(claims));
  await page.locator('input[type="submit"]').click();
}

test.describe('Continue with Google', () => {
  test('a first sign-in creates a patient; an unverified email never reaches an existing account', async ({ page }) => {
    const tag = runTag();
    const email = uniqueEmail('google');
    const name = `Grace Social ${tag}`;

    await page.goto('/sign-in');
    await expect(page.getByRole('link', { name: 'Continue with Google' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await continueWithGoogle(page, `google-${tag}`, { email, email_verified: true, name });
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
    await expect(page.getByRole('main').getByText('Patient', { exact: true })).toBeVisible();
    await signOut(page);

    // Someone whose provider account claims the demo patient's address without verifying it.
    await continueWithGoogle(page, `intruder-${tag}`, { email: demo.patient.email, email_verified: false, name: 'Intruder' });
    await expect(page).toHaveURL(/\/sign-in\?social-error=unverified_email$/);
    await expect(page.getByRole('alert')).toContainText('did not confirm an email address');
    await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);

    // The first account comes back on the next sign-in with the same Google identity.
    await continueWithGoogle(page, `google-${tag}`, { email, email_verified: true, name });
    await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
  });
});
