import { expect, test } from '@playwright/test';
import { clippedSlotLabels, demo, screenshotBothWidths, searchDoctors, viewports } from './support';

// (e) On a 390 px phone with a 12-hour clock, "11:40 AM" must read in full, never "11:40 AN".
// en-US gives the longest labels the app shows; the check measures, the screenshots show.
test.use({ locale: 'en-US' });

test.describe('free-time labels', () => {
  test('no slot label is clipped on a 390 px phone or on a desktop', async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize(viewports.phone);
    await page.goto('/doctors');
    await searchDoctors(page, 'Schneider');
    await page.getByRole('link', { name: `See free times with ${demo.doctor.name}` }).click();
    await expect(page.locator('button[data-start]').first()).toBeVisible();
    await expect(page.locator('button[data-start]').first()).toHaveText(/\d{1,2}:\d{2}\s?[AP]M/);

    // Every day of this week and the next, one after the other in the phone's day strip.
    for (let week = 0; week < 2; week += 1) {
      const days = page.getByRole('group', { name: 'Choose a day' }).getByRole('button');
      for (let i = 0; i < (await days.count()); i += 1) {
        await days.nth(i).click();
        expect(await clippedSlotLabels(page), `clipped labels on day ${i + 1} of week ${week + 1}`).toEqual([]);
      }
      await page.getByRole('button', { name: 'Next week' }).first().click();
    }

    // The desktop's week columns, on the week the profile opens with (the next free time's).
    await page.setViewportSize(viewports.desktop);
    await page.reload();
    await expect(page.getByRole('group', { name: 'Choose a day' })).toHaveCount(0);
    await expect(page.locator('button[data-start]').first()).toBeVisible();
    expect(await clippedSlotLabels(page), 'clipped labels in the week columns').toEqual([]);

    await screenshotBothWidths(page, 'slot-labels-12-hour', async () => {
      await expect(page.locator('button[data-start]').first()).toBeVisible();
    });
  });
});
