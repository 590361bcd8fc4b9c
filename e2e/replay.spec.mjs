// The workbench's replay: a log pasted or loaded from a file goes through the simulator's bound callbacks,
// at the log's pace or faster, with pause and step; unreadable lines are reported by number.
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { contact, expectPhase, nextFrame, openSimulator } from './helpers.mjs';

const INBOUND = '13b-5d9daab7@B2BUAGW1.enghouse.com';
const MANUAL = '3f-5e5fbc28@B2BUAEP.enghouse.com';
const GUIDE_TRANSFER = await readFile(new URL('../tests/fixtures/guide_direct_transfer.txt', import.meta.url), 'utf8');

const start = (page, name) => page.locator(`[data-testid=scenario-start][data-scenario="${name}"]`).click();
const progress = (page) => page.getByTestId('replay-progress');

/// Every contact the widget lists (active and recent), with its phase, in id order.
async function phases(page) {
  const all = await page.getByTestId('contact').evaluateAll((nodes) =>
    nodes.map((n) => [n.dataset.contactId, n.dataset.phase]));
  return all.sort(([a], [b]) => a.localeCompare(b));
}

async function replayAll(page) {
  await page.getByTestId('replay-speed').selectOption('instant');
  await page.getByTestId('replay-run').click();
  const total = await progress(page).getAttribute('data-total');
  expect(Number(total)).toBeGreaterThan(0);
  await expect(progress(page)).toHaveAttribute('data-done', total);
}

test('export, then replay in a fresh page: every contact ends in the same phase', async ({ page, browser }) => {
  await openSimulator(page, '?simdelay=0');
  await start(page, 'consultation-transfer');
  await expectPhase(page, INBOUND, 'acw');
  await expectPhase(page, MANUAL, 'cleared');
  await start(page, 'inbound');
  await expectPhase(page, '13c-5d9daab7@B2BUAGW1.enghouse.com', 'ringing');
  const before = await phases(page);
  expect(before.length).toBe(3);
  const agentBefore = await page.getByTestId('agent-state').getAttribute('data-state');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('log-export-jsonl').click()]);
  const exported = await readFile(await download.path());

  const fresh = await browser.newPage();
  await openSimulator(fresh, '?simdelay=0');
  await expect(fresh.getByTestId('contact')).toHaveCount(0);
  await fresh.getByTestId('replay-file').setInputFiles({ name: 'log.jsonl', mimeType: 'text/plain', buffer: exported });
  await expect(fresh.getByTestId('replay-input')).toHaveValue(exported.toString('utf8'));
  await replayAll(fresh);
  await expect(fresh.getByTestId('contact')).toHaveCount(3);
  expect(await phases(fresh)).toEqual(before);
  await expect(fresh.getByTestId('agent-state')).toHaveAttribute('data-state', agentBefore);
  // Through the same callback path as live events: they are in the log as received.
  await expect(fresh.getByTestId('log-entry').filter({ hasText: '[EVENT] [TRANSFERRED]' })).toHaveCount(1);
  await fresh.close();
});

test("the guide's text blocks, pasted, replay at the original pace with pause and step", async ({ page }) => {
  await page.clock.install();
  await openSimulator(page, '?simdelay=0&lang=en');
  // The page's time moves only when the test says, however slow the machine.
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
  await page.getByTestId('replay-input').fill(GUIDE_TRANSFER);
  await page.getByTestId('replay-run').click();
  await expect(progress(page)).toHaveAttribute('data-done', '1');
  const total = Number(await progress(page).getAttribute('data-total'));
  expect(total).toBeGreaterThanOrEqual(5);
  await nextFrame(page);
  await expectPhase(page, INBOUND, 'held');

  // The guide's blocks carry no times: 400 ms apart at the original pace.
  await page.clock.runFor(400);
  await expect(progress(page)).toHaveAttribute('data-done', '2');
  await nextFrame(page);
  await expectPhase(page, INBOUND, 'transferred');

  await page.getByTestId('replay-pause').click();
  await expect(progress(page)).toHaveAttribute('data-running', 'false');
  await page.clock.runFor(5000);
  await expect(progress(page)).toHaveAttribute('data-done', '2');

  await page.getByTestId('replay-step').click();
  await expect(progress(page)).toHaveAttribute('data-done', '3');
  await nextFrame(page);
  await expectPhase(page, INBOUND, 'cleared');

  // At 10× the next gap is 40 ms.
  await page.getByTestId('replay-speed').selectOption('10');
  await page.getByTestId('replay-run').click();
  await expect(progress(page)).toHaveAttribute('data-done', '4');
  await page.clock.runFor(40);
  await expect(progress(page)).toHaveAttribute('data-done', '5');
  await page.clock.runFor(40 * total);
  await expect(progress(page)).toHaveAttribute('data-done', String(total));
  await nextFrame(page);
  await expectPhase(page, INBOUND, 'finished');
  await expect(progress(page)).toHaveAttribute('data-running', 'false');
  await expect(progress(page)).toContainText(`${total} of ${total} events replayed`);
});

test('an unreadable line is reported with its number, and the rest replays', async ({ page }) => {
  await openSimulator(page, '?simdelay=0&lang=en');
  const popup = JSON.stringify({ event: 'POPUP', id: 'R1', ani: '3393669393', queue: 'QUEUE25' });
  const ringing = JSON.stringify({ event: 'RINGING', id: 'R1', ani: '3393669393', queue: 'QUEUE25' });
  const log = [
    JSON.stringify({ at_ms: 0, event: popup }),
    'this is not JSON',
    JSON.stringify({ at_ms: 10, call: 'AGENTDESKTOP.CONTACT.Answer("R1")' }),
    JSON.stringify({ at_ms: 20, event: ringing }),
  ].join('\n');
  await page.getByTestId('replay-input').fill(log);
  await replayAll(page);
  await expect(progress(page)).toHaveAttribute('data-total', '2');
  await expect(page.getByTestId('toast').filter({ hasText: 'line 2' })).toBeVisible();
  await expect(page.getByTestId('log-entry').filter({ hasText: 'line 2 of the log skipped' }))
    .toHaveAttribute('data-direction', 'error');
  await expectPhase(page, 'R1', 'ringing');
  // The widget goes on: the agent can still log in.
  await page.getByTestId('agent-login').click();
  await expect(page.getByTestId('agent-state')).toHaveAttribute('data-state', 'loggedin');
});

test('a log without events says so', async ({ page }) => {
  await openSimulator(page, '?simdelay=0&lang=en');
  await page.getByTestId('replay-input').fill('nothing here');
  await page.getByTestId('replay-run').click();
  await expect(page.getByTestId('toast').filter({ hasText: 'the log holds no events' })).toBeVisible();
  await expect(progress(page)).toHaveAttribute('data-total', '0');
});
