import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { createHmac } from 'node:crypto';

export const viewports = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const;

/** A fresh address per run, so the spec can sign up against a long-lived server. */
export function uniqueEmail(prefix = 'e2e'): string {
  return `${prefix}+${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
}

/**
 * Fails on serious or critical WCAG A/AA violations; minor ones are reported by axe's own tools.
 * With a modal open, pass its selector: the page behind it is inert and partly covered, which
 * axe would otherwise report as obscured touch targets.
 */
export async function expectNoSeriousA11yViolations(page: Page, include?: string) {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']);
  if (include) {
    builder = builder.include(include);
  }
  const results = await builder.analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/**
 * Full-page screenshots at desktop and phone width into test-results/screenshots/, for people
 * to look at; they are not compared against anything. Dialogs pass `fullPage: false`: their
 * backdrop covers the viewport only, so a full-page shot would show the page half dimmed.
 */
export async function screenshotBothWidths(page: Page, name: string, ready: () => Promise<void>, { fullPage = true } = {}) {
  for (const [label, size] of Object.entries(viewports)) {
    await page.setViewportSize(size);
    await ready();
    await page.evaluate(() => document.fonts.ready);
    // From the top, or the sticky header lands wherever the page happened to be scrolled.
    if (fullPage) await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `test-results/screenshots/${name}-${label}.png`, fullPage, animations: 'disabled' });
  }
  await page.setViewportSize(viewports.desktop);
}

/** The seeded demo clinic; every demo account shares one password. */
export const demo = {
  password: 'CareSlot-demo-2026',
  admin: 'admin@careslot.demo',
  doctor: { email: 'anna.schneider@careslot.demo', name: 'Dr. Anna Schneider', zone: 'Europe/Berlin' },
  patient: { email: 'maria.garcia@careslot.demo', name: 'María García' },
} as const;

/** A short random tag that keeps one run's data apart from the runs before it. */
export function runTag(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

export async function signIn(page: Page, email: string, password: string = demo.password) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
}

/** Follows a link of the role-aware main navigation (desktop width). */
export async function navigate(page: Page, label: string) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label }).click();
}

/**
 * Types a name into the directory's search and waits until it has reached the URL: the field
 * updates the URL 300 ms after typing, and a result opened before then is navigated away from.
 */
export async function searchDoctors(page: Page, name: string) {
  await page.getByRole('searchbox', { name: 'Search' }).fill(name);
  await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(name)}`));
}

/** Adds a language in the doctor form's searchable multi-select, by its English name. */
export async function chooseLanguage(page: Page, name: string) {
  const field = page.getByRole('combobox', { name: 'Languages spoken' });
  await field.click();
  await field.fill(name.slice(0, 4));
  // the dropdown's options, not those of the page's language picker (a native select)
  const option = page.getByRole('listbox').getByRole('option', { name, exact: true });
  await option.click();
  // a multi-select stays open for more choices: close it, as a person would, before going on
  await page.keyboard.press('Escape');
  await expect(option).toBeHidden();
}

/** Picks a zone in the searchable time-zone field: types the city, then clicks the zone's option. */
export async function chooseTimeZone(page: Page, label: string, zone: string) {
  const field = page.getByRole('combobox', { name: label });
  await field.click();
  await field.fill(zone.split('/').pop()!.replaceAll('_', ' '));
  await page.getByRole('option', { name: new RegExp(`^${zone.replace('/', '\\/')}\\b`) }).click();
  await expect(field).toHaveValue(new RegExp(`^${zone.replace('/', '\\/')} \\(UTC`));
}

export type SlotChoice = { start: string; end: string };

/**
 * Clicks a free slot in the "Free times" week view: one starting at least `minHoursAhead` from
 * now, picked from the first `spread` candidates at random so reruns on one database seldom
 * race for the same time. Returns the slot's instants.
 */
export async function pickSlot(
  page: Page,
  {
    minHoursAhead = 0,
    spread = 1,
    exclude,
    regionName = /Free times|Choose a new time/,
    nextWeekName = 'Next week',
  }: { minHoursAhead?: number; spread?: number; exclude?: string; regionName?: string | RegExp; nextWeekName?: string } = {},
): Promise<SlotChoice> {
  const region = page.getByRole('region', { name: regionName });
  const slots = region.locator('button[data-start]:not([disabled])');
  const earliest = Date.now() + minHoursAhead * 3_600_000;
  let candidates: SlotChoice[] = [];
  // Late in the week (or at a weekend) the free times far enough ahead may all be in the next one.
  for (let week = 0; week < 3 && candidates.length === 0; week++) {
    if (week > 0) {
      const before = await region.locator('button[data-start]').first().getAttribute('data-start').catch(() => null);
      await region.getByRole('button', { name: nextWeekName }).first().click();
      if (before) await expect(region.locator(`button[data-start="${before}"]`)).toHaveCount(0);
    }
    await slots.first().waitFor({ state: 'visible', timeout: 10_000 }).catch(() => undefined);
    const all = await slots.evaluateAll((buttons) => buttons.map((b) => ({ start: b.getAttribute('data-start')!, end: b.getAttribute('data-end')! })));
    candidates = all.filter((s) => Date.parse(s.start) >= earliest && s.start !== exclude);
  }
  expect(candidates.length, 'free slots far enough ahead').toBeGreaterThan(0);
  const choice = candidates[Math.floor(Math.random() * Math.min(spread, candidates.length))]!;
  await region.locator(`button[data-start="${choice.start}"]`).click();
  return choice;
}

/**
 * "8:00–8:20" (the app's clock for en-GB: `{hour: 'numeric', minute: '2-digit'}`), "2027-03-29"
 * and "Monday 29 March" in the zone the browser runs in (see playwright.config).
 */
export function wallClock(slot: SlotChoice, timeZone = 'Europe/Berlin') {
  const time = (iso: string) => new Intl.DateTimeFormat('en-GB', { timeZone, hour: 'numeric', minute: '2-digit' }).format(new Date(iso));
  const date = new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date(slot.start));
  const day = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'long', day: 'numeric', month: 'long' }).format(new Date(slot.start));
  const minutes = (iso: string) => {
    const [h, m] = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso)).split(':').map(Number);
    return h! * 60 + m!;
  };
  return { range: `${time(slot.start)}–${time(slot.end)}`, date, day, startMinutes: minutes(slot.start), endMinutes: minutes(slot.end) };
}

/** Free slot buttons the profile or picker shows now, as instants: specs pick from what is there. */
export async function visibleSlots(page: Page): Promise<SlotChoice[]> {
  const buttons = page.locator('button[data-start]:not([disabled])');
  await expect(buttons.first()).toBeVisible();
  return buttons.evaluateAll((list) => list.map((b) => ({ start: b.getAttribute('data-start')!, end: b.getAttribute('data-end')! })));
}

/** Signs up a new patient from the sign-up page (already open) and waits until signed in. */
export async function fillSignUp(page: Page, { name, email, password }: { name: string; email: string; password: string }) {
  await page.getByLabel('Full name', { exact: true }).fill(name);
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
}

/**
 * What an authenticator app shows for a base32 secret (RFC 6238: HMAC-SHA1, 30-second steps,
 * 6 digits). `stepOffset` picks a neighbouring step: the server never accepts one step twice.
 */
export function totp(secret: string, stepOffset = 0, now = Date.now()): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const char of secret.replace(/[\s=]/g, '').toUpperCase()) {
    bits += alphabet.indexOf(char).toString(2).padStart(5, '0');
  }
  const key = Buffer.from((bits.match(/.{8}/g) ?? []).map((byte) => parseInt(byte, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(now / 30_000) + stepOffset));
  const hash = createHmac('sha1', key).update(counter).digest();
  const offset = hash[hash.length - 1]! & 0x0f;
  const binary = hash.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 1_000_000).padStart(6, '0');
}

/** A `datetime-local` value ("2027-03-29T09:00") for an instant on the clock of `timeZone`. */
export function localInput(iso: string, timeZone = 'Europe/Berlin'): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/**
 * Calls the API as the person signed in on this page (its cookies), with the CSRF header a
 * state change needs: for checking what the server refuses, not for driving the UI.
 */
export async function apiAs(page: Page, method: 'GET' | 'POST', path: string, data?: unknown) {
  if (method === 'GET') return page.request.get(path);
  await page.request.get('/api/me'); // sets the XSRF-TOKEN cookie if there is none yet
  const token = (await page.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
  return page.request.post(path, { data, headers: { 'X-XSRF-TOKEN': decodeURIComponent(token) } });
}

/** Every free-time label on screen fits its button: measured, not just looked at. */
export async function clippedSlotLabels(page: Page): Promise<string[]> {
  return page.locator('button[data-start]').evaluateAll((buttons) =>
    buttons
      .map((button) => {
        const label = (button.querySelector('.mantine-Button-label') as HTMLElement | null) ?? (button as HTMLElement);
        return { text: label.textContent ?? '', clipped: label.scrollWidth > label.clientWidth || button.scrollWidth > button.clientWidth };
      })
      .filter((b) => b.clipped)
      .map((b) => b.text),
  );
}

/**
 * A German mobile number of this run: codes are limited per number (5 a day), so every run
 * confirms a number of its own.
 */
export function uniquePhone(): string {
  return `+49151${String(Date.now()).slice(-8)}`;
}

/**
 * Puts `phone` on the signed-in patient's profile (unless it is there already, say from sign-up)
 * and confirms it as a person would: "Text me a code", read the code in My messages (test mode
 * logs the text there), type it on the profile. Texts go only to confirmed numbers.
 */
export async function confirmPhone(page: Page, phone: string, password: string) {
  await navigate(page, 'Profile');
  const field = page.getByLabel('Phone (optional)');
  if ((await field.inputValue()) !== phone) {
    await field.fill(phone);
    await page.getByLabel('Current password').fill(password);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  }
  await expect(page.getByText('Not confirmed', { exact: true })).toBeVisible();
  const card = page.getByRole('region', { name: 'Confirm your phone number' });
  await card.getByRole('button', { name: 'Text me a code' }).click();
  await expect(card.getByRole('status')).toHaveText(`We sent a code to ${phone}. It is valid for 10 minutes.`);
  await expect(card.getByLabel('Code')).toBeFocused();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('banner').getByRole('link', { name: 'My messages' }).click();
  await expect(page.getByText(/Your phone number is not confirmed yet/)).toBeVisible();
  const text = page.getByRole('article', { name: 'Phone code' });
  await expect(text).toHaveCount(1);
  await expect(text).toContainText(`To ${phone}`);
  const code = /\b(\d{6})\b/.exec(await text.innerText())?.[1];
  expect(code, 'the six-digit code in the text').toBeDefined();

  await navigate(page, 'Profile');
  await card.getByLabel('Code').fill(code!);
  await card.getByRole('button', { name: 'Confirm number' }).click();
  await expect(card.getByRole('status')).toContainText('Your phone number is confirmed');
  await expect(page.getByText('Confirmed', { exact: true })).toBeVisible();
}

/** A text of the web app in one language, read from the same files the app bundles. */
export function texts(language: string) {
  const cache = new Map<string, Record<string, unknown>>();
  return (qualified: string, values: Record<string, string> = {}) => {
    const [namespace, key] = qualified.split(':') as [string, string];
    if (!cache.has(namespace)) cache.set(namespace, JSON.parse(readFileSync(`src/locales/${language}/${namespace}.json`, 'utf8')));
    let node: unknown = cache.get(namespace);
    for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
    if (typeof node !== 'string') throw new Error(`no text ${qualified} in ${language}`);
    return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');
  };
}
