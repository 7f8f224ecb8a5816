import { expect, test } from '@playwright/test';
import {
  apiAs,
  demo,
  expectNoSeriousA11yViolations,
  fillSignUp,
  pickSlot,
  runTag,
  screenshotBothWidths,
  searchDoctors,
  signIn,
  signOut,
  uniqueEmail,
  wallClock,
} from './support';

// (f) The double booking through the doctor's calendar: one slot, two patients, and a doctor who
// could close a visit that had not happened. The server refuses the second booking, the calendar
// shows what is there, and Complete / No-show wait until the visit has started.
test.describe('no double booking, no early completion', () => {
  test('a taken time is refused to a second patient, and a future visit offers no Complete or No-show', async ({ page, browser }) => {
    test.setTimeout(180_000);
    const tag = runTag();
    const reason = `Double-booking check (e2e ${tag})`;

    // The public directory and a profile, signed out.
    await page.goto('/doctors');
    await expect(page.getByRole('heading', { level: 1, name: 'Find a doctor' })).toBeVisible();
    await expect(page.getByRole('article').first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, 'directory-signed-out', async () => {
      await expect(page.getByRole('article').first()).toBeVisible();
    });
    await searchDoctors(page, 'Schneider');
    await page.getByRole('link', { name: `See free times with ${demo.doctor.name}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: demo.doctor.name })).toBeVisible();
    const doctorId = new URL(page.url()).pathname.split('/').pop()!;
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, 'doctor-profile-signed-out', async () => {
      await expect(page.getByRole('region', { name: 'Free times' })).toBeVisible();
    });

    // The first patient books a time two days or more ahead.
    await page.goto('/sign-up');
    await fillSignUp(page, { name: `Ada First ${tag}`, email: uniqueEmail('first'), password: 'a calm and long passphrase' });
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
    await page.goto(`/doctors/${doctorId}`);
    await page.getByRole('button', { name: 'Next week' }).first().click();
    const slot = await pickSlot(page, { minHoursAhead: 48, spread: 20 });
    const dialog = page.getByRole('dialog', { name: 'Book an appointment' });
    await dialog.getByLabel(/Reason for the visit/).fill(reason);
    await dialog.getByRole('button', { name: 'Book appointment' }).click();
    await expect(page).toHaveURL(/\/appointments$/);
    const mine = await (await apiAs(page, 'GET', '/api/appointments')).json();
    const appointmentId = (mine as { id: string; reason: string | null }[]).find((a) => a.reason === reason)!.id;

    // A second patient, in a browser of their own, asks for the very same time: refused.
    const { baseURL, locale, timezoneId } = test.info().project.use;
    const other = await browser.newContext({ baseURL, locale, timezoneId });
    const second = await other.newPage();
    const bo = { name: `Bo Second ${tag}`, email: uniqueEmail('second'), password: 'a calm and long passphrase' };
    await second.goto('/sign-up');
    await fillSignUp(second, bo);
    await expect(second.getByRole('button', { name: 'Sign out' })).toBeVisible();
    const refused = await apiAs(second, 'POST', '/api/appointments', { doctorId, start: slot.start });
    expect(refused.status(), 'a second booking of a taken time').toBe(409);
    await second.goto(`/doctors/${doctorId}`);
    await second.getByRole('button', { name: 'Next week' }).first().click();
    await expect(second.locator('button[data-start]').first()).toBeVisible();
    await expect(second.locator(`button[data-start="${slot.start}"]`)).toHaveCount(0);
    await other.close();
    await signOut(page);

    // The doctor's week shows the one visit; it has not started, so it cannot be closed.
    await signIn(page, demo.doctor.email);
    const { date, day, range } = wallClock(slot);
    await page.goto(`/calendar?view=week&date=${date}`);
    const blocks = page.getByRole('button', { name: new RegExp(`^${day}, ${range}, `) });
    await expect(blocks).toHaveCount(1);
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, 'doctor-week', async () => {
      await expect(page.getByRole('heading', { level: 1, name: 'Calendar' })).toBeVisible();
    });

    await blocks.first().click();
    const detail = page.getByRole('dialog', { name: 'Appointment' });
    await expect(detail).toContainText(reason);
    const confirm = detail.getByRole('button', { name: /^Confirm the appointment with / });
    if ((await confirm.count()) > 0) {
      // A request opens no record: the name is not a link until the doctor confirms.
      await expect(page.getByRole('link', { name: new RegExp(`^Ada First ${tag}: patient record$`) })).toHaveCount(0);
      await confirm.click();
      await expect(detail).toBeHidden();
      await blocks.first().click();
    }
    await expect(page.getByRole('link', { name: new RegExp(`^Ada First ${tag}: patient record$`) }).first()).toHaveAttribute('href', /^\/patients\//);
    await expect(detail.getByRole('button', { name: /^Complete the appointment with / })).toHaveCount(0);
    await expect(detail.getByRole('button', { name: /as a no-show$/ })).toHaveCount(0);
    await expect(detail).toContainText('Complete and No-show become available once the visit starts.');
    await expectNoSeriousA11yViolations(page, '[role="dialog"]');

    // And the server agrees, should anyone try anyway.
    const early = await apiAs(page, 'POST', `/api/appointments/${appointmentId}/complete`);
    expect(early.status(), 'completing a visit that has not started').toBe(409);

    // Only cancelling frees the time: the doctor cancels, and now Bo may take it. With cancelled
    // visits shown, the week draws the two at that time side by side, never one over the other.
    const cancelled = await apiAs(page, 'POST', `/api/appointments/${appointmentId}/cancel`, { reason: 'Doctor unwell' });
    expect(cancelled.status()).toBe(200);
    const again = await browser.newContext({ baseURL, locale, timezoneId });
    const boPage = await again.newPage();
    await signIn(boPage, bo.email, bo.password);
    expect((await apiAs(boPage, 'POST', '/api/appointments', { doctorId, start: slot.start })).status(), 'the freed time').toBe(201);
    await again.close();
    await page.goto(`/calendar?view=week&date=${date}`);
    await page.getByRole('switch', { name: 'Show cancelled' }).check({ force: true });
    // Only these two: the demo clinic may have its own cancelled visit at that time.
    const both = page.getByRole('button', { name: new RegExp(`^${day}, ${range}, (Ada First|Bo Second) ${tag}, `) });
    await expect(both).toHaveCount(2);
    const [a, b] = [await both.nth(0).boundingBox(), await both.nth(1).boundingBox()];
    expect(a && b && (a.x + a.width <= b.x + 1 || b.x + b.width <= a.x + 1), 'drawn side by side, not on top of each other').toBe(true);
    await screenshotBothWidths(page, 'doctor-week-overlap', async () => {
      await expect(page.getByRole('heading', { level: 1, name: 'Calendar' })).toBeVisible();
    });
  });
});
