// Small behaviours pinned where they were once wrong: a refused Redial a keyboard reaches, one permission
// question at a time, the tab badge after a reload, a replay with an outcome required, and the start-up
// loader's promise when the SDK comes late.
import { test, expect } from '@playwright/test';
import { AGENTDESKTOP, contact, expectPhase, openSimulator, withConfig } from './helpers.mjs';

const emit = (page, event) => page.evaluate((e) => window.__sdkTest.emit(JSON.stringify(e)), event);

async function openStandIn(page, query = '?lang=en') {
  await page.goto(AGENTDESKTOP + query);
  await expect(page.getByTestId('sdk-status')).toHaveAttribute('data-mode', 'agentdesktop');
}

test('a Redial that cannot call is reached by the keyboard, says why, and does nothing', async ({ page }) => {
  await openStandIn(page);
  await emit(page, { event: 'AGENT:LOGGEDIN' });
  // An internal caller, shown by its extension: not a number Make call would dial.
  await emit(page, { event: 'POPUP', id: 'X', ani: '80165@host', queue: 'QUEUE25' });
  await emit(page, { event: 'ESTABLISHED', id: 'X', job_state: 'online' });
  await emit(page, { event: 'JOBFINISHED', id: 'X', job_state: 'finished' });
  await expectPhase(page, 'X', 'finished');
  const redial = contact(page, 'X').getByTestId('contact-redial');
  await expect(redial).toHaveAttribute('aria-disabled', 'true');
  await expect(redial).toHaveAttribute('title', /^"80165@host" is not a valid telephone number/);
  await redial.focus();
  await expect(redial).toBeFocused();
  await page.keyboard.press('Enter');
  await redial.click({ force: true });
  expect(await page.evaluate(() => window.__sdkTest.calls.filter((c) => c.startsWith('CONTACT.MakeCall')))).toEqual([]);
});

test('notify-toggle asks for the permission once, however often it is clicked while the browser asks', async ({ page }) => {
  await page.addInitScript(() => {
    let answer;
    window.__asked = 0;
    window.__answer = (value) => answer(value);
    window.Notification = class {
      static permission = 'default';
      static requestPermission() {
        window.__asked += 1;
        return new Promise((resolve) => {
          answer = (value) => { window.Notification.permission = value; resolve(value); };
        });
      }
    };
  });
  await withConfig(page, { ring_notification: true, ring_sound: false });
  await openStandIn(page);
  const toggle = page.getByTestId('notify-toggle');
  await expect(toggle).toHaveAttribute('data-permission', 'default');
  await toggle.dblclick();
  await toggle.click();
  await expect.poll(() => page.evaluate(() => window.__asked)).toBe(1);
  await page.evaluate(() => window.__answer('granted'));
  await expect(toggle).toHaveAttribute('data-permission', 'granted');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await page.evaluate(() => window.__asked)).toBe(1);
});

test('after a reload, restored contacts still waiting set the tab badge', async ({ page }) => {
  await openStandIn(page);
  await emit(page, { event: 'POPUP', id: 'R', ani: '3393669393', queue: 'QUEUE25' });
  await emit(page, { event: 'RINGING', id: 'R' });
  await expectPhase(page, 'R', 'ringing');
  // Saved within a second of the change.
  await expect.poll(() => page.evaluate(() => sessionStorage.getItem('agentdesktop-widget/session') ?? '')).toContain('ringing');
  await page.reload();
  await expect(page.getByTestId('sdk-status')).toHaveAttribute('data-mode', 'agentdesktop');
  await expect(contact(page, 'R')).toHaveAttribute('data-restored', 'true');
  await expect.poll(() => page.evaluate(() => window.__sdkTest.calls.filter((c) => c.startsWith('TAB.Badge')))).toEqual(['TAB.Badge(1)']);
});

test('a replay with an outcome required disables the replayed contact\'s Offline button without a refusal', async ({ page }) => {
  await withConfig(page, { wrapup_outcomes: [{ code: 'SALE', label: { it: 'Venduto', en: 'Sold' } }], wrapup_required: true });
  await openSimulator(page, '?simdelay=0&lang=en');
  const id = 'replayed-5d9daab7@B2BUAGW1.enghouse.com';
  const log = [
    { event: 'POPUP', id, ani: '3393669393', queue: 'QUEUE25', job_type: 'inbound' },
    { event: 'ESTABLISHED', id, job_state: 'online' },
    { event: 'CONNECTIONCLEARED', id },
    { event: 'JOBCHANGED', id, job_state: 'offline' },
  ].map((payload, i) => JSON.stringify({ at_ms: i, event: JSON.stringify(payload) })).join('\n');
  await page.getByTestId('replay-input').fill(log);
  await page.getByTestId('replay-speed').selectOption('instant');
  await page.getByTestId('replay-run').click();
  await expectPhase(page, id, 'acw');
  await expect(page.getByTestId('log-entry').filter({ hasText: 'CONTACT.OfflineEnable' })).toHaveCount(1);
  await expect(page.locator('[data-testid=log-entry][data-direction=error]')).toHaveCount(0);
  await expect(page.locator('[data-testid=toast][data-level=error]')).toHaveCount(0);
});

test("the start-up loader's ready promise settles when the SDK arrives after the simulator started", async ({ page }) => {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/agentdesktop_widget.js', async (route) => { await held; await route.continue(); });
  await page.clock.install();
  await page.goto(`${AGENTDESKTOP}?simdelay=0`, { waitUntil: 'commit' });
  await expect(page.getByTestId('sdk-status')).toHaveAttribute('data-mode', 'connecting');
  await page.clock.runFor(3000);
  await expect(page.getByTestId('sdk-status')).toHaveAttribute('data-mode', 'simulator');
  release();
  await expect(page.getByTestId('sdk-status')).toHaveAttribute('data-late', 'true');
  expect(await page.evaluate(() => window.__agentdesktopWidgetLoader.ready)).toBe('late');
});
