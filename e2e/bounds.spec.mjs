// #14: huge payloads are cut and still applied, saves never go stale, and one click is one SDK call.
import { test, expect } from '@playwright/test';
import { AGENTDESKTOP, contact } from './helpers.mjs';

const A = '13b-5d9daab7@B2BUAGW1.enghouse.com';
const B = '14c-6e0ebbc8@B2BUAGW1.enghouse.com';
const FIVE_MB = 5 * 1024 * 1024;
const emit = (page, event) => page.evaluate((e) => window.__sdkTest.emit(JSON.stringify(e)), event);
/** A payload with one field of `bytes` bytes, built in the page (not sent over the wire). */
const emitHuge = (page, event, field, bytes) =>
  page.evaluate(({ event, field, bytes }) => window.__sdkTest.emit(JSON.stringify({ ...event, [field]: '7'.repeat(bytes) })),
    { event, field, bytes });
const calls = (page, name) => page.evaluate((n) => window.__sdkTest.calls.filter((c) => c.includes(n)).length, name);

/** The stand-in records only some functions: record the call-control ones too. */
const recordCallControl = (page) => page.evaluate(() => {
  for (const name of ['Answer', 'Hangup', 'OfflineEnd', 'Transfer_Direct', 'Transfer_Consultation']) {
    window.AGENTDESKTOP.CONTACT[name] = (...args) => { window.__sdkTest.calls.push(`CONTACT.${name}(${args.join(',')})`); };
  }
});

async function open(page) {
  await page.goto(AGENTDESKTOP);
  await expect(page.getByTestId('sdk-status')).toHaveAttribute('data-mode', 'agentdesktop');
}

test('a 5 MB field is cut, marked as cut, and its event still applies', async ({ page }) => {
  await open(page);
  await emitHuge(page, { event: 'POPUP', id: A, queue: 'QUEUE25', job_type: 'inbound' }, 'ani', FIVE_MB);
  await expect(contact(page, A)).toHaveAttribute('data-phase', 'offered');
  await expect(contact(page, A)).toContainText('QUEUE25');
  await expect(contact(page, A)).toContainText('…[truncated, 5,242,880 bytes]');
  const entry = page.getByTestId('log-entry').filter({ hasText: `[EVENT] [POPUP] [${A}]` });
  await expect(entry).toContainText('…[truncated, 5,242,880 bytes]');
  const kept = await entry.locator('pre').textContent();
  expect(kept.length).toBeLessThan(20_000);
});

test('after a huge field, a later state is what comes back after a reload', async ({ page }) => {
  await open(page);
  await emitHuge(page, { event: 'POPUP', id: A, job_type: 'inbound' }, 'ani', FIVE_MB);
  await emit(page, { event: 'ESTABLISHED', id: A, job_state: 'online' });
  await emitHuge(page, { event: 'DATACHANGED', id: A }, 'note', FIVE_MB);
  await emit(page, { event: 'CONNECTIONCLEARED', id: A });
  await emit(page, { event: 'JOBCHANGED', id: A, job_state: 'offline' });
  await expect(contact(page, A)).toHaveAttribute('data-phase', 'acw');

  await page.reload();
  await expect(page.getByTestId('sdk-status')).toHaveAttribute('data-mode', 'agentdesktop');
  await expect(contact(page, A)).toHaveAttribute('data-restored', 'true');
  await expect(contact(page, A)).toHaveAttribute('data-phase', 'acw');
  const stored = await page.evaluate(() => sessionStorage.getItem('agentdesktop-widget/session').length);
  expect(stored).toBeLessThanOrEqual(1024 * 1024);
  await expect(page.locator('[data-testid=log-entry][data-direction=error]').filter({ hasText: 'could not be saved' }))
    .toHaveCount(0);
});

test('a save that fails removes the stored state: the reload starts clean and says so', async ({ page }) => {
  await open(page);
  await emit(page, { event: 'ESTABLISHED', id: A, job_state: 'online' });
  await page.reload();
  await expect(page.getByTestId('sdk-status')).toHaveAttribute('data-mode', 'agentdesktop');
  await expect(contact(page, A)).toHaveAttribute('data-restored', 'true');
  // From now on sessionStorage refuses the snapshot, as a full one would.
  await page.evaluate(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key === 'agentdesktop-widget/session') throw new DOMException('full', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  await emit(page, { event: 'HELD', id: A });
  await expect(contact(page, A)).toHaveAttribute('data-phase', 'held');
  await expect(page.locator('[data-testid=log-entry][data-direction=error]').filter({ hasText: 'could not be saved' }))
    .toHaveCount(1);
  expect(await page.evaluate(() => sessionStorage.getItem('agentdesktop-widget/session'))).toBeNull();

  await page.reload();
  await expect(page.getByTestId('sdk-status')).toHaveAttribute('data-mode', 'agentdesktop');
  await expect(page.locator('[data-testid=log-entry][data-direction=error]').filter({ hasText: 'starts clean' }))
    .toHaveCount(1);
  await expect(page.getByTestId('toast').filter({ hasText: 'starts clean' })).toBeVisible();
  await expect(page.getByTestId('contact')).toHaveCount(0);
});

test('one click, one call: double-click, Enter twice, click then Enter', async ({ page }) => {
  await page.goto(AGENTDESKTOP + '?lang=en');
  await expect(page.getByTestId('sdk-status')).toHaveAttribute('data-mode', 'agentdesktop');
  await recordCallControl(page);
  const call = page.getByTestId('makecall-submit');
  const number = page.getByTestId('makecall-number');
  await number.fill('0612345678');

  await call.dblclick();
  expect(await calls(page, 'MakeCall')).toBe(1);
  await expect(call).toBeDisabled();
  await expect(call).toHaveAttribute('aria-busy', 'true');
  await emit(page, { event: 'CONNECTIONSTARTED', id: 'M1', job_type: 'manual', dnis: '0612345678' });
  await expect(call).toBeEnabled();
  await expect(call).not.toHaveAttribute('aria-busy', 'true');

  await number.press('Enter');
  await number.press('Enter');
  expect(await calls(page, 'MakeCall')).toBe(2);
  await emit(page, { event: 'CONNECTIONSTARTED', id: 'M2', job_type: 'manual', dnis: '0612345678' });
  await expect(call).toBeEnabled();

  await call.click();
  await number.press('Enter');
  expect(await calls(page, 'MakeCall')).toBe(3);

  // A contact's own actions.
  await emit(page, { event: 'RINGING', id: A, ani: '3393669393' });
  await contact(page, A).getByTestId('contact-answer').dblclick();
  expect(await calls(page, 'Answer')).toBe(1);
  await expect(contact(page, A).getByTestId('contact-answer')).toHaveAttribute('aria-busy', 'true');
  await emit(page, { event: 'ESTABLISHED', id: A, job_state: 'online' });

  // Transfer and Consult, from their panels.
  await page.getByTestId('transfer-destination').fill('200');
  await page.getByTestId('transfer-submit').dblclick();
  await page.getByTestId('transfer-destination').press('Enter');
  expect(await calls(page, 'Transfer_Direct')).toBe(1);
  await emit(page, { event: 'HELD', id: A });
  await emit(page, { event: 'RETRIEVED', id: A });
  await expect(page.getByTestId('transfer-submit')).toBeEnabled();

  await page.getByTestId('consult-destination').fill('201');
  await page.getByTestId('consult-start').dblclick();
  await page.getByTestId('consult-destination').press('Enter');
  expect(await calls(page, 'Transfer_Consultation')).toBe(1);
  await emit(page, { event: 'HELD', id: A });

  await emit(page, { event: 'RETRIEVED', id: A });
  const hangup = contact(page, A).getByTestId('contact-hangup');
  await hangup.dblclick();
  expect(await calls(page, 'Hangup')).toBe(1);
  await emit(page, { event: 'CONNECTIONCLEARED', id: A });
  await emit(page, { event: 'JOBCHANGED', id: A, job_state: 'offline' });
  await contact(page, A).getByTestId('contact-offline-end').dblclick();
  expect(await calls(page, 'OfflineEnd')).toBe(1);
  await expect(contact(page, A).getByTestId('contact-offline-end')).toBeDisabled();
});

test('a request never confirmed is given up after 10 s, with a message, and can be sent again', async ({ page }) => {
  await page.clock.install();
  await page.goto(AGENTDESKTOP + '?lang=en');
  await expect(page.getByTestId('sdk-status')).toHaveAttribute('data-mode', 'agentdesktop');
  // The page's time moves only when the test says, however slow the machine.
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
  await page.getByTestId('makecall-number').fill('0612345678');
  const call = page.getByTestId('makecall-submit');
  await call.click();
  await expect(call).toBeDisabled();
  await page.clock.runFor(9_000);
  await expect(call).toBeDisabled();
  await page.clock.runFor(1_500);
  await expect(call).toBeEnabled();
  await expect(page.getByTestId('toast').filter({ hasText: 'not confirmed' })).toBeVisible();
  await call.click();
  expect(await calls(page, 'MakeCall')).toBe(2);
});

test('a burst of 100,000 events in one task is shown whole, and the memory it takes does not grow with it', async ({ page }) => {
  await page.addInitScript(() => {
    addEventListener('TrunkApplicationStarted', (e) => { window.__wasmMemory = e.detail.wasm.memory; });
  });
  await open(page);
  const count = 100_000;
  const before = await page.evaluate(() => window.__wasmMemory.buffer.byteLength);
  const last = await page.evaluate((count) => {
    const lifecycle = ['POPUP', 'RINGING', 'ESTABLISHED', 'CONNECTIONCLEARED', 'JOBFINISHED'];
    for (let n = 0; n < count; n += 1) {
      window.__sdkTest.emit(JSON.stringify({
        event: lifecycle[n % lifecycle.length], id: `burst-${Math.floor(n / lifecycle.length)}`,
        job_state: n % lifecycle.length === 4 ? 'finished' : 'online', ani: '3393669393', queue: 'QUEUE25',
      }));
    }
    return `burst-${Math.floor((count - 1) / lifecycle.length)}`;
  }, count);
  await expect(contact(page, last)).toHaveAttribute('data-phase', 'finished');
  // The events wait for their frame at most a thousand at a time: holding all 100,000 payloads would take
  // some 80 MB, and wasm memory never shrinks.
  const grown = (await page.evaluate(() => window.__wasmMemory.buffer.byteLength)) - before;
  expect(grown).toBeLessThan(16 * 1024 * 1024);
});
