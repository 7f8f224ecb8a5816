import { expect, test } from '@playwright/test';
import { demo, expectNoSeriousA11yViolations, fillSignUp, navigate, pickSlot, runTag, screenshotBothWidths, signIn, signOut, uniqueEmail, wallClock } from './support';

// (d) The front desk: an admin books a visit on a patient's behalf, then moves it.
test.describe('admin front desk', () => {
  test('an admin books for a patient, finds it under that patient and reschedules it', async ({ page }) => {
    test.setTimeout(180_000);
    const tag = runTag();
    const patient = { name: `Frida Frontdesk ${tag}`, email: uniqueEmail('frontdesk'), password: 'a calm and long passphrase' };

    // A patient of our own, so nothing here depends on the demo patient's calendar.
    await page.goto('/sign-up');
    await fillSignUp(page, patient);
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
    await signOut(page);

    await signIn(page, demo.admin);
    await navigate(page, 'Appointments');
    await page.getByRole('link', { name: 'Book for a patient' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Book for a patient' })).toBeVisible();
    await page.getByRole('searchbox', { name: 'Find a patient' }).fill(patient.email);
    await page.getByRole('button', { name: `Choose ${patient.name}` }).click();
    await expect(page.getByText(`Booking for ${patient.name}`)).toBeVisible();
    await page.getByLabel('Doctor', { exact: true }).selectOption({ label: demo.doctor.name });
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, 'admin-book-for-patient', async () => {
      await expect(page.getByRole('region', { name: /Free times/ })).toBeVisible();
    });

    const first = await pickSlot(page, { minHoursAhead: 48, spread: 20 });
    const dialog = page.getByRole('dialog', { name: 'Book an appointment' });
    await expect(dialog).toContainText(`For ${patient.name}`);
    await expect(dialog).toContainText(wallClock(first).range);
    await dialog.getByRole('button', { name: 'Book appointment' }).click();

    // Back on the list, narrowed to that patient.
    await expect(page).toHaveURL(/\/admin\/appointments\?patientId=/);
    await expect(page.getByRole('status').filter({ hasText: 'Appointment booked' })).toContainText(patient.name);
    await expect(page.getByText(`Showing ${patient.name}'s appointments`)).toBeVisible();
    await expect(page.getByText('1 appointment', { exact: true })).toBeVisible();
    const row = page.getByRole('row').filter({ hasText: patient.name });
    await expect(row).toContainText(wallClock(first).range);
    await expectNoSeriousA11yViolations(page);

    await row.getByRole('button', { name: `Reschedule ${patient.name}'s appointment with ${demo.doctor.name}` }).click();
    const move = page.getByRole('dialog', { name: 'Move the appointment' });
    await expect(move.getByRole('region', { name: 'Choose a new time' })).toBeVisible();
    const second = await pickSlot(page, { minHoursAhead: 48, spread: 20, exclude: first.start });
    await expect(move).toContainText(wallClock(second).range);
    await expect(move.getByRole('button', { name: 'Back' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, '[role="dialog"]');
    await move.getByRole('button', { name: 'Move appointment' }).click();

    await expect(page.getByRole('status').filter({ hasText: 'Appointment moved' })).toContainText(patient.name);
    await expect(page.getByRole('row').filter({ hasText: patient.name })).toContainText(wallClock(second).range);
    await signOut(page);

    // The patient sees the moved visit as theirs.
    await signIn(page, patient.email, patient.password);
    await page.goto('/appointments');
    await expect(page.getByRole('article', { name: demo.doctor.name })).toContainText(wallClock(second).range);
  });
});
