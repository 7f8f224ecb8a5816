import { expect, test } from '@playwright/test';
import {
  confirmPhone,
  demo,
  expectNoSeriousA11yViolations,
  navigate,
  pickSlot,
  runTag,
  screenshotBothWidths,
  searchDoctors,
  signIn,
  signOut,
  texts,
  uniqueEmail,
  uniquePhone,
} from './support';

// Runs against CareSlot without a Twilio account: messages go to the SMS log ("Logged only"), and
// the server hands due messages to the provider every 5 seconds.
test.describe('SMS log', () => {
  test('a patient with a phone number books and sees the booking text and two planned reminders; an admin sees them in the SMS log', async ({ page }) => {
    test.setTimeout(180_000);
    const tag = runTag();
    const patient = { name: `Sam Texter ${tag}`, email: uniqueEmail('sms-patient'), password: 'a calm and long passphrase' };
    const PHONE = uniquePhone();

    // A new patient, who puts a mobile number on their profile and confirms it with a texted code.
    await page.goto('/sign-up');
    await page.getByLabel('Full name', { exact: true }).fill(patient.name);
    await page.getByLabel('Email', { exact: true }).fill(patient.email);
    await page.getByLabel('Password', { exact: true }).fill(patient.password);
    await page.getByRole('button', { name: 'Create account' }).click();
    // the first sign-up after start-up took 9.8 s on a busy 2-core machine (password checks warming up)
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible({ timeout: 30_000 });

    // Before any booking the list is empty and says where texts go.
    await page.getByRole('banner').getByRole('link', { name: 'My messages' }).click();
    await expect(page).toHaveURL(/\/messages$/);
    await expect(page.getByRole('heading', { level: 1, name: 'My messages' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'No text messages yet' })).toBeVisible();
    await expect(page.getByText(/Texts about your appointments go to the phone number on your profile/)).toBeVisible();
    await expect(page.getByText(/There is no phone number on your profile/)).toBeVisible();

    await confirmPhone(page, PHONE, patient.password);

    // A visit at least two days ahead, so both reminders (24 h and 2 h before) are still to come.
    await navigate(page, 'Find a doctor');
    await searchDoctors(page, 'Schneider');
    await page.getByRole('link', { name: `See free times with ${demo.doctor.name}` }).click();
    await expect(page.locator('button[data-start]').first()).toBeVisible();
    await page.getByRole('button', { name: 'Next week' }).first().click();
    await pickSlot(page, { minHoursAhead: 48, spread: 30 });
    const dialog = page.getByRole('dialog', { name: 'Book an appointment' });
    await dialog.getByRole('button', { name: 'Book appointment' }).click();
    await expect(page).toHaveURL(/\/appointments$/);
    await expect(page.getByRole('status').filter({ hasText: 'Your appointment is booked' })).toBeVisible();

    await page.getByRole('banner').getByRole('link', { name: 'My messages' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'My messages' })).toBeVisible();
    await expect(page.getByText(/There is no phone number on your profile/)).toHaveCount(0);

    // The booking text: written at once, handed to the (logging) provider within seconds.
    const booked = page.getByRole('article', { name: 'Booking' });
    await expect(booked).toHaveCount(1);
    await expect(booked).toContainText(`your appointment with ${demo.doctor.name} on`);
    await expect(booked).toContainText('is booked.');
    await expect(booked).toContainText(`To ${PHONE}`);
    await expect(booked.getByText(/^(Scheduled|Sending|Sent)$/)).toBeVisible();
    await expect(async () => {
      if ((await booked.getByText('Sent', { exact: true }).count()) === 0) await page.reload();
      await expect(page.getByRole('article', { name: 'Booking' }).getByText('Sent', { exact: true })).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 20_000, intervals: [1_000, 2_000, 3_000] });
    await expect(booked.getByText('Logged only', { exact: true })).toBeVisible();
    await expect(booked).toContainText(/Sent \S/);

    // Two reminders planned for later, to the same number.
    const reminders = page.getByRole('article', { name: 'Reminder' });
    await expect(reminders).toHaveCount(2);
    for (const reminder of await reminders.all()) {
      await expect(reminder.getByText('Scheduled', { exact: true })).toBeVisible();
      await expect(reminder).toContainText(`CareSlot reminder: ${demo.doctor.name} on`);
      await expect(reminder).toContainText(`To ${PHONE}`);
      await expect(reminder).toContainText(/Goes out \S/);
    }
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, 'my-messages', async () => {
      await expect(page.getByRole('article', { name: 'Booking' })).toBeVisible();
    });

    // Texts follow the patient's language: switching to German rewrites the planned reminders.
    await navigate(page, 'Profile');
    await page.getByLabel('Language of texts and reports').selectOption('Deutsch');
    await page.getByRole('button', { name: 'Save changes' }).click();
    // the account's language is the app's too: from here the patient reads German
    const de = texts('de');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.getByRole('status').filter({ hasText: de('auth:profile.saved') })).toBeVisible();
    await page.getByRole('banner').getByRole('link', { name: de('common:nav.messages') }).click();
    const germanReminders = page.getByRole('article', { name: de('notifications:kind.REMINDER') });
    await expect(germanReminders).toHaveCount(2);
    for (const reminder of await germanReminders.all()) {
      await expect(reminder).toContainText(`CareSlot-Erinnerung: ${demo.doctor.name} am`);
    }
    await expect(page.getByRole('article', { name: de('notifications:kind.BOOKED') })).toContainText('is booked.'); // already sent as it was
    // back to English on this device for the admin's part
    await page.getByRole('combobox', { name: de('common:language.label') }).selectOption({ label: 'English' });
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await signOut(page);

    // The admin finds all four in the SMS log (the code masked), and only the planned ones under "Scheduled".
    await signIn(page, demo.admin);
    await navigate(page, 'SMS log');
    await expect(page).toHaveURL(/\/admin\/sms-log$/);
    await expect(page.getByRole('heading', { level: 1, name: 'SMS log' })).toBeVisible();
    const log = page.getByRole('region', { name: 'Messages' });
    const rows = log.getByRole('row').filter({ hasText: patient.name });
    await expect(rows).toHaveCount(4);
    for (const row of await rows.all()) await expect(row).toContainText(PHONE);
    const codeRow = rows.filter({ hasText: 'Phone code' });
    await expect(codeRow).toContainText('••••••');
    await expect(codeRow).not.toContainText(/\b\d{6}\b/);
    const bookedRow = rows.filter({ hasText: 'Booking' });
    await expect(bookedRow.getByText('Sent', { exact: true })).toBeVisible();
    await expect(bookedRow.getByText('Logged only', { exact: true })).toBeVisible();
    await expect(rows.filter({ hasText: 'Reminder' })).toHaveCount(2);

    await page.getByLabel('Status').selectOption('PENDING');
    const planned = log.getByRole('row').filter({ hasText: patient.name });
    await expect(planned).toHaveCount(2);
    for (const row of await planned.all()) {
      await expect(row).toContainText('Reminder');
      await expect(row.getByText('Scheduled', { exact: true })).toBeVisible();
    }
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, 'admin-sms-log', async () => {
      await expect(page.getByRole('heading', { name: 'Messages' })).toBeVisible();
      await expect(page.getByText(patient.name).first()).toBeVisible();
    });
  });
});
