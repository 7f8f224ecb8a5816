import { expect, test, type Page } from '@playwright/test';
import { demo, expectNoSeriousA11yViolations, pickSlot, runTag, screenshotBothWidths, texts, uniqueEmail } from './support';

/**
 * The page's own layout fits the width: header, main and footer have nothing to scroll sideways.
 * (Floating layers such as a tooltip under the pointer live outside them; the pointer is moved away.)
 */
async function expectNoHorizontalScroll(page: Page) {
  await page.mouse.move(0, 0);
  const overflow = await page.evaluate(() =>
    ['header', 'main', 'footer'].map((tag) => {
      const box = document.querySelector(tag);
      return box ? `${tag}:${box.scrollWidth - box.clientWidth}` : `${tag}:0`;
    }),
  );
  expect(overflow, 'nothing scrolls sideways').toEqual(['header:0', 'main:0', 'footer:0']);
}

/** Signs up from the sign-up page in the language the page is in, after choosing it there. */
async function signUpIn(page: Page, language: string, nativeName: string) {
  const t = texts(language);
  await page.goto('/sign-up');
  await page.getByRole('combobox', { name: 'Site language' }).selectOption({ label: nativeName });
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  const email = uniqueEmail(`lang-${language}`);
  await page.getByLabel(t('auth:fields.fullName'), { exact: true }).fill(`${language === 'ar' ? 'ليلى حداد' : 'Lena Vogel'} ${runTag()}`);
  await page.getByLabel(t('auth:fields.email'), { exact: true }).fill(email);
  await page.getByLabel(t('auth:fields.password'), { exact: true }).fill('a calm and long passphrase');
  await page.getByRole('button', { name: t('auth:signUp.submit') }).click();
  await expect(page).not.toHaveURL(/sign-up/);
  return t;
}

test.describe('five languages', () => {
  test('a visitor switches to Arabic on the sign-up page, signs up, books, and reads it all right to left', async ({ page }) => {
    test.setTimeout(150_000);
    const t = await signUpIn(page, 'ar', 'العربية');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

    await page.goto('/doctors');
    await expect(page.getByRole('heading', { level: 1, name: t('doctors:search.title') })).toBeVisible();
    await page.getByRole('searchbox', { name: t('doctors:search.query') }).fill('Schneider');
    const card = page.getByRole('article', { name: demo.doctor.name });
    await expect(card).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, 'ar-directory', async () => {
      await expect(card).toBeVisible();
      await expectNoHorizontalScroll(page);
    });
    await card.getByRole('link', { name: t('doctors:card.viewLabel', { name: demo.doctor.name }) }).click();
    await expect(page.getByRole('heading', { level: 1, name: demo.doctor.name })).toBeVisible();
    await expect(page.getByRole('region', { name: t('scheduling:slots.heading') })).toBeVisible();
    await screenshotBothWidths(page, 'ar-doctor-profile', async () => {
      await expect(page.getByRole('region', { name: t('scheduling:slots.heading') })).toBeVisible();
      await expectNoHorizontalScroll(page);
    });

    await pickSlot(page, { minHoursAhead: 2, spread: 8, regionName: t('scheduling:slots.heading'), nextWeekName: t('scheduling:slots.nextWeek') });
    const dialog = page.getByRole('dialog', { name: t('appointments:book.title') });
    await expect(dialog).toBeVisible();
    await expectNoSeriousA11yViolations(page, '[role="dialog"]');
    await screenshotBothWidths(page, 'ar-booking-dialog', async () => expect(dialog).toBeVisible(), { fullPage: false });
    await dialog.getByRole('button', { name: t('appointments:book.submit') }).click();

    await expect(page).toHaveURL(/\/appointments$/);
    await expect(page.getByRole('status').filter({ hasText: t('appointments:mine.bookedTitle') })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: t('appointments:mine.title') })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, 'ar-my-appointments', async () => {
      await expect(page.getByRole('heading', { level: 1, name: t('appointments:mine.title') })).toBeVisible();
      await expectNoHorizontalScroll(page);
    });
    // the account keeps the choice: a fresh page (another device, say) is still Arabic, right to left
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { level: 1, name: t('appointments:mine.title') })).toBeVisible();
  });

  test('a German user reads German dates and the 24-hour clock everywhere', async ({ page }) => {
    test.setTimeout(120_000);
    const t = await signUpIn(page, 'de', 'Deutsch');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await page.goto('/doctors');
    await expect(page.getByRole('heading', { level: 1, name: t('doctors:search.title') })).toBeVisible();
    await screenshotBothWidths(page, 'de-directory', async () => expectNoHorizontalScroll(page));
    await page.getByRole('searchbox', { name: t('doctors:search.query') }).fill('Schneider');
    await page.getByRole('article', { name: demo.doctor.name }).getByRole('link', { name: t('doctors:card.viewLabel', { name: demo.doctor.name }) }).click();
    const slots = page.getByRole('region', { name: t('scheduling:slots.heading') });
    await expect(slots.locator('button[data-start]').first()).toBeVisible();
    const times = await slots.locator('button[data-start]').allInnerTexts();
    expect(times.join(' ')).not.toMatch(/AM|PM/i);
    expect(times.some((text) => /\b(1\d|2[0-3]):[0-5]\d\b/.test(text)), `two-digit hours on the 24-hour clock: ${times.join(', ')}`).toBe(true);
    const weekday = new Intl.DateTimeFormat('de', { weekday: 'short' });
    const germanDays = [0, 1, 2, 3, 4, 5, 6].map((d) => weekday.format(new Date(Date.UTC(2027, 0, 3 + d))));
    await expect(slots).toContainText(new RegExp(germanDays.join('|')));
    await screenshotBothWidths(page, 'de-doctor-profile', async () => expectNoHorizontalScroll(page));

    await pickSlot(page, { minHoursAhead: 2, spread: 8, regionName: t('scheduling:slots.heading'), nextWeekName: t('scheduling:slots.nextWeek') });
    const dialog = page.getByRole('dialog', { name: t('appointments:book.title') });
    await expect(dialog).toBeVisible();
    await expect(dialog).not.toContainText(/AM|PM/);
    await screenshotBothWidths(page, 'de-booking-dialog', async () => expect(dialog).toBeVisible(), { fullPage: false });
    await dialog.getByRole('button', { name: t('appointments:book.submit') }).click();
    await expect(page.getByRole('status').filter({ hasText: t('appointments:mine.bookedTitle') })).toBeVisible();
    const booked = page.getByRole('article').first();
    await expect(booked).toContainText(/\b([01]?\d|2[0-3]):[0-5]\d\b/);
    await expect(booked).not.toContainText(/AM|PM/);
    await screenshotBothWidths(page, 'de-my-appointments', async () => expectNoHorizontalScroll(page));
  });
});
