import { defineConfig, devices } from '@playwright/test';

// The app (Spring Boot serving the built frontend) is started by whoever runs these tests.
export default defineConfig({
  testDir: 'e2e',
  // Keep Playwright's own artefacts apart: test-results/screenshots is written by the specs.
  outputDir: 'test-results/artifacts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: 'list',
  // Journeys sign in as several people and take screenshots at two widths; slow CI machines need the room.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: process.env.CARESLOT_BASE_URL || 'http://127.0.0.1:8080',
    headless: true,
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    timezoneId: 'Europe/Berlin',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 800 },
        launchOptions: {
          // Debian's Chromium; Playwright's own browser download is not available here.
          executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--no-first-run',
            '--disable-sync',
            '--disable-quic',
          ],
        },
      },
    },
  ],
});
