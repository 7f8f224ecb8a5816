import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, screenshotBothWidths, uniqueEmail } from './support';

const fullName = 'Maria Lopez';
const password = 'calm teal morning walk';

async function expectHome(page: Page) {
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(fullName);
  await expect(page.getByRole('main').getByText('Patient', { exact: true })).toBeVisible();
}

test.describe('signing up, out and in', () => {
  test('a new patient signs up, signs out and signs back in', async ({ page }) => {
    const email = uniqueEmail();

    await page.goto('/');
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByRole('heading', { name: 'Welcome back' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, 'sign-in', async () => {
      await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
    });

    await page.getByRole('link', { name: 'Create an account' }).click();
    await expect(page).toHaveURL(/\/sign-up$/);
    await expect(page.getByRole('heading', { name: 'Create your account' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, 'sign-up', async () => {
      await expect(page.getByRole('button', { name: 'Create account' })).toBeVisible();
    });

    await page.getByLabel('Full name').fill(fullName);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByLabel('Phone (optional)').fill('+14155550123');
    await page.getByRole('button', { name: 'Create account' }).click();

    await expectHome(page);
    await expect(page).toHaveTitle(/CareSlot/);
    await expect(page.getByRole('heading', { name: 'What you can do here' })).toBeVisible();
    const doctors = page.getByRole('region', { name: 'Doctors at CareSlot' });
    await expect(doctors).toBeVisible();
    // Whatever the server holds, the section settles on cards, an empty note or an error.
    await expect(
      doctors.getByRole('article').first().or(doctors.getByText('No doctors listed yet')).or(doctors.getByRole('alert')),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    // On a phone, signing out sits in the account menu.
    await screenshotBothWidths(page, 'home', async () => {
      await expect(page.getByRole('button', { name: 'Sign out' }).or(page.getByRole('button', { name: `Account menu of ${fullName}` }))).toBeVisible();
    });

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    // Signed out for real: home sends us back to sign-in.
    await page.goto('/');
    await expect(page).toHaveURL(/\/sign-in$/);

    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expectHome(page);

    // The session survives a reload.
    await page.reload();
    await expectHome(page);
  });

  test('a wrong password is refused with a clear message', async ({ page }) => {
    const email = uniqueEmail('wrong-pw');
    await page.goto('/sign-up');
    await page.getByLabel('Full name').fill(fullName);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await expectHome(page);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/sign-in$/);

    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password', { exact: true }).fill('not my password at all');
    await page.getByRole('button', { name: 'Sign in' }).click();

    await expect(page.getByRole('alert')).toContainText('The email or password is not right');
    await expect(page).toHaveURL(/\/sign-in$/);
  });

  test('signing up with a taken email points at the Email field', async ({ page }) => {
    const email = uniqueEmail('taken');
    await page.goto('/sign-up');
    await page.getByLabel('Full name').fill(fullName);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await expectHome(page);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/sign-in$/);

    await page.goto('/sign-up');
    await page.getByLabel('Full name').fill('Someone Else');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Create account' }).click();

    await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
    await expect(page).toHaveURL(/\/sign-up$/);
  });

  test('an unknown address shows the 404 page', async ({ page }) => {
    await page.goto('/no-such-page');
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Go to the home page' })).toBeVisible();
  });
});
