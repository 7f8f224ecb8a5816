// Initial JavaScript of one page, as a browser loads it: every .js response, gzipped at level 9.
// Usage: BASE=http://127.0.0.1:8080 node bench/bundle-size.mjs [/sign-in]   (needs frontend/node_modules and Chromium)
import { gzipSync } from 'node:zlib';

const { chromium } = await import(new URL('../frontend/node_modules/playwright/index.mjs', import.meta.url));
const base = process.env.BASE || 'http://127.0.0.1:8080';
const path = process.argv[2] || '/sign-in';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const page = await browser.newPage();
const scripts = [];
page.on('response', async (response) => {
  if (response.url().endsWith('.js')) {
    const body = await response.body();
    scripts.push({ name: response.url().split('/').pop(), raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
  }
});
await page.goto(base + path, { waitUntil: 'networkidle' });
let raw = 0;
let gzip = 0;
for (const s of scripts.sort((a, b) => b.gzip - a.gzip)) {
  raw += s.raw;
  gzip += s.gzip;
  console.log(s.name.padEnd(48), (s.raw / 1024).toFixed(1).padStart(8), (s.gzip / 1024).toFixed(1).padStart(8));
}
console.log('TOTAL'.padEnd(48), (raw / 1024).toFixed(1).padStart(8), (gzip / 1024).toFixed(1).padStart(8), 'KB (raw, gzip -9)');
await browser.close();
