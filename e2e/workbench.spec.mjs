// The integrator's workbench: scripted scenarios through the simulator, from the panel or ?scenario=.
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { AGENTDESKTOP, contact, expectPhase, openSimulator } from './helpers.mjs';

const INBOUND = '13b-5d9daab7@B2BUAGW1.enghouse.com';
const SECOND = '13c-5d9daab7@B2BUAGW1.enghouse.com';
const MANUAL = '3f-5e5fbc28@B2BUAEP.enghouse.com';
const start = (page, name) => page.locator(`[data-testid=scenario-start][data-scenario="${name}"]`).click();

test('the workbench offers every scenario, replay and every fault in simulator mode', async ({ page }) => {
  await openSimulator(page, '?simdelay=0');
  await expect(page.getByTestId('workbench').getByTestId('scenario-start')).toHaveCount(12);
  await expect(page.getByTestId('workbench').getByTestId('replay-run')).toBeVisible();
  const faults = await page.getByTestId('fault-toggle').evaluateAll((nodes) => nodes.map((n) => n.dataset.fault));
  expect(faults).toEqual(['throw', 'missing', 'latency', 'drop', 'duplicate', 'reorder', 'object-payloads',
    'lowercase', 'garbage']);
});

test('scenarios play the guide sequences: consultation ending in a conference, callee busy, customer hanging up', async ({ page }) => {
  await openSimulator(page, '?simdelay=0');
  await start(page, 'consultation-conference');
  await expectPhase(page, INBOUND, 'conference');
  await expectPhase(page, MANUAL, 'conference');
  await expect(page.getByTestId('agent-state')).toHaveAttribute('data-state', 'loggedin');

  await openSimulator(page, '?simdelay=0');
  await start(page, 'callee-busy');
  await expectPhase(page, MANUAL, 'failed');
  await contact(page, MANUAL).getByTestId('contact-hangup').click();
  await expectPhase(page, MANUAL, 'acw');

  await openSimulator(page, '?simdelay=0');
  await start(page, 'customer-hangs-up');
  await expectPhase(page, INBOUND, 'acw');
  await expectPhase(page, MANUAL, 'connected');
});

test('campaign and chat contacts pop first, and a refused scenario says why', async ({ page }) => {
  await openSimulator(page, '?simdelay=0');
  await start(page, 'preview');
  await expectPhase(page, INBOUND, 'offered');
  await expect(contact(page, INBOUND)).toHaveAttribute('data-job-type', 'previewQueue');
  await contact(page, INBOUND).getByTestId('contact-answer').click();
  await expectPhase(page, INBOUND, 'connected');
  await start(page, 'chat');
  await expectPhase(page, SECOND, 'ringing');
  await expect(contact(page, SECOND)).toContainText('inbound · inbound · chat');
  // A manual call while one is connected: the simulator refuses, the widget says so.
  await start(page, 'manual');
  await expect(page.getByTestId('toast').filter({ hasText: 'another call is connected' })).toBeVisible();
});

test('?scenario= starts one on load; an unknown name is reported, and the widget goes on', async ({ page, browser }) => {
  await openSimulator(page, '?simdelay=0&scenario=two-calls');
  await expectPhase(page, INBOUND, 'ringing');
  await expectPhase(page, SECOND, 'ringing');

  // A new session: a reload would restore the contacts and the agent state from sessionStorage.
  page = await browser.newPage();
  await openSimulator(page, '?simdelay=0&scenario=nope');
  await expect(page.getByTestId('toast').filter({ hasText: 'unknown scenario "nope"' })).toBeVisible();
  await page.getByTestId('agent-login').click();
  await expect(page.getByTestId('agent-state')).toHaveAttribute('data-state', 'loggedin');
  await page.close();
});

test('inside AgentDesktop the workbench shows only with ?devtools=1', async ({ page }) => {
  await page.goto(AGENTDESKTOP);
  await expect(page.getByTestId('sdk-status')).toHaveAttribute('data-mode', 'agentdesktop');
  await expect(page.getByTestId('workbench')).toHaveCount(0);
  await page.goto(`${AGENTDESKTOP}?devtools=1`);
  await expect(page.getByTestId('sdk-status')).toHaveAttribute('data-mode', 'agentdesktop');
  await expect(page.getByTestId('workbench')).toBeVisible();
  await expect(page.getByTestId('scenario-start')).toHaveCount(0);
  // Replay and faults need the simulator: a replay here would mix recorded contacts with real ones.
  await expect(page.getByTestId('replay-run')).toHaveCount(0);
  await expect(page.getByTestId('fault-toggle')).toHaveCount(0);
});

async function exported(page, testid) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

test('the session log exports as JSON lines and as the guide text, with a click', async ({ page }) => {
  // Events a frame apart at least: the tab badge is sent once per render, and with no delay RINGING and
  // ESTABLISHED can fall in one frame, so that the badge never shows 1.
  await openSimulator(page, '?simdelay=100');
  await start(page, 'direct-transfer');
  await expectPhase(page, INBOUND, 'acw');

  const jsonl = await exported(page, 'log-export-jsonl');
  expect(jsonl.name).toBe('agentdesktop-log.jsonl');
  const lines = jsonl.text.trim().split('\n').map((line) => JSON.parse(line));
  const events = lines.filter((l) => 'event' in l).map((l) => JSON.parse(l.event).event);
  expect(events).toEqual(['AGENT:LOGGEDIN', 'POPUP', 'RINGING', 'ESTABLISHED', 'HELD', 'TRANSFERRED',
    'CONNECTIONCLEARED', 'JOBCHANGED']);
  expect(lines[0].at_ms).toBe(0);
  expect(lines.every((l, i) => i === 0 || l.at_ms >= lines[i - 1].at_ms)).toBe(true);

  // The agent's own calls are exported too, in order with the events.
  await contact(page, INBOUND).getByTestId('contact-offline-end').click();
  await expectPhase(page, INBOUND, 'finished');
  const again = (await exported(page, 'log-export-jsonl')).text.trim().split('\n').map((line) => JSON.parse(line));
  expect(again.filter((l) => 'call' in l).map((l) => l.call)).toEqual([
    'AGENTDESKTOP.TAB.Badge("1")', 'AGENTDESKTOP.TAB.Badge("0")', `AGENTDESKTOP.CONTACT.OfflineEnd("${INBOUND}")`,
  ]);
  expect(JSON.parse(again.at(-1).event).event).toBe('JOBFINISHED');

  const text = await exported(page, 'log-export-text');
  expect(text.name).toBe('agentdesktop-log.txt');
  expect(text.text).toContain(`[EVENT] [TRANSFERRED] [${INBOUND}]\nid.....................[${INBOUND}]`);
  expect(text.text.match(/^\[EVENT\]/gm)).toHaveLength(9);
});

test('an export keeps every character as received: accents, €, emoji, #, %, + and line breaks', async ({ page }) => {
  await openSimulator(page, '?simdelay=0&lang=en');
  const queue = 'Coda è € # %20 + 100%';
  const popup = JSON.stringify({ event: 'POPUP', id: 'E1', ani: '3393669393', queue, x_note: 'riga 1\nriga 2 😀' });
  const ringing = JSON.stringify({ event: 'RINGING', id: 'E1', ani: '3393669393', queue });
  const log = [popup, ringing].map((event, i) => JSON.stringify({ at_ms: i * 10, event })).join('\n');
  await page.getByTestId('replay-input').fill(log);
  await page.getByTestId('replay-speed').selectOption('instant');
  await page.getByTestId('replay-run').click();
  await expectPhase(page, 'E1', 'ringing');

  const jsonl = await exported(page, 'log-export-jsonl');
  const events = jsonl.text.trim().split('\n').map((line) => JSON.parse(line)).filter((l) => 'event' in l);
  expect(events.map((l) => l.event)).toEqual([popup, ringing]);
  const text = await exported(page, 'log-export-text');
  expect(text.text).toContain(`[EVENT] [RINGING] [E1]`);
  expect(text.text).toContain(queue);
});
