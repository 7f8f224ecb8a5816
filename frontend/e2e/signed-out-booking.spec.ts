import { expect, test } from '@playwright/test';
import { demo, expectNoSeriousA11yViolations, fillSignUp, pickSlot, runTag, screenshotBothWidths, searchDoctors, uniqueEmail, wallClock } from './support';

// (a) A newcomer's first hour: no account yet, a doctor found, a time picked, an account made,
// and straight back to that time with the booking open.
test.describe('a signed-out visitor', () => {
  test('finds a doctor, picks a time, signs up and lands back on that time, then books it', async ({ page }) => {
    test.setTimeout(120_000);
    const tag = runTag();
    const patient = { name: `Nora Newcomer ${tag}`, email: uniqueEmail('newcomer'), password: 'a calm and long passphrase' };
    const reason = `First visit (e2e ${tag})`;

    await page.goto('/doctors');
    await expect(page.getByRole('heading', { level: 1, name: 'Find a doctor' })).toBeVisible();
    const header = page.getByRole('banner');
    await expect(header.getByRole('link', { name: 'Sign in' })).toBeVisible();
    await expect(header.getByRole('link', { name: 'Sign up' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);

    await searchDoctors(page, 'Schneider');
    const card = page.getByRole('article', { name: demo.doctor.name });
    await expect(card).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await card.getByRole('link', { name: `See free times with ${demo.doctor.name}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: demo.doctor.name })).toBeVisible();
    const doctorPath = new URL(page.url()).pathname;

    // Two hours ahead at least, so the time is still bookable after signing up.
    const slot = await pickSlot(page, { minHoursAhead: 2, spread: 8 });
    await expect(page).toHaveURL(/\/sign-in\?returnTo=/);
    const returnTo = new URL(page.url()).searchParams.get('returnTo')!;
    expect(returnTo).toBe(`${doctorPath}?slot=${encodeURIComponent(slot.start)}`);
    await expect(page.getByRole('note').filter({ hasText: 'Sign in or create an account to book the time you picked' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, 'sign-in-to-book', async () => {
      await expect(page.getByRole('link', { name: 'Create an account' })).toBeVisible();
    });

    await page.getByRole('link', { name: 'Create an account' }).click();
    await expect(page).toHaveURL(/\/sign-up\?returnTo=/);
    expect(new URL(page.url()).searchParams.get('returnTo')).toBe(returnTo);
    await fillSignUp(page, patient);

    // Back on the doctor, with that very time in the booking dialog.
    await expect(page).toHaveURL(new RegExp(`${doctorPath}(\\?|$)`));
    const dialog = page.getByRole('dialog', { name: 'Book an appointment' });
    await expect(dialog).toBeVisible();
    const { range, day } = wallClock(slot);
    await expect(dialog).toContainText(range);
    // Node and Chromium format dates with different CLDR versions: with or without the comma
    await expect(dialog).toContainText(new RegExp(day.replace(' ', ',? ')));
    await dialog.getByLabel(/Reason for the visit/).fill(reason);
    await expectNoSeriousA11yViolations(page, '[role="dialog"]');
    await dialog.getByRole('button', { name: 'Book appointment' }).click();

    await expect(page).toHaveURL(/\/appointments$/);
    await expect(page.getByRole('status').filter({ hasText: 'Your appointment is booked' })).toBeVisible();
    const booked = page.getByRole('article').filter({ hasText: reason });
    await expect(booked).toContainText(range);
  });
});
