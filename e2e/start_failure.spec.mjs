// A start that fails says so: when the widget's wasm cannot be fetched, the page's loader shows a short
// message in both languages, in an alert region, with a reload button; AgentDesktop's events keep being
// queued meanwhile, and a widget that starts after all takes them and the message goes.
import { test, expect } from '@playwright/test';
import { AGENTDESKTOP, SIMULATOR } from './helpers.mjs';

test('a wasm answering 404 shows the start failure, in both languages, within 6 seconds', async ({ page }) => {
  await page.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto(SIMULATOR);
  const alert = page.getByRole('alert').and(page.getByTestId('start-failure'));
  await expect(alert).toBeVisible({ timeout: 6_000 });
  await expect(alert).toContainText('Il widget non si è avviato');
  await expect(alert).toContainText('The widget did not start');
  await expect(alert.getByRole('button', { name: 'Ricarica / Reload' })).toBeEnabled();
  // The browser's reason, as text.
  await expect(alert.locator('.reason')).not.toBeEmpty();
});

test('a widget that starts late after all takes the queue, and the message goes', async ({ page }) => {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  const popup = JSON.stringify({ event: 'POPUP', id: 'A', ani: '3393669393', queue: 'QUEUE25' });
  await page.addInitScript((script) => { window.__agentdesktopScript = script; }, { atMs: 100, payloads: [popup] });
  await page.goto(AGENTDESKTOP, { waitUntil: 'commit' });
  await expect.poll(() => page.evaluate(() => window.__agentdesktopWidgetLoader?.queue.length ?? 0)).toBe(1);
  // Nothing to wait for that would let the wasm through: the loader's own last resort tells the agent.
  await page.evaluate(() => window.dispatchEvent(new ErrorEvent('error', { message: 'held back by the test' })));
  const alert = page.getByTestId('start-failure');
  await expect(alert).toBeVisible({ timeout: 6_000 });
  expect(await page.evaluate(() => window.__agentdesktopWidgetLoader.queue.length)).toBe(1);
  release();
  await expect(page.getByTestId('sdk-status')).toHaveAttribute('data-mode', 'agentdesktop');
  await expect(alert).toHaveCount(0);
  await expect(page.locator('[data-testid=log-entry][data-direction=in] pre').first()).toContainText('[EVENT] [POPUP] [A]');
});
