import { readFileSync } from 'node:fs';
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
  uniqueEmail,
  wallClock,
} from './support';

// The smallest valid PNG: one transparent pixel.
const PNG_1X1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

test.describe('medical records', () => {
  test('a patient keeps their record, their doctor reads it and writes a note, the patient sees who looked, an admin audits it', async ({ page }) => {
    test.setTimeout(240_000);
    const tag = runTag();
    const patient = { name: `Rita Records ${tag}`, email: uniqueEmail('records-patient'), password: 'a calm and long passphrase' };
    const allergy = `Peanuts ${tag}`;
    const note = `<script>alert(1)</script>\nNo reaction to the test dose (${tag}).`;
    // Text must never run as markup: any alert() would open a dialog.
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });

    // A new patient books a visit with the demo doctor.
    await page.goto('/sign-up');
    await page.getByLabel('Full name', { exact: true }).fill(patient.name);
    await page.getByLabel('Email', { exact: true }).fill(patient.email);
    await page.getByLabel('Password', { exact: true }).fill(patient.password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
    await navigate(page, 'Find a doctor');
    await searchDoctors(page, 'Schneider');
    await page.getByRole('link', { name: `See free times with ${demo.doctor.name}` }).click();
    const slot = await pickSlot(page, { spread: 30 });
    await page.getByRole('dialog', { name: 'Book an appointment' }).getByRole('button', { name: 'Book appointment' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Your appointment is booked' })).toBeVisible();

    // My records: history, an allergy, a PNG, and a refused text file.
    await navigate(page, 'My records');
    await expect(page.getByRole('heading', { level: 1, name: 'My records' })).toBeVisible();
    const history = page.getByRole('region', { name: 'Medical history' });
    await history.getByRole('button', { name: 'Write my history' }).click();
    await history.getByLabel('Your medical history').fill('Appendectomy in 2015.\nMother: type 2 diabetes.');
    await history.getByRole('button', { name: 'Save history' }).click();
    await expect(history.getByRole('status')).toHaveText('Saved');
    await expect(history.getByText('Mother: type 2 diabetes.', { exact: false })).toBeVisible();

    const allergies = page.getByRole('region', { name: 'Allergies' });
    await allergies.getByLabel('New allergy').fill(allergy);
    await allergies.getByRole('button', { name: 'Add' }).click();
    await expect(allergies.getByText(allergy)).toBeVisible();

    const files = page.getByRole('region', { name: 'Files' });
    const fileInput = files.locator('input[type="file"]');
    await fileInput.setInputFiles({ name: 'rash.png', mimeType: 'image/png', buffer: PNG_1X1 });
    await files.getByRole('button', { name: 'Upload' }).click();
    await expect(files.getByRole('link', { name: 'rash.png' })).toBeVisible();

    await fileInput.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a medical file') });
    await files.getByRole('button', { name: 'Upload' }).click();
    await expect(files.getByText('must be a PDF, PNG or JPEG file')).toBeVisible();
    await expect(files.getByRole('link', { name: /notes/ })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, 'my-records', async () => {
      await expect(page.getByRole('region', { name: 'Files' })).toBeVisible();
    });
    await signOut(page);

    // A request opens nothing: the doctor's patient list does not have Rita until the visit is confirmed.
    await signIn(page, demo.doctor.email);
    await navigate(page, 'Patients');
    await page.getByLabel('Search by name or email').fill(patient.name);
    await expect(page.getByRole('link', { name: patient.name })).toHaveCount(0);
    const { date, day, range } = wallClock(slot);
    await page.goto(`/calendar?view=week&date=${date}`);
    await page.getByRole('button', { name: new RegExp(`^${day}, ${range}, ${patient.name}, Pending$`) }).click();
    const detail = page.getByRole('dialog', { name: 'Appointment' });
    await detail.getByRole('button', { name: /^Confirm the appointment with / }).click();
    await expect(detail).toBeHidden();

    // Now the doctor opens the patient from Patients, reads the allergy and writes a visit note.
    await navigate(page, 'Patients');
    await page.getByLabel('Search by name or email').fill(patient.name);
    await page.getByRole('link', { name: patient.name }).click();
    await expect(page.getByRole('heading', { level: 1, name: patient.name })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Allergies' }).getByText(allergy)).toBeVisible();
    await expect(page.getByRole('region', { name: 'Medical history' })).toContainText('Appendectomy in 2015.');
    await expect(page.getByRole('region', { name: 'Medical history' }).getByRole('button')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Download report (PDF)' })).toBeVisible();

    const notes = page.getByRole('region', { name: 'Visit notes' });
    const form = notes.getByRole('form', { name: 'Write a visit note' });
    await form.getByLabel('Note').fill(note);
    await form.getByRole('button', { name: 'Save note' }).click();
    const written = notes.getByRole('article', { name: new RegExp(`${demo.doctor.name} · visit on`) });
    await expect(written).toHaveCount(1);
    await expect(written.getByText('<script>alert(1)</script>', { exact: false })).toBeVisible();
    await expect(written.locator('script')).toHaveCount(0);
    await expect(written.getByRole('button', { name: /Edit your note/ })).toBeVisible();

    // ...and files the lab result under that visit.
    const doctorFiles = page.getByRole('region', { name: 'Files' });
    await doctorFiles.getByLabel('Visit').selectOption({ index: 1 });
    await doctorFiles.locator('input[type="file"]').setInputFiles({
      name: 'lab-results.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF'),
    });
    await doctorFiles.getByRole('button', { name: 'Upload' }).click();
    await expect(doctorFiles.getByRole('listitem').filter({ hasText: 'lab-results.pdf' })).toContainText('for the visit on');
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, 'doctor-patient-record', async () => {
      await expect(page.getByRole('region', { name: 'Visit notes' })).toBeVisible();
    });
    await signOut(page);

    // The patient reads the note, sees the doctor in the access log, and downloads the report.
    await signIn(page, patient.email, patient.password);
    await navigate(page, 'My records');
    const mine = page.getByRole('region', { name: 'Visit notes' }).getByRole('article');
    await expect(mine).toContainText('<script>alert(1)</script>');
    await expect(mine).toContainText(`No reaction to the test dose (${tag}).`);
    await expect(mine.getByRole('button')).toHaveCount(0);

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download my report (PDF)' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.pdf$/);

    await page.getByRole('link', { name: 'Who looked at my record' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Who looked at my record' })).toBeVisible();
    const log = page.getByRole('region', { name: 'Access log' });
    const doctorRows = log.getByRole('row').filter({ hasText: demo.doctor.name });
    await expect(doctorRows.filter({ hasText: 'Opened the record' }).first()).toBeVisible();
    await expect(doctorRows.filter({ hasText: 'Wrote a visit note' })).toHaveCount(1);
    await expect(doctorRows.first()).toContainText('Doctor');
    // who and in what role, never the staff member's network address
    await expect(log).not.toContainText('127.0.0.1');
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, 'access-log', async () => {
      await expect(page.getByRole('region', { name: 'Access log' }).getByText(demo.doctor.name).first()).toBeVisible();
    });
    await signOut(page);

    // An admin sees counts only, breaks the glass with a reason, and finds it all in the audit log.
    await signIn(page, demo.admin);
    await navigate(page, 'Records');
    await page.getByRole('searchbox', { name: 'Find a patient' }).fill(patient.email);
    await page.getByRole('button', { name: `Open the record summary of ${patient.name}` }).click();
    const summary = page.getByRole('region', { name: `Record of ${patient.name}` });
    await expect(summary).toContainText('Allergies1');
    await expect(page.getByText(allergy)).toHaveCount(0);
    await summary.getByRole('button', { name: 'Break-glass access' }).click();
    const glass = page.getByRole('dialog', { name: 'Break-glass access' });
    await glass.getByLabel('Reason').fill('short');
    await glass.getByRole('button', { name: 'Read the record' }).click();
    await expect(glass.getByText('State your reason in at least 10 characters.')).toBeVisible();
    await glass.getByLabel('Reason').fill(`Emergency ward needs the allergy list (${tag})`);
    await glass.getByRole('button', { name: 'Read the record' }).click();
    await expect(page.getByRole('region', { name: 'Allergies' }).getByText(allergy)).toBeVisible();
    await expect(page.getByText(/with break-glass access\. It is read-only/)).toBeVisible();
    // files too: fetched with the stated reason, saved under their name
    const saved = page.waitForEvent('download');
    await page.getByRole('region', { name: 'Files' }).getByRole('button', { name: 'rash.png' }).click();
    const file = await saved;
    expect(file.suggestedFilename()).toBe('rash.png');
    expect(readFileSync(await file.path())).toEqual(PNG_1X1);
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, 'admin-break-glass', async () => {
      await expect(page.getByRole('region', { name: 'Allergies' })).toBeVisible();
    });

    await summary.getByRole('link', { name: 'Audit log of this patient' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
    const audit = page.getByRole('region', { name: 'Entries' });
    const rows = audit.getByRole('row').filter({ hasText: patient.name });
    await expect(rows.filter({ hasText: 'Emergency access by an administrator' })).toContainText(`Reason given: Emergency ward needs the allergy list (${tag})`);
    await expect(rows.filter({ hasText: 'Wrote a visit note' })).toContainText(demo.doctor.name);
    await expect(rows.filter({ hasText: 'Added an entry (allergy)' })).toContainText(patient.name);
    await expect(rows.filter({ hasText: 'Uploaded a file' })).toHaveCount(2);
    await expect(rows.filter({ hasText: 'Downloaded the PDF report' })).toHaveCount(1);
    await expect(rows.filter({ hasText: 'Downloaded a file' })).toContainText(`Reason given: Emergency ward needs the allergy list (${tag})`);
    await expectNoSeriousA11yViolations(page);

    expect(dialogs).toEqual([]);
  });
});
