import { expect, test } from '@playwright/test';
import {
  confirmPhone,
  demo,
  expectNoSeriousA11yViolations,
  fillSignUp,
  localInput,
  navigate,
  pickSlot,
  runTag,
  screenshotBothWidths,
  searchDoctors,
  signIn,
  signOut,
  uniqueEmail,
  uniquePhone,
  wallClock,
} from './support';

// (c) Dr. Anna Schneider blocks time over a visit that is already booked: the panel says which
// visits, asks why, cancels them; the patient finds the visit cancelled with the reason, and a text
// saying so (the text names doctor and time, not the reason: the SMS template has no reason in it).
test.describe('time off over booked visits', () => {
  test('a doctor blocks time over a booked visit; the patient sees it cancelled with the reason, and gets a text', async ({ page }) => {
    test.setTimeout(180_000);
    const tag = runTag();
    const patient = { name: `Tom Timeoff ${tag}`, email: uniqueEmail('timeoff'), password: 'a calm and long passphrase' };
    const visitReason = `Check-up (e2e ${tag})`;
    const cancellation = `Dr. Schneider is at a conference (${tag})`;

    // A new patient, with a phone number (confirmed, so texts go to it), books a time a few days ahead.
    const phone = uniquePhone();
    await page.goto('/sign-up');
    await page.getByLabel('Phone (optional)').fill(phone);
    await fillSignUp(page, patient);
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
    await confirmPhone(page, phone, patient.password);
    await page.goto('/doctors');
    await searchDoctors(page, 'Schneider');
    await page.getByRole('link', { name: `See free times with ${demo.doctor.name}` }).click();
    await page.getByRole('button', { name: 'Next week' }).first().click();
    const slot = await pickSlot(page, { minHoursAhead: 48, spread: 20 });
    const dialog = page.getByRole('dialog', { name: 'Book an appointment' });
    await dialog.getByLabel(/Reason for the visit/).fill(visitReason);
    await dialog.getByRole('button', { name: 'Book appointment' }).click();
    await expect(page).toHaveURL(/\/appointments$/);
    await expect(page.getByRole('article').filter({ hasText: visitReason })).toContainText(wallClock(slot).range);
    await signOut(page);

    // The doctor blocks exactly that visit's time.
    await signIn(page, demo.doctor.email);
    await navigate(page, 'Schedule');
    await page.getByRole('button', { name: 'Add time off' }).click();
    const form = page.getByRole('form', { name: 'New time off' });
    await form.getByLabel('Starts').fill(localInput(slot.start, demo.doctor.zone));
    await form.getByLabel('Ends').fill(localInput(slot.end, demo.doctor.zone));
    await form.getByLabel('Reason (optional)').fill(`Conference ${tag}`);
    await form.getByRole('button', { name: 'Save time off' }).click();

    const warning = page.getByRole('alert').filter({ hasText: /booked visits? falls? in this time/ });
    await expect(warning).toBeVisible();
    const visits = warning.getByRole('list', { name: 'Visits in this time' });
    await expect(visits.getByRole('listitem').filter({ hasText: patient.name })).toContainText(wallClock(slot).day);
    const confirm = warning.getByRole('button', { name: /^Cancel (this visit|these \d+ visits) and block the time$/ });
    // No reason, no cancelling: the patients are told why.
    await confirm.click();
    await expect(warning.getByText('Tell the patients why their visit is cancelled.')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, 'time-off-covers-visits', async () => {
      await expect(page.getByRole('list', { name: 'Visits in this time' })).toBeVisible();
    });
    await warning.getByLabel(/Reason for the patients/).fill(cancellation);
    await confirm.click();
    await expect(page.getByRole('form', { name: 'New time off' })).toHaveCount(0);
    await expect(page.getByText(`Conference ${tag}`)).toBeVisible();
    await signOut(page);

    // The patient: cancelled (never "past"), and told why.
    await signIn(page, patient.email, patient.password);
    await page.goto('/appointments');
    await expect(page.getByRole('article').filter({ hasText: visitReason })).toHaveCount(0);
    await page.getByRole('tab', { name: /Cancelled/ }).click();
    const cancelled = page.getByRole('article').filter({ hasText: visitReason });
    await expect(cancelled.getByText('Cancelled', { exact: true })).toBeVisible();
    await expect(cancelled).toContainText(`Cancelled by the doctor — ${cancellation}`);
    await expectNoSeriousA11yViolations(page);

    await page.goto('/messages');
    await expect(page.getByRole('heading', { level: 1, name: 'My messages' })).toBeVisible();
    const newest = page.getByRole('region', { name: 'Messages, newest first' }).getByRole('article').first();
    await expect(newest.getByRole('heading', { name: 'Cancellation' })).toBeVisible();
    await expect(newest).toContainText(`your appointment with ${demo.doctor.name} on`);
    // the clinic's reason travels with the text
    await expect(newest).toContainText(`is cancelled. Reason: ${cancellation}`);
    await expect(newest).toContainText(`To ${phone}`);
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, 'messages-cancellation', async () => {
      await expect(page.getByRole('region', { name: 'Messages, newest first' })).toBeVisible();
    });
  });
});
