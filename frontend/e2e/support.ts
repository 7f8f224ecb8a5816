import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const viewports = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const;

/** A fresh address per run, so the spec can sign up against a long-lived server. */
export function uniqueEmail(prefix = 'e2e'): string {
  return `${prefix}+${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
}

/** Fails on serious or critical WCAG A/AA violations; minor ones are reported by axe's own tools. */
export async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/**
 * Full-page screenshots at desktop and phone width into test-results/screenshots/, for people
 * to look at; they are not compared against anything.
 */
export async function screenshotBothWidths(page: Page, name: string, ready: () => Promise<void>) {
  for (const [label, size] of Object.entries(viewports)) {
    await page.setViewportSize(size);
    await ready();
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: `test-results/screenshots/${name}-${label}.png`, fullPage: true });
  }
  await page.setViewportSize(viewports.desktop);
}
