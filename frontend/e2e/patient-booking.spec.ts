import { expect, test } from '@playwright/test';
import {
  demo,
  expectNoSeriousA11yViolations,
  navigate,
  pickSlot,
  runTag,
  screenshotBothWidths,
  searchDoctors,
  signIn,
  signOut,
  wallClock,
} from './support';

test.describe('patient and doctor journeys', () => {
  test('a patient books Dr. Anna Schneider; the doctor confirms the visit, which cannot be completed before it starts', async ({ page }) => {
    test.setTimeout(180_000);
    const reason = `Persistent cough (e2e ${runTag()})`;

    await signIn(page, demo.patient.email);
    await navigate(page, 'Find a doctor');
    await expect(page.getByRole('heading', { level: 1, name: 'Find a doctor' })).toBeVisible();
    await searchDoctors(page, 'Schneider');
    const card = page.getByRole('article', { name: demo.doctor.name });
    await expect(card).toBeVisible();
    await expect(card.getByText(/Next free:/)).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, 'find-doctors', async () => {
      await expect(page.getByRole('article', { name: demo.doctor.name })).toBeVisible();
    });

    await card.getByRole('link', { name: `See free times with ${demo.doctor.name}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: demo.doctor.name })).toBeVisible();
    await expect(page.locator('button[data-start]').first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, 'doctor-profile', async () => {
      await expect(page.getByRole('region', { name: 'Free times' })).toBeVisible();
    });

    const slot = await pickSlot(page, { spread: 4 });
    const { range, date, day } = wallClock(slot);
    const dialog = page.getByRole('dialog', { name: 'Book an appointment' });
    await expect(dialog).toContainText(range);
    await dialog.getByLabel(/Reason for the visit/).fill(reason);
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, 'book-dialog', async () => {
      await expect(page.getByRole('dialog', { name: 'Book an appointment' })).toBeVisible();
    }, { fullPage: false });
    await dialog.getByRole('button', { name: 'Book appointment' }).click();

    await expect(page).toHaveURL(/\/appointments$/);
    await expect(page.getByRole('status').filter({ hasText: 'Your appointment is booked' })).toBeVisible();
    const booked = page.getByRole('article').filter({ hasText: reason });
    await expect(booked).toContainText(range);
    await expect(booked.getByText('Pending')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, 'my-appointments', async () => {
      await expect(page.getByRole('article').filter({ hasText: reason })).toBeVisible();
    });

    await navigate(page, 'Profile');
    await expect(page.getByLabel('Full name')).toHaveValue(demo.patient.name);
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, 'profile', async () => {
      await expect(page.getByRole('button', { name: 'Save changes' })).toBeVisible();
    });
    await signOut(page);

    // The doctor finds the visit in the week that holds it.
    await signIn(page, demo.doctor.email);
    await navigate(page, 'Calendar');
    await expect(page.getByRole('heading', { level: 1, name: 'Calendar' })).toBeVisible();
    await page.goto(`/calendar?view=week&date=${date}`);
    const block = page.getByRole('button', { name: new RegExp(`^${day}, ${range}, ${demo.patient.name}, Pending$`) });
    await expect(block).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, 'doctor-calendar', async () => {
      await expect(page.getByRole('heading', { level: 1, name: 'Calendar' })).toBeVisible();
      await expect(page.getByText(reason).or(page.getByRole('button', { name: new RegExp(`^${day}, ${range}, ${demo.patient.name}`) })).first()).toBeVisible();
    });

    await block.click();
    const detail = page.getByRole('dialog', { name: 'Appointment' });
    await expect(detail).toContainText(reason);
    await expectNoSeriousA11yViolations(page);
    await detail.getByRole('button', { name: `Confirm the appointment with ${demo.patient.name}` }).click();
    await expect(detail).toBeHidden();

    // The visit is still to come: neither Complete nor No-show is offered yet.
    const confirmed = page.getByRole('button', { name: new RegExp(`^${day}, ${range}, ${demo.patient.name}, Confirmed$`) });
    await confirmed.click();
    await expect(detail).toContainText('Complete and No-show become available once the visit starts.');
    await expect(detail.getByRole('button', { name: `Complete the appointment with ${demo.patient.name}` })).toHaveCount(0);
    await expect(detail.getByRole('button', { name: `Mark ${demo.patient.name} as a no-show` })).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(detail).toBeHidden();

    // The same visit in the list of what is still to come, and the patients list.
    await page.goto(`/calendar?view=day&date=${date}`);
    const item = page.getByRole('article').filter({ hasText: reason });
    await expect(item.getByText('Confirmed', { exact: true })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, 'doctor-calendar-day', async () => {
      await expect(page.getByRole('article').filter({ hasText: reason })).toBeVisible();
    });

    await navigate(page, 'Patients');
    await expect(page.getByRole('heading', { level: 1, name: 'My patients' })).toBeVisible();
    await expect(page.getByText(demo.patient.name).first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, 'doctor-patients', async () => {
      await expect(page.getByText(demo.patient.name).first()).toBeVisible();
    });
  });

  test('a patient books, reschedules to another time, then cancels with the policy explained', async ({ page }) => {
    test.setTimeout(90_000);
    const reason = `Knee pain (e2e ${runTag()})`;

    await signIn(page, demo.patient.email);
    await navigate(page, 'Find a doctor');
    await searchDoctors(page, 'Schneider');
    await page.getByRole('link', { name: `See free times with ${demo.doctor.name}` }).click();
    await expect(page.locator('button[data-start]').first()).toBeVisible();

    // Next week is always beyond the 24-hour cutoff.
    await page.getByRole('button', { name: 'Next week' }).first().click();
    const first = await pickSlot(page, { minHoursAhead: 48, spread: 30 });
    const dialog = page.getByRole('dialog', { name: 'Book an appointment' });
    await dialog.getByLabel(/Reason for the visit/).fill(reason);
    await dialog.getByRole('radio', { name: /Video call/ }).click();
    await dialog.getByRole('button', { name: 'Book appointment' }).click();
    await expect(page).toHaveURL(/\/appointments$/);
    const card = page.getByRole('article').filter({ hasText: reason });
    await expect(card).toContainText(wallClock(first).range);
    await expect(card).toContainText('Video call');

    await card.getByRole('link', { name: `Reschedule your appointment with ${demo.doctor.name}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Reschedule' })).toBeVisible();
    await expect(page.locator('button[data-start]').first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, 'reschedule', async () => {
      await expect(page.getByRole('region', { name: 'Choose a new time' })).toBeVisible();
    });

    const second = await pickSlot(page, { minHoursAhead: 48, spread: 30, exclude: first.start });
    const move = page.getByRole('dialog', { name: 'Move your appointment?' });
    await expect(move).toContainText(wallClock(second).range);
    await expectNoSeriousA11yViolations(page, '[role="dialog"]');
    await move.getByRole('button', { name: 'Move appointment' }).click();

    await expect(page).toHaveURL(/\/appointments$/);
    await expect(page.getByRole('status').filter({ hasText: 'Your appointment has moved' })).toBeVisible();
    const moved = page.getByRole('article').filter({ hasText: reason });
    await expect(moved).toContainText(wallClock(second).range);

    await moved.getByRole('button', { name: `Cancel your appointment with ${demo.doctor.name}` }).click();
    const cancel = page.getByRole('dialog', { name: 'Cancel appointment' });
    await expect(cancel).toContainText('You can cancel online free of charge until 24 hours before the visit.');
    await expect(cancel).toContainText('For this visit that is until');
    await cancel.getByLabel('Reason (optional)').fill('Feeling better');
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, 'cancel-dialog', async () => {
      await expect(page.getByRole('dialog', { name: 'Cancel appointment' })).toBeVisible();
    }, { fullPage: false });
    await cancel.getByRole('button', { name: 'Cancel appointment' }).click();
    await expect(cancel).toBeHidden();

    await expect(page.getByRole('article').filter({ hasText: reason })).toHaveCount(0);
    // A cancelled visit still in the future is listed as cancelled, never as past.
    await page.getByRole('tab', { name: /Past/ }).click();
    await expect(page.getByRole('article').filter({ hasText: reason })).toHaveCount(0);
    await page.getByRole('tab', { name: /Cancelled/ }).click();
    const cancelled = page.getByRole('article').filter({ hasText: reason });
    await expect(cancelled.getByText('Cancelled', { exact: true })).toBeVisible();
    await expect(cancelled).toContainText('Cancelled by you — Feeling better');
  });
});
