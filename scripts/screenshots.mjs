// Regenerates the README's screenshots from the release build in dist/ (run `make build` first):
// node scripts/screenshots.mjs. An inbound call on hold during a consultation, in both themes.
import { chromium } from '@playwright/test';
import { startServer } from '../e2e/serve.mjs';

const args = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];
const server = await startServer({ sdkFixture: null, listenPort: 8191 });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args });
try {
  for (const [scheme, file] of [['light', 'docs/screenshot.png'], ['dark', 'docs/screenshot-dark.png']]) {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, colorScheme: scheme, locale: 'it-IT' });
    await page.goto('http://127.0.0.1:8191/AD/widget/?simdelay=0&crm=https://crm.example/find?phone={ani}');
    await page.getByTestId('agent-login').click();
    await page.getByTestId('sim-inbound').click();
    await page.getByTestId('contact-answer').click();
    await page.getByTestId('consult-destination').fill('201');
    await page.getByTestId('consult-start').click();
    await page.getByTestId('consult-legs').waitFor();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=contact][data-phase=connected]').length === 1);
    await page.screenshot({ path: file });
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
