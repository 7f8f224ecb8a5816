import { expect, test } from '@playwright/test';
import { chooseLanguage, chooseTimeZone, demo, expectNoSeriousA11yViolations, navigate, pickSlot, runTag, screenshotBothWidths, signIn, signOut, uniqueEmail, wallClock, searchDoctors } from './support';

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

// Runs against CareSlot in test mode (no Stripe key): "Pay now" leads to the in-app test checkout.
// The way straight from booking into the checkout ("Continue to payment") is prepayment.spec.ts.
test.describe('payments', () => {
  test('a patient pays a prepaid booking in test mode; an admin sees the payment and the revenue', async ({ page }) => {
    test.setTimeout(240_000);
    const tag = runTag();
    const doctor = { name: `Dr. Pat Prepaid ${tag}`, email: uniqueEmail('prepaid-doctor'), password: `amber ledger ${tag} river` };
    const patient = { name: `Payton Example ${tag}`, email: uniqueEmail('paying-patient'), password: 'a calm and long passphrase' };

    // An admin adds a doctor who charges 80 EUR, paid when booking.
    await signIn(page, demo.admin);
    await navigate(page, 'Doctors');
    await page.getByRole('link', { name: 'Add a doctor' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Add a doctor' })).toBeVisible();
    await page.getByLabel('Full name', { exact: true }).fill(doctor.name);
    await page.getByLabel('Email', { exact: true }).fill(doctor.email);
    await page.getByLabel('First password').fill(doctor.password);
    await page.getByRole('combobox', { name: 'Specialty' }).fill('General Practice');
    await chooseTimeZone(page, 'Time zone', 'Europe/Berlin');
    await page.getByLabel('Years of experience').fill('9');
    await page.getByLabel('Appointment length (minutes)').fill('30');
    await page.getByLabel('Consultation fee').fill('80');
    await page.getByLabel('Currency').selectOption('EUR');
    await chooseLanguage(page, 'English');
    await page.getByRole('switch', { name: 'Patients pay when booking' }).click();
    await expect(page.getByLabel('Patients pay when booking')).toBeChecked();
    await page.getByRole('button', { name: 'Add doctor' }).click();
    await expect(page).toHaveURL(/\/admin\/doctors$/);
    await expect(page.getByRole('status').filter({ hasText: 'Doctor added' })).toContainText(doctor.email);
    await signOut(page);

    // The doctor opens every day, so the coming days always have free times.
    await signIn(page, doctor.email, doctor.password);
    await navigate(page, 'Schedule');
    await expect(page.getByRole('heading', { level: 1, name: 'Schedule' })).toBeVisible();
    for (const day of DAYS) {
      const row = page.getByRole('group', { name: day, exact: true });
      if ((await row.getByLabel(new RegExp(`^${day} from`)).count()) === 0) {
        await row.getByRole('button', { name: `Add hours on ${day}` }).click();
      }
      await row.getByLabel(new RegExp(`^${day} from`)).first().fill('09:00');
      await row.getByLabel(new RegExp(`^${day} until`)).first().fill('17:00');
    }
    await page.getByLabel('Appointment length').fill('30');
    await page.getByRole('button', { name: 'Save schedule' }).click();
    await expect(page.getByText('Schedule saved')).toBeVisible();
    await signOut(page);

    // A new patient books; the time is held until they pay.
    await page.goto('/sign-up');
    await page.getByLabel('Full name', { exact: true }).fill(patient.name);
    await page.getByLabel('Email', { exact: true }).fill(patient.email);
    await page.getByLabel('Password', { exact: true }).fill(patient.password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();

    await navigate(page, 'Find a doctor');
    await searchDoctors(page, tag);
    const doctorCard = page.getByRole('article', { name: doctor.name });
    await expect(doctorCard).toBeVisible();
    await doctorCard.getByRole('link', { name: `See free times with ${doctor.name}` }).click();
    const slot = await pickSlot(page, { spread: 6 });
    const { range } = wallClock(slot);
    const dialog = page.getByRole('dialog', { name: 'Book an appointment' });
    await expect(dialog).toContainText('Consultation fee: €80');
    await expect(dialog).toContainText('This doctor takes payment at booking.');
    await dialog.getByRole('button', { name: 'Reserve and pay' }).click();
    // Reserved, not booked: the dialog leads into the checkout; this patient pays later instead.
    const reserved = page.getByRole('dialog', { name: 'Reserved until you pay' });
    await expect(reserved.getByRole('timer')).toHaveText(/^\d{2}:\d{2}$/);
    await reserved.getByRole('button', { name: 'Pay later' }).click();

    await expect(page).toHaveURL(/\/appointments$/);
    await expect(page.getByRole('status').filter({ hasText: 'Your time is reserved until you pay' })).toBeVisible();
    const booked = page.getByRole('article', { name: doctor.name });
    await expect(booked).toContainText(range);
    await expect(booked).toContainText('Reserved until you pay');
    await expect(booked.getByRole('timer')).toHaveText(/^\d{2}:\d{2}$/);
    await expect(booked).toContainText('Fee: €80.00 · payment at booking');
    await expect(booked.getByText(/^Pay by .+ or the time is released for others\.$/)).toBeVisible();
    await expect(booked).not.toContainText('booked');
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, 'my-appointments-unpaid', async () => {
      await expect(page.getByRole('article', { name: doctor.name }).getByRole('button', { name: /^Pay now/ })).toBeVisible();
    });

    // "Pay now" opens the checkout; in test mode that is CareSlot's own, clearly labelled page.
    await booked.getByRole('button', { name: `Pay now: €80.00 for your appointment with ${doctor.name}` }).click();
    await expect(page).toHaveURL(/\/test-checkout\/[0-9a-f-]{36}$/);
    const paymentId = new URL(page.url()).pathname.split('/').pop()!;
    await expect(page.getByRole('heading', { level: 1, name: 'Test checkout' })).toBeVisible();
    const checkout = page.getByRole('region', { name: 'Pay for your appointment' });
    await expect(checkout.getByText('TEST MODE', { exact: true })).toBeVisible();
    await expect(checkout).toContainText('No real money moves.');
    await expect(checkout).toContainText(doctor.name);
    await expect(checkout).toContainText('€80.00');
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, 'test-checkout', async () => {
      await expect(page.getByRole('button', { name: 'Pay (test)' })).toBeVisible();
    });

    await checkout.getByRole('button', { name: 'Pay (test)' }).click();
    const result = page.getByRole('status').filter({ hasText: 'Payment received' });
    await expect(result).toBeVisible();
    await expect(result).toContainText(`Your appointment with ${doctor.name} is paid: €80.00.`);
    await expect(page.getByRole('button', { name: 'Pay (test)' })).toHaveCount(0);
    const paidOn = new Date();
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, 'test-checkout-paid', async () => {
      await expect(page.getByRole('status').filter({ hasText: 'Payment received' })).toBeVisible();
    });

    await page.getByRole('link', { name: 'Back to my appointments' }).click();
    await expect(page).toHaveURL(/\/appointments$/);
    const paid = page.getByRole('article', { name: doctor.name });
    await expect(paid.getByText('Paid', { exact: true })).toBeVisible();
    await expect(paid.getByRole('button', { name: /^Pay now/ })).toHaveCount(0);
    await expect(paid.getByText(/or the booking is released/)).toHaveCount(0);
    await signOut(page);

    // The admin finds the payment in the log and the money in the revenue (last 30 days by default).
    await signIn(page, demo.admin);
    await navigate(page, 'Payments');
    await expect(page.getByRole('heading', { level: 1, name: 'Payments' })).toBeVisible();

    const revenue = page.getByRole('region', { name: 'Revenue' });
    await expect(revenue.getByText('Revenue in EUR')).toBeVisible();
    const byDoctor = revenue.getByRole('table', { name: 'By doctor' });
    const doctorRow = byDoctor.getByRole('row').filter({ hasText: doctor.name });
    await expect(doctorRow.getByRole('cell')).toHaveText([doctor.name, '1', '€80.00']);
    // Revenue days are UTC dates in the browser's locale (en-GB, see playwright.config), worded by the browser's Intl.
    const utcDay = await page.evaluate(
      (at) => new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(at)),
      paidOn.getTime(),
    );
    // one row per day and currency (the demo clinic takes EUR, GBP and USD): today's euros are there
    await expect(revenue.getByRole('table', { name: 'By day' }).getByRole('row').filter({ hasText: utcDay }).filter({ hasText: '€' })).toHaveCount(1);

    const log = page.getByRole('region', { name: 'Payment log' });
    const logRow = log.getByRole('row').filter({ hasText: patient.name });
    await expect(logRow).toHaveCount(1);
    await expect(logRow).toContainText(doctor.name);
    await expect(logRow).toContainText('€80.00');
    await expect(logRow.getByText('Paid', { exact: true })).toBeVisible();
    await expect(logRow.getByText('Test mode', { exact: true })).toBeVisible();
    await expect(logRow.getByText(`test_${paymentId}`, { exact: true })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, 'admin-payments', async () => {
      await expect(page.getByRole('heading', { name: 'Payment log' })).toBeVisible();
      await expect(page.getByText(patient.name).first()).toBeVisible();
    });
  });
});
