import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, fillSignUp, pickSlot, runTag, screenshotBothWidths, searchDoctors, uniqueEmail, wallClock } from './support';

// (b) Dr. Sophie Martin (demo data) takes the fee at booking: the booking is only reserved, and
// leads straight into the checkout (the in-app test checkout: CareSlot runs without Stripe here).
const MARTIN = 'Dr. Sophie Martin';

test.describe('prepayment', () => {
  test('booking a doctor who takes payment at booking goes straight to the checkout, reserved with a countdown, then paid', async ({ page }) => {
    test.setTimeout(120_000);
    const tag = runTag();

    await page.goto('/sign-up');
    await fillSignUp(page, { name: `Paula Prepay ${tag}`, email: uniqueEmail('prepay'), password: 'a calm and long passphrase' });
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();

    await page.goto('/doctors');
    await searchDoctors(page, 'Martin');
    const card = page.getByRole('article', { name: MARTIN });
    await expect(card.getByText('Payment at booking')).toBeVisible();
    await card.getByRole('link', { name: `See free times with ${MARTIN}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: MARTIN })).toBeVisible();
    await expect(page.getByText('Payment at booking').first()).toBeVisible();

    const slot = await pickSlot(page, { minHoursAhead: 2, spread: 8 });
    const { range } = wallClock(slot);
    const dialog = page.getByRole('dialog', { name: 'Book an appointment' });
    await expect(dialog).toContainText(range);
    await expect(dialog).toContainText('This doctor takes payment at booking.');
    await dialog.getByRole('button', { name: 'Reserve and pay' }).click();

    const reserved = page.getByRole('dialog', { name: 'Reserved until you pay' });
    await expect(reserved).toBeVisible();
    await expect(reserved).not.toContainText(/\bbooked\b/i);
    const timer = reserved.getByRole('timer');
    await expect(timer).toHaveText(/^\d{2}:\d{2}$/);
    const first = await timer.textContent();
    await expect(timer).not.toHaveText(first!, { timeout: 3_000 }); // it counts down
    await expectNoSeriousA11yViolations(page, '[role="dialog"]');
    await screenshotBothWidths(page, 'prepayment-reserved', async () => {
      await expect(page.getByRole('dialog', { name: 'Reserved until you pay' })).toBeVisible();
    }, { fullPage: false });

    await reserved.getByRole('button', { name: 'Continue to payment' }).click();
    await expect(page).toHaveURL(/\/test-checkout\/[0-9a-f-]{36}$/);
    await expect(page.getByText('Reserved until you pay')).toBeVisible();
    await expect(page.getByRole('timer')).toHaveText(/^\d{2}:\d{2}$/);
    const checkout = page.getByRole('region', { name: 'Pay for your appointment' });
    await expect(checkout).toContainText(MARTIN);
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, 'prepayment-checkout', async () => {
      await expect(page.getByRole('button', { name: 'Pay (test)' })).toBeVisible();
    });

    await checkout.getByRole('button', { name: 'Pay (test)' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Payment received' })).toBeVisible();
    await expect(page.getByRole('timer')).toHaveCount(0);

    await page.getByRole('link', { name: 'Back to my appointments' }).click();
    const paid = page.getByRole('article', { name: MARTIN });
    await expect(paid).toContainText(range);
    await expect(paid.getByText('Paid', { exact: true })).toBeVisible();
    await expect(paid.getByText('Reserved until you pay')).toHaveCount(0);
    await expect(paid.getByRole('button', { name: /^Pay/ })).toHaveCount(0);
  });
});
