// Wrap-up outcome: a contact in after-call work takes an outcome (from config.json) and a note, saved with
// CONTACT.SetCallData before CONTACT.OfflineEnd; with an outcome required, AgentDesktop's own Offline button
// is disabled (CONTACT.OfflineEnable) until it is saved. Against the stand-in SDK (the exact calls, through
// window.__sdkTest.calls) and against the simulator.
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { AGENTDESKTOP, contact, expectPhase, nextFrame, openSimulator, withConfig, seriousViolations } from './helpers.mjs';

const OUTCOMES = [
  { code: 'SALE', label: { it: 'Venduto', en: 'Sold' } },
  { code: 'NOINT', label: { it: 'Non interessato', en: 'Not interested' } },
];
const REQUIRED = { wrapup_outcomes: OUTCOMES, wrapup_required: true };
const OPTIONAL = { wrapup_outcomes: OUTCOMES };
const INBOUND = '13b-5d9daab7@B2BUAGW1.enghouse.com';

const toast = (page, text) => page.getByTestId('toast').filter({ hasText: text });
const endAcw = (page, id) => contact(page, id).getByTestId('contact-offline-end');
const outcome = (page, id) => contact(page, id).getByTestId('wrapup-outcome');
const note = (page, id) => contact(page, id).getByTestId('wrapup-note');

// The stand-in SDK: AgentDesktop's events are the test's to send, and every CONTACT call is recorded.
async function openStandIn(page, config, query = '?lang=en') {
  await withConfig(page, config);
  await page.goto(AGENTDESKTOP + query);
  await expect(page.getByTestId('sdk-status')).toHaveAttribute('data-mode', 'agentdesktop');
}
const emit = (page, event) => page.evaluate((e) => window.__sdkTest.emit(JSON.stringify(e)), event);
const contactCalls = (page) => page.evaluate(() => window.__sdkTest.calls.filter((c) => c.startsWith('CONTACT.')));

/** An answered inbound call `id`, hung up by the customer: after-call work. */
async function inAcw(page, id, { pausedClock = false } = {}) {
  const fields = { id, type: 'inbound', job_type: 'inbound', ani: '3393669393', dnis: '225727273', queue: 'QUEUE25' };
  await emit(page, { event: 'POPUP', ...fields });
  await emit(page, { event: 'ESTABLISHED', ...fields, job_state: 'online' });
  await emit(page, { event: 'CONNECTIONCLEARED', id });
  await emit(page, { event: 'JOBCHANGED', id, job_state: 'offline' });
  if (pausedClock) await nextFrame(page);
  await expectPhase(page, id, 'acw');
}

test('required: AgentDesktop\'s button is locked once, the end waits for an outcome, then the calls go in order', async ({ page }) => {
  await openStandIn(page, REQUIRED);
  await inAcw(page, 'A');
  await expect.poll(() => contactCalls(page)).toEqual(['CONTACT.OfflineEnable(A,false)']);
  await expect(endAcw(page, 'A')).toBeDisabled();
  await expect(endAcw(page, 'A')).toHaveAttribute('title', 'Choose an outcome to end after-call work');
  // More events for the contact re-render it: the lock is not sent again.
  await emit(page, { event: 'DATACHANGED', id: 'A', CallData: [{ name: 'K', value: 'V' }] });
  await expect(contact(page, 'A')).toContainText('K = V');

  await expect(outcome(page, 'A').locator('option')).toHaveText(['— choose —', 'Sold', 'Not interested']);
  await outcome(page, 'A').selectOption('SALE');
  await note(page, 'A').fill('call back Monday');
  // The draft stays while the contact re-renders.
  await emit(page, { event: 'DATACHANGED', id: 'A', CallData: [{ name: 'K', value: 'W' }] });
  await expect(contact(page, 'A')).toContainText('K = W');
  await expect(outcome(page, 'A')).toHaveValue('SALE');
  await expect(note(page, 'A')).toHaveValue('call back Monday');
  await expect(endAcw(page, 'A')).toBeEnabled();
  await expect(endAcw(page, 'A')).toHaveAttribute('title', 'Shortcut: Alt+Shift+E');

  await endAcw(page, 'A').click();
  // One click, one call: waiting for AgentDesktop's JOBFINISHED.
  await expect(endAcw(page, 'A')).toBeDisabled();
  await expect(endAcw(page, 'A')).toHaveAttribute('aria-busy', 'true');
  expect(await contactCalls(page)).toEqual([
    'CONTACT.OfflineEnable(A,false)',
    'CONTACT.SetCallData(A,OUTCOME=SALE;NOTE=call back Monday)',
    'CONTACT.OfflineEnable(A,true)',
    'CONTACT.OfflineEnd(A)',
  ]);
  await emit(page, { event: 'JOBFINISHED', id: 'A', job_state: 'finished' });
  await expectPhase(page, 'A', 'finished');
  const shown = contact(page, 'A').getByTestId('contact-outcome');
  await expect(shown).toHaveAttribute('data-code', 'SALE');
  await expect(shown).toContainText('Outcome: Sold (SALE)');
  await expect(shown).toContainText('Note: call back Monday');

  // The Recent entry keeps it across a reload.
  await page.reload();
  await expect(page.getByTestId('sdk-status')).toHaveAttribute('data-mode', 'agentdesktop');
  await expect(contact(page, 'A').getByTestId('contact-outcome')).toContainText('Outcome: Sold (SALE)');
  await expect(contact(page, 'A').getByTestId('contact-outcome')).toContainText('Note: call back Monday');
});

test('required: a reload in after-call work does not lock again, and the end still unlocks', async ({ page }) => {
  await openStandIn(page, REQUIRED);
  await inAcw(page, 'A');
  await expect.poll(() => contactCalls(page)).toEqual(['CONTACT.OfflineEnable(A,false)']);
  await page.reload();
  await expect(page.getByTestId('sdk-status')).toHaveAttribute('data-mode', 'agentdesktop');
  await expect(contact(page, 'A')).toHaveAttribute('data-restored', 'true');
  await expect(endAcw(page, 'A')).toBeDisabled();
  await outcome(page, 'A').selectOption('NOINT');
  await endAcw(page, 'A').click();
  // The reloaded page's calls: no second lock.
  await expect.poll(() => contactCalls(page)).toEqual([
    'CONTACT.SetCallData(A,OUTCOME=NOINT)',
    'CONTACT.OfflineEnable(A,true)',
    'CONTACT.OfflineEnd(A)',
  ]);
});

test('optional: nothing locked; the end sends only what was given', async ({ page }) => {
  await openStandIn(page, OPTIONAL);
  await inAcw(page, 'A');
  await expect(outcome(page, 'A')).toHaveValue('');
  await expect(endAcw(page, 'A')).toBeEnabled();
  await endAcw(page, 'A').click();
  await expect.poll(() => contactCalls(page)).toEqual(['CONTACT.OfflineEnd(A)']);
  await emit(page, { event: 'JOBFINISHED', id: 'A' });
  await expectPhase(page, 'A', 'finished');
  await expect(contact(page, 'A').getByTestId('contact-outcome')).toHaveCount(0);

  await inAcw(page, 'B');
  await note(page, 'B').fill('  wrong number  ');
  await endAcw(page, 'B').click();
  await expect.poll(() => contactCalls(page)).toEqual([
    'CONTACT.OfflineEnd(A)',
    'CONTACT.SetCallData(B,NOTE=wrong number)',
    'CONTACT.OfflineEnd(B)',
  ]);
  await emit(page, { event: 'JOBFINISHED', id: 'B' });
  await expect(contact(page, 'B').getByTestId('contact-outcome')).toHaveText('Note: wrong number');
});

test('without configured outcomes there is no outcome field, and the note still works', async ({ page }) => {
  await openStandIn(page, {});
  await inAcw(page, 'A');
  await expect(outcome(page, 'A')).toHaveCount(0);
  await note(page, 'A').fill('left a message');
  await endAcw(page, 'A').click();
  await expect.poll(() => contactCalls(page)).toEqual(['CONTACT.SetCallData(A,NOTE=left a message)', 'CONTACT.OfflineEnd(A)']);
});

test('a note with ";" or "=", or over 500 characters, is refused before any call', async ({ page }) => {
  await openStandIn(page, OPTIONAL);
  await inAcw(page, 'A');
  await outcome(page, 'A').selectOption('SALE');
  await note(page, 'A').fill('price=10; paid');
  await endAcw(page, 'A').click();
  await expect(toast(page, "The note cannot contain ';' or '=', which AgentDesktop uses as separators: nothing was sent"))
    .toHaveAttribute('data-level', 'error');
  await expect(note(page, 'A')).toHaveValue('price=10; paid');
  await expect(endAcw(page, 'A')).toBeEnabled();

  await expect(note(page, 'A')).toHaveAttribute('maxlength', '500');
  // Past the field's limit (a script can set any value): the widget refuses it too.
  await note(page, 'A').evaluate((el) => {
    el.value = 'x'.repeat(501);
    el.dispatchEvent(new InputEvent('input', { bubbles: true }));
  });
  await endAcw(page, 'A').click();
  await expect(toast(page, 'The note is longer than 500 characters: nothing was sent')).toBeVisible();
  expect(await contactCalls(page)).toEqual([]);

  await note(page, 'A').fill('paid 10 euro');
  await endAcw(page, 'A').click();
  await expect.poll(() => contactCalls(page))
    .toEqual(['CONTACT.SetCallData(A,OUTCOME=SALE;NOTE=paid 10 euro)', 'CONTACT.OfflineEnd(A)']);
});

test('a failed SetCallData ends nothing and says so; a second try works', async ({ page }) => {
  await openStandIn(page, REQUIRED);
  await page.evaluate(() => {
    const { calls } = window.__sdkTest;
    window.AGENTDESKTOP.CONTACT.SetCallData = (...args) => {
      calls.push(`CONTACT.SetCallData(${args.join(',')})`);
      throw new Error('line busy');
    };
  });
  await inAcw(page, 'A');
  await outcome(page, 'A').selectOption('SALE');
  await endAcw(page, 'A').click();
  const message = 'After-call work not ended: the outcome was not saved (AGENTDESKTOP.CONTACT.SetCallData failed: line busy)';
  await expect(toast(page, message)).toHaveAttribute('data-level', 'error');
  await expect(page.locator('[data-testid=log-entry][data-direction=error]').filter({ hasText: message })).toHaveCount(1);
  expect(await contactCalls(page)).toEqual(['CONTACT.OfflineEnable(A,false)', 'CONTACT.SetCallData(A,OUTCOME=SALE)']);
  await expectPhase(page, 'A', 'acw');
  await expect(endAcw(page, 'A')).toBeEnabled();

  await page.evaluate(() => {
    const { calls } = window.__sdkTest;
    window.AGENTDESKTOP.CONTACT.SetCallData = (...args) => { calls.push(`CONTACT.SetCallData(${args.join(',')})`); };
  });
  await endAcw(page, 'A').click();
  await expect.poll(() => contactCalls(page)).toEqual([
    'CONTACT.OfflineEnable(A,false)',
    'CONTACT.SetCallData(A,OUTCOME=SALE)',
    'CONTACT.SetCallData(A,OUTCOME=SALE)',
    'CONTACT.OfflineEnable(A,true)',
    'CONTACT.OfflineEnd(A)',
  ]);
});

test('a failed unlock is told, and after-call work still ends', async ({ page }) => {
  await openStandIn(page, REQUIRED);
  await page.evaluate(() => {
    const { calls } = window.__sdkTest;
    window.AGENTDESKTOP.CONTACT.OfflineEnable = (...args) => {
      calls.push(`CONTACT.OfflineEnable(${args.join(',')})`);
      if (args[1] === 'true') throw new Error('no such button');
    };
  });
  await inAcw(page, 'A');
  await outcome(page, 'A').selectOption('SALE');
  await endAcw(page, 'A').click();
  await expect(toast(page, 'AGENTDESKTOP.CONTACT.OfflineEnable failed: no such button')).toHaveAttribute('data-level', 'error');
  expect(await contactCalls(page)).toEqual([
    'CONTACT.OfflineEnable(A,false)',
    'CONTACT.SetCallData(A,OUTCOME=SALE)',
    'CONTACT.OfflineEnable(A,true)',
    'CONTACT.OfflineEnd(A)',
  ]);
});

test('an SDK without OfflineEnable: one info message for the page, and the outcome still required', async ({ page }) => {
  // Toasts stay until the test moves time.
  await page.clock.install();
  await openStandIn(page, REQUIRED);
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
  // This SDK build has no OfflineEnable.
  await page.evaluate(() => { delete window.AGENTDESKTOP.CONTACT.OfflineEnable; });
  expect(await page.evaluate(() => typeof window.AGENTDESKTOP.CONTACT.OfflineEnable)).toBe('undefined');
  await inAcw(page, 'A', { pausedClock: true });
  const info = toast(page, 'This AgentDesktop SDK has no AGENTDESKTOP.CONTACT.OfflineEnable: AgentDesktop\'s own button can end after-call work without an outcome; the widget still asks for one');
  await expect(info).toHaveAttribute('data-level', 'info');
  await inAcw(page, 'B', { pausedClock: true });
  await expect(endAcw(page, 'B')).toBeDisabled();
  await outcome(page, 'B').selectOption('NOINT');
  await endAcw(page, 'B').click();
  await expect.poll(() => contactCalls(page)).toEqual(['CONTACT.SetCallData(B,OUTCOME=NOINT)', 'CONTACT.OfflineEnd(B)']);
  // B's after-call work said nothing more: one message, not counted twice.
  await expect(info).toHaveCount(1);
  await expect(info).toHaveAttribute('data-count', '1');
  await expect(endAcw(page, 'A')).toBeDisabled();
});

test('against the simulator, in Italian then English: the outcome saved, shown under Recent and exported', async ({ page }) => {
  await withConfig(page, REQUIRED);
  await openSimulator(page, '?simdelay=0&lang=it');
  await page.getByTestId('agent-login').click();
  await page.getByTestId('sim-inbound').click();
  await contact(page, INBOUND).getByTestId('contact-answer').click();
  await expectPhase(page, INBOUND, 'connected');
  await contact(page, INBOUND).getByTestId('contact-hangup').click();
  await expectPhase(page, INBOUND, 'acw');
  const calls = page.locator('[data-testid=log-entry][data-direction=out] pre').filter({ hasText: 'CONTACT.' });
  await expect(calls.filter({ hasText: 'OfflineEnable' })).toHaveText([`AGENTDESKTOP.CONTACT.OfflineEnable("${INBOUND}", "false")`]);
  await expect(endAcw(page, INBOUND)).toHaveAttribute('title', 'Scegli un esito per chiudere il post-chiamata');
  await expect(outcome(page, INBOUND).locator('option')).toHaveText(['— scegli —', 'Venduto', 'Non interessato']);
  await outcome(page, INBOUND).selectOption({ label: 'Venduto' });
  await note(page, INBOUND).fill('richiamare lunedì');
  await endAcw(page, INBOUND).click();
  await expectPhase(page, INBOUND, 'finished');
  // Newest first in the log.
  await expect(calls).toHaveText([
    `AGENTDESKTOP.CONTACT.OfflineEnd("${INBOUND}")`,
    `AGENTDESKTOP.CONTACT.OfflineEnable("${INBOUND}", "true")`,
    `AGENTDESKTOP.CONTACT.SetCallData("${INBOUND}", "OUTCOME=SALE;NOTE=richiamare lunedì")`,
    `AGENTDESKTOP.CONTACT.OfflineEnable("${INBOUND}", "false")`,
    `AGENTDESKTOP.CONTACT.Hangup("${INBOUND}")`,
    `AGENTDESKTOP.CONTACT.Answer("${INBOUND}")`,
  ]);
  const shown = contact(page, INBOUND).getByTestId('contact-outcome');
  await expect(shown).toContainText('Esito: Venduto (SALE)');
  await expect(shown).toContainText('Nota: richiamare lunedì');
  await page.getByTestId('lang-select').selectOption('en');
  await expect(shown).toContainText('Outcome: Sold (SALE)');
  await expect(shown).toContainText('Note: richiamare lunedì');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('log-export-jsonl').click()]);
  const lines = (await readFile(await download.path(), 'utf8')).trim().split('\n').map((line) => JSON.parse(line));
  expect(lines.map((l) => l.call).filter(Boolean)).toContain(
    `AGENTDESKTOP.CONTACT.SetCallData("${INBOUND}", "OUTCOME=SALE;NOTE=richiamare lunedì")`);
  // The simulator echoed the saved data on the contact before finishing it.
  const finished = lines.map((l) => l.event && JSON.parse(l.event)).find((e) => e?.event === 'JOBFINISHED');
  expect(finished.CallData).toContainEqual({ name: 'OUTCOME', value: 'SALE' });
});

test('against the simulator: SetCallData throwing leaves the contact in after-call work', async ({ page }) => {
  await withConfig(page, OPTIONAL);
  await openSimulator(page, '?simdelay=0&lang=en');
  await page.getByTestId('agent-login').click();
  await page.getByTestId('sim-inbound').click();
  await contact(page, INBOUND).getByTestId('contact-answer').click();
  await contact(page, INBOUND).getByTestId('contact-hangup').click();
  await expectPhase(page, INBOUND, 'acw');
  await page.getByTestId('fault-function').selectOption('AGENTDESKTOP.CONTACT.SetCallData');
  const thrower = page.locator('[data-testid=fault-toggle][data-fault="throw"]');
  await thrower.click();
  await expect(thrower).toHaveAttribute('aria-pressed', 'true');
  await outcome(page, INBOUND).selectOption('NOINT');
  await endAcw(page, INBOUND).click();
  await expect(toast(page, 'After-call work not ended: the outcome was not saved')).toBeVisible();
  await expect(page.getByTestId('log-entry').filter({ hasText: 'CONTACT.OfflineEnd' })).toHaveCount(0);
  await expectPhase(page, INBOUND, 'acw');
  await thrower.click();
  await expect(thrower).toHaveAttribute('aria-pressed', 'false');
  await endAcw(page, INBOUND).click();
  await expectPhase(page, INBOUND, 'finished');
  await expect(contact(page, INBOUND).getByTestId('contact-outcome')).toHaveText('Outcome: Not interested (NOINT)');
});

test('by keyboard alone, and with no serious accessibility violation in after-call work', async ({ page }) => {
  await openStandIn(page, REQUIRED);
  await inAcw(page, 'A');
  const violations = await seriousViolations(page);
  expect(violations).toEqual([]);
  // The reading order is the order of work: outcome, note, then the end.
  await outcome(page, 'A').focus();
  await page.keyboard.press('ArrowDown');
  await expect(outcome(page, 'A')).toHaveValue('SALE');
  await page.keyboard.press('Tab');
  await expect(note(page, 'A')).toBeFocused();
  await page.keyboard.type('done');
  await page.keyboard.press('Tab');
  await expect(endAcw(page, 'A')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => contactCalls(page)).toEqual([
    'CONTACT.OfflineEnable(A,false)',
    'CONTACT.SetCallData(A,OUTCOME=SALE;NOTE=done)',
    'CONTACT.OfflineEnable(A,true)',
    'CONTACT.OfflineEnd(A)',
  ]);
});
