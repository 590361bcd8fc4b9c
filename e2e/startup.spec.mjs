// Start-up: AgentDesktop delivers events while the widget is still loading. The SDK relays an event only
// to the callbacks bound when it arrives, so index.html binds a queueing callback as soon as the SDK script
// has run, and the widget takes the queue when it binds its own: nothing is lost, nothing is doubled.
import { test, expect } from '@playwright/test';
import { AGENTDESKTOP, SIMULATOR, contact } from './helpers.mjs';

const A = '13b-5d9daab7@B2BUAGW1.enghouse.com';
const B = '13c-5d9daab7@B2BUAGW1.enghouse.com';

/** An inbound contact's fields as the guide prints them (QUEUE25, caller 3393669393). */
const inbound = (event, id, jobState = 'online', reason = '') => JSON.stringify({
  event, id, uuid: 'f7875bc8-0db9-429f-bc7b-02013f72298d', chat_id: '', type: 'inbound',
  media_type: 'telephony', content_type: 'live', content_description: '', job_type: 'inbound',
  job_state: jobState, ani: '3393669393', dnis: '225727273', queue: 'QUEUE25', reason,
});

/** The first line of an event's log entry. */
const header = (payload) => {
  const { event, id } = JSON.parse(payload);
  return `[EVENT] [${event}] [${id}]`;
};

/**
 * Open the widget with AgentDesktop delivering `payloads` 100 ms after navigation, the wasm held back
 * until they have been delivered (and so long before it is ready). Answers once the SDK delivered them,
 * with the wasm still held; `release()` lets it load.
 */
async function openWhileAgentDesktopDelivers(page, payloads, query = '') {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  await page.addInitScript((script) => { window.__agentdesktopScript = script; }, { atMs: 100, payloads });
  // Not waiting for `load`: the held wasm is preloaded, and holds it back.
  await page.goto(AGENTDESKTOP + query, { waitUntil: 'commit' });
  await expect.poll(() => page.evaluate(() => window.__sdkTest?.scriptedAt ?? null)).not.toBeNull();
  // Delivered while only index.html's queueing callback was bound, before any of the widget had run.
  const before = await page.evaluate(() => ({
    bound: window.__sdkTest.bound(),
    calls: window.__sdkTest.calls.slice(),
    queued: window.__agentdesktopWidgetLoader.queue.length,
    widget: document.querySelector('[data-testid=sdk-status]') !== null,
    // index.html's shell: the status bar, already saying AgentDesktop while the wasm is held.
    shell: [...document.querySelectorAll('[data-testid=shell-status]')].map((bar) => ({
      mode: bar.dataset.mode, shown: bar.checkVisibility(), text: bar.innerText.trim(),
    })),
  }));
  // With ?simulator=1 the SDK will not be used: the shell does not claim it (and shows only if slow).
  const forced = query.includes('simulator=1');
  const shell = forced ? { mode: 'connecting' } : { mode: 'agentdesktop', shown: true, text: 'AgentDesktop' };
  expect(before).toMatchObject({ bound: 1, calls: ['unbind', 'bind'], queued: payloads.length, widget: false, shell: [shell] });
  return release;
}

/** Incoming log entries' first lines, oldest first. */
async function loggedEvents(page) {
  const texts = await page.locator('[data-testid=log-entry][data-direction=in] pre').allTextContents();
  return texts.map((t) => t.split('\n')[0]).reverse();
}

/** The SDK's calls: index.html's unbind and bind, the widget's, then the queueing callback unbound. */
const TAKEOVER = ['unbind', 'bind', 'unbind', 'bind', 'unbind'];

test('a POPUP and RINGING delivered before the wasm is ready ring with their customer card', async ({ page }) => {
  const payloads = [inbound('POPUP', A), inbound('RINGING', A)];
  const release = await openWhileAgentDesktopDelivers(page, payloads);
  release();

  await expect(page.getByTestId('sdk-status')).toHaveAttribute('data-mode', 'agentdesktop');
  await expect(contact(page, A)).toHaveAttribute('data-phase', 'ringing');
  // The widget's own status bar has taken the shell's place.
  await expect(page.getByTestId('shell-status')).toHaveCount(0);
  const card = page.locator(`[data-testid=customer-card][data-contact-id="${A}"]`);
  await expect(card.getByTestId('customer-name')).toHaveText('Mario Rossi · Rossi Impianti S.r.l. · cliente dal 2019');
  await expect(card).toContainText('QUEUE25');
  expect(await loggedEvents(page)).toEqual(payloads.map(header));

  const sdk = await page.evaluate(() => ({
    lost: window.__sdkTest.lost, bound: window.__sdkTest.bound(), calls: window.__sdkTest.calls.slice(0, 5),
  }));
  expect(sdk).toEqual({ lost: 0, bound: 1, calls: TAKEOVER });

  // Afterwards events go to the widget's callback alone, once each.
  await page.evaluate((p) => window.__sdkTest.emit(p), inbound('ESTABLISHED', A));
  await expect(contact(page, A)).toHaveAttribute('data-phase', 'connected');
  expect(await loggedEvents(page)).toEqual([...payloads, inbound('ESTABLISHED', A)].map(header));
  expect(await page.evaluate(() => window.__agentdesktopWidgetLoader.queue.length)).toBe(0);
});

test('1,000 events delivered while the wasm loads all arrive, in order', async ({ page }) => {
  // A login, 166 whole inbound contacts (POPUP to JOBFINISHED), then two waiting: 1,000 events.
  const payloads = [JSON.stringify({ event: 'AGENT:LOGGEDIN' })];
  for (let n = 0; n < 166; n += 1) {
    const id = `C${n}`;
    payloads.push(inbound('POPUP', id), inbound('RINGING', id), inbound('ESTABLISHED', id),
      inbound('CONNECTIONCLEARED', id), inbound('JOBCHANGED', id, 'offline'), inbound('JOBFINISHED', id, 'offline'));
  }
  payloads.push(inbound('POPUP', B), inbound('POPUP', A), inbound('RINGING', A));
  expect(payloads).toHaveLength(1000);
  const release = await openWhileAgentDesktopDelivers(page, payloads);
  release();

  await expect(contact(page, A)).toHaveAttribute('data-phase', 'ringing');
  await expect(page.locator(`[data-testid=customer-card][data-contact-id="${A}"]`).getByTestId('customer-name'))
    .toContainText('Mario Rossi');
  await expect(contact(page, B)).toHaveAttribute('data-phase', 'offered');
  // The first event, and a contact whose six events only end finished in their order.
  await expect(page.getByTestId('agent-state')).toHaveAttribute('data-state', 'loggedin');
  await expect(contact(page, 'C165')).toHaveAttribute('data-phase', 'finished');
  // The log keeps its latest entries: they are the latest events, in order.
  const logged = await loggedEvents(page);
  expect(logged.length).toBeGreaterThan(0);
  expect(logged).toEqual(payloads.slice(-logged.length).map(header));
  expect(await page.evaluate(() => [window.__sdkTest.lost, window.__sdkTest.bound()])).toEqual([0, 1]);
});

test('outside AgentDesktop (the SDK script is a 404) the simulator starts, with nothing reported late', async ({ page }) => {
  await page.goto(`${SIMULATOR}?simdelay=0`);
  await expect(page.getByTestId('sdk-status')).toHaveAttribute('data-mode', 'simulator');
  await expect(page.getByTestId('sdk-status')).not.toHaveAttribute('data-late', 'true');
  expect(await page.evaluate(() => window.AGENTDESKTOP.SIMULATOR.boundCallbacks())).toBe(1);
  await page.getByTestId('agent-login').click();
  await expect(page.getByTestId('agent-state')).toHaveAttribute('data-state', 'loggedin');
  await expect(page.locator('[data-testid=log-entry][data-direction=error]')).toHaveCount(0);
});

test('while the wasm loads, the page shows the status bar: empty for an instant, then connecting if the SDK is slow', async ({ page }) => {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/agentdesktop_widget.js', async (route) => { await held; await route.continue(); });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  await page.clock.install();
  await page.goto(AGENTDESKTOP, { waitUntil: 'commit' });
  const shell = page.getByTestId('shell-status');
  await expect(shell).toBeHidden();
  await page.clock.runFor(300);
  await expect(shell).toBeVisible();
  await expect(shell).toHaveText('AgentDesktop…');
  await expect(shell).toHaveAttribute('data-mode', 'connecting');
  await expect(page.getByTestId('sdk-status')).toHaveCount(0);
  // The SDK, then the widget: the widget's own status bar in the shell's place.
  release();
  await expect(page.getByTestId('sdk-status')).toHaveAttribute('data-mode', 'agentdesktop');
  await expect(shell).toHaveCount(0);
});

test('an SDK arriving after the simulator started is reported, and the simulator stays in use', async ({ page }) => {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/agentdesktop_widget.js', async (route) => { await held; await route.continue(); });
  await page.clock.install();
  // Not waiting for `load`: the held SDK script holds it back.
  await page.goto(`${AGENTDESKTOP}?simdelay=0`, { waitUntil: 'commit' });
  await expect(page.getByTestId('sdk-status')).toHaveAttribute('data-mode', 'connecting');
  // The widget waits 3 s for the SDK script, then starts its simulator.
  await page.clock.runFor(3000);
  await expect(page.getByTestId('sdk-status')).toHaveAttribute('data-mode', 'simulator');
  await expect(page.getByTestId('sdk-status')).not.toHaveAttribute('data-late', 'true');

  release();
  const status = page.getByTestId('sdk-status');
  await expect(status).toHaveAttribute('data-late', 'true');
  await expect(status.getByTestId('sdk-late')).toHaveText("AgentDesktop's SDK arrived late and is not used: reload the widget to connect");
  await expect(status).toHaveAttribute('data-mode', 'simulator');
  await expect(page.locator('[data-testid=log-entry][data-direction=error]')).toContainText("AgentDesktop's SDK arrived late");

  // Not mixed in: the real SDK was never called, and the simulator still answers.
  expect(await page.evaluate(() => window.__sdkTest.calls)).toEqual([]);
  expect(await page.evaluate(() => typeof window.AGENTDESKTOP.SIMULATOR)).toBe('object');
  await page.getByTestId('agent-login').click();
  await page.clock.runFor(100);
  await expect(page.getByTestId('agent-state')).toHaveAttribute('data-state', 'loggedin');
  expect(await page.evaluate(() => window.__sdkTest.calls)).toEqual([]);
});

test('?simulator=1 inside AgentDesktop lets go of the start-up queue, and says so', async ({ page }) => {
  const release = await openWhileAgentDesktopDelivers(page, [inbound('POPUP', A), inbound('RINGING', A)], '?simulator=1');
  release();
  await expect(page.getByTestId('sdk-status')).toHaveAttribute('data-mode', 'simulator');
  const errors = page.locator('[data-testid=log-entry][data-direction=error] pre');
  await expect(errors).toHaveText([
    '2 AgentDesktop event(s) received at start-up were dropped: the simulator is in use',
    "AgentDesktop's SDK is loaded but not used: ?simulator=1 asks for the simulator",
  ]);
  await expect(contact(page, A)).toHaveCount(0);
  // The queueing callback is unbound from the real SDK: it no longer keeps anything.
  expect(await page.evaluate(() => [window.__sdkTest.bound(), window.__sdkTest.calls])).toEqual([0, ['unbind', 'bind', 'unbind']]);
  expect(await page.evaluate(() => window.AGENTDESKTOP.SIMULATOR.boundCallbacks())).toBe(1);
});

test('?simulator=1 before the SDK script has loaded: it is kept aside when it comes, and logged', async ({ page }) => {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/agentdesktop_widget.js', async (route) => { await held; await route.continue(); });
  await page.goto(`${AGENTDESKTOP}?simulator=1`, { waitUntil: 'commit' });
  await expect(page.getByTestId('sdk-status')).toHaveAttribute('data-mode', 'simulator');
  release();
  await expect(page.locator('[data-testid=log-entry][data-direction=error] pre'))
    .toHaveText(["AgentDesktop's SDK is loaded but not used: ?simulator=1 asks for the simulator"]);
  // Asked for, so not late: the status bar has nothing to add.
  await expect(page.getByTestId('sdk-status')).not.toHaveAttribute('data-late', 'true');
  expect(await page.evaluate(() => [window.__sdkTest.calls, typeof window.AGENTDESKTOP.SIMULATOR])).toEqual([[], 'object']);
});
