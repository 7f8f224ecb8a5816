import { expect, test } from '@playwright/test';
import { chooseLanguage, chooseTimeZone, demo, expectNoSeriousA11yViolations, navigate, pickSlot, runTag, screenshotBothWidths, signIn, signOut, uniqueEmail, wallClock, searchDoctors } from './support';

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

test.describe('admin journeys', () => {
  test('an admin adds a doctor, the doctor sets weekly hours, a new patient books one of them', async ({ page }) => {
    test.setTimeout(180_000);
    const tag = runTag();
    const doctor = { name: `Dr. Robin Example ${tag}`, email: uniqueEmail('doctor'), password: `teal window ${tag} morning` };

    await signIn(page, demo.admin);
    await navigate(page, 'Appointments');
    await expect(page.getByRole('heading', { level: 1, name: 'Appointments' })).toBeVisible();
    await expect(page.getByText(/\d+ appointments?$/).or(page.getByText('No appointments match')).first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, 'admin-appointments', async () => {
      await expect(page.getByRole('heading', { name: 'Results' })).toBeVisible();
    });
    await page.getByLabel('Status').selectOption('CONFIRMED');
    await expect(page.getByText(/\d+ appointments?$/).or(page.getByText('No appointments match')).first()).toBeVisible();

    await navigate(page, 'Users');
    await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
    await page.getByLabel('Search', { exact: true }).fill('careslot.demo');
    await expect(page.getByText(demo.patient.email)).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, 'admin-users', async () => {
      await expect(page.getByText(demo.patient.email)).toBeVisible();
    });

    await navigate(page, 'Doctors');
    await expect(page.getByRole('heading', { level: 1, name: 'Doctors' })).toBeVisible();
    await expect(page.getByRole('tab', { name: /Waiting for approval/ })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, 'admin-doctors', async () => {
      await expect(page.getByRole('tab', { name: /Waiting for approval/ })).toBeVisible();
    });

    await page.getByRole('link', { name: 'Add a doctor' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Add a doctor' })).toBeVisible();
    await page.getByRole('button', { name: 'Add doctor' }).click();
    await expect(page.getByText("Enter the doctor's full name.")).toBeVisible();
    await page.getByLabel('Full name', { exact: true }).fill(doctor.name);
    await page.getByLabel('Email', { exact: true }).fill(doctor.email);
    await page.getByLabel('First password').fill(doctor.password);
    await page.getByRole('combobox', { name: 'Specialty' }).fill('General Practice');
    await chooseTimeZone(page, 'Time zone', 'Europe/Berlin');
    await page.getByLabel('Years of experience').fill('7');
    await page.getByLabel('Appointment length (minutes)').fill('30');
    await page.getByLabel('Consultation fee').fill('75');
    await chooseLanguage(page, 'English');
    await chooseLanguage(page, 'German');
    await page.getByLabel('Practice name').fill(`Praxis ${tag}`);
    await page.getByLabel('Street and number').fill('Parkstraße 1');
    await page.getByLabel('City').fill('Berlin');
    await page.getByLabel('Practice phone').fill('+49 30 1234567');
    await page.getByLabel('About').fill('Everyday health questions for the whole family.');
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, 'admin-new-doctor', async () => {
      await expect(page.getByRole('button', { name: 'Add doctor' })).toBeVisible();
    });
    await page.getByRole('button', { name: 'Add doctor' }).click();
    await expect(page).toHaveURL(/\/admin\/doctors$/);
    await expect(page.getByRole('status').filter({ hasText: 'Doctor added' })).toContainText(doctor.email);
    await signOut(page);

    // The new doctor publishes hours on every day, so tomorrow always has some.
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
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, 'doctor-schedule', async () => {
      await expect(page.getByRole('button', { name: 'Save schedule' })).toBeVisible();
    });

    await page.getByRole('button', { name: 'Add time off' }).click();
    await expect(page.getByRole('form', { name: 'New time off' })).toBeVisible();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await signOut(page);

    // A patient who has just signed up books one of those hours.
    const patientEmail = uniqueEmail('patient');
    await page.goto('/sign-up');
    await page.getByLabel('Full name', { exact: true }).fill(`Pat Example ${tag}`);
    await page.getByLabel('Email', { exact: true }).fill(patientEmail);
    await page.getByLabel('Password', { exact: true }).fill('a calm and long passphrase');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();

    await navigate(page, 'Find a doctor');
    await searchDoctors(page, tag);
    const card = page.getByRole('article', { name: doctor.name });
    await expect(card).toBeVisible();
    await expect(card).toContainText(`Praxis ${tag}`);
    // stored and shown in international form, ready to dial
    await expect(card.getByRole('link', { name: '+49301234567' })).toHaveAttribute('href', 'tel:+49301234567');
    await card.getByRole('link', { name: `See free times with ${doctor.name}` }).click();
    const slot = await pickSlot(page, { spread: 6 });
    const { range, startMinutes, endMinutes } = wallClock(slot);
    expect(startMinutes >= 9 * 60 && endMinutes <= 17 * 60, `${range} lies within 9:00–17:00`).toBe(true);
    await page.getByRole('dialog', { name: 'Book an appointment' }).getByRole('button', { name: 'Book appointment' }).click();
    await expect(page).toHaveURL(/\/appointments$/);
    await expect(page.getByRole('article', { name: doctor.name })).toContainText(range);
  });

  test('a doctor applies, and an admin approves the application', async ({ page }) => {
    test.setTimeout(90_000);
    const tag = runTag();
    const name = `Dr. Jordan Applicant ${tag}`;

    await page.goto('/sign-up');
    await page.getByRole('link', { name: 'Apply to join CareSlot' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Join CareSlot as a doctor' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, 'doctor-apply', async () => {
      await expect(page.getByRole('button', { name: 'Send application' })).toBeVisible();
    });
    await page.getByLabel('Full name', { exact: true }).fill(name);
    await page.getByLabel('Email', { exact: true }).fill(uniqueEmail('applicant'));
    await page.getByLabel('Password', { exact: true }).fill(`quiet harbour ${tag} lamp`);
    await page.getByRole('combobox', { name: 'Specialty' }).fill('Dermatology');
    await chooseTimeZone(page, 'Time zone', 'Europe/Berlin');
    await page.getByRole('button', { name: 'Send application' }).click();
    await expect(page.getByRole('heading', { name: 'Thank you — your application is in' })).toBeVisible();

    await signIn(page, demo.admin);
    await navigate(page, 'Doctors');
    const application = page.getByRole('article', { name });
    await application.getByRole('button', { name: `Approve ${name}` }).click();
    await expect(application).toBeHidden();
    await page.getByRole('tab', { name: 'Listed' }).click();
    await expect(page.getByRole('article', { name })).toBeVisible();
  });
});
