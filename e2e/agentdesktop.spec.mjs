// Inside AgentDesktop (a stand-in SDK script served where the real one is): the widget binds to it once,
// and shows the guide's direct-transfer transcript exactly as the guide prints it.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { AGENTDESKTOP, buildWhole, expectPhase, nextFrame } from './helpers.mjs';

const transcript = readFileSync(new URL('../tests/fixtures/guide_direct_transfer.txt', import.meta.url), 'utf8');

/** The guide's text blocks, as the SDK would deliver them: JSON strings. */
function payloads(text) {
  return text.trim().split('\n\n').map((block) => {
    const [header, ...lines] = block.split('\n');
    const name = header.replace(/^\[EVENT\] /, '').match(/^\[([^\]]+)\]/)[1];
    const event = { event: name };
    for (const line of lines) {
      const m = line.match(/^([^.[]+)\.+\[(.*)\]$/);
      event[m[1]] = m[2];
    }
    return JSON.stringify(event);
  });
}

test('binds once to the real SDK and logs the guide transcript byte for byte', async ({ page }) => {
  await page.goto(AGENTDESKTOP);
  await expect(page.getByTestId('sdk-status')).toHaveAttribute('data-mode', 'agentdesktop');
  // index.html binds its start-up queue the guide's way; the widget binds its own, then unbinds that one.
  expect(await page.evaluate(() => window.__sdkTest.calls.slice(0, 5))).toEqual(['unbind', 'bind', 'unbind', 'bind', 'unbind']);
  expect(await page.evaluate(() => window.__sdkTest.bound())).toBe(1);
  await expect(page.getByTestId('simulator')).toHaveCount(0);

  const id = '13b-5d9daab7@B2BUAGW1.enghouse.com';
  for (const payload of payloads(transcript)) {
    await page.evaluate((p) => window.__sdkTest.emit(p), payload);
  }
  await expectPhase(page, id, 'finished');
  const logged = await page.getByTestId('log-entry').locator('pre').allTextContents();
  const expected = transcript.trim().split('\n\n').map((b) => (b.startsWith('[EVENT] ') ? b : `[EVENT] ${b}`));
  expect(logged.reverse()).toEqual(expected);

  await page.getByTestId('agent-login').click();
  await expect.poll(() => page.evaluate(() => window.__sdkTest.calls)).toContain('AGENT.Login()');
});

test("AgentDesktop's tab badge counts the contacts waiting to be answered", async ({ page }) => {
  await page.goto(AGENTDESKTOP);
  await expect(page.getByTestId('sdk-status')).toHaveAttribute('data-mode', 'agentdesktop');
  const badges = () => page.evaluate(() => window.__sdkTest.calls.filter((c) => c.startsWith('TAB.Badge')));
  const emit = (event) => page.evaluate((e) => window.__sdkTest.emit(JSON.stringify(e)), event);
  // The badge follows what the widget shows, frame by frame: each event waits for the one before to show.
  await emit({ event: 'POPUP', id: 'A' });
  await expect.poll(badges).toEqual(['TAB.Badge(1)']);
  await emit({ event: 'RINGING', id: 'B' });
  await expect.poll(badges).toEqual(['TAB.Badge(1)', 'TAB.Badge(2)']);
  await emit({ event: 'ESTABLISHED', id: 'A' });
  await expect.poll(badges).toEqual(['TAB.Badge(1)', 'TAB.Badge(2)', 'TAB.Badge(1)']);
  await emit({ event: 'ESTABLISHED', id: 'B' });
  await expect.poll(badges).toEqual(['TAB.Badge(1)', 'TAB.Badge(2)', 'TAB.Badge(1)', 'TAB.Badge(0)']);
  await expect(page.getByTestId('log-entry').filter({ hasText: 'AGENTDESKTOP.TAB.Badge("0")' })).toHaveCount(1);
});

test('events arriving in many tasks render once, at the next frame, and none is lost', async ({ page }) => {
  await page.clock.install();
  await page.goto(AGENTDESKTOP);
  await expect(page.getByTestId('sdk-status')).toHaveAttribute('data-mode', 'agentdesktop');
  // No frame comes until the test lets one pass.
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
  const ids = Array.from({ length: 8 }, (_, i) => `M${i}`);
  const lifecycle = ['POPUP', 'RINGING', 'ESTABLISHED', 'HELD', 'RETRIEVED'];
  const payloads = ids.flatMap((id) => lifecycle.map((event) => JSON.stringify({ event, id, ani: '3393669393', queue: 'QUEUE25' })));
  const changed = await page.evaluate(async (payloads) => {
    let changes = 0;
    window.__changes = () => changes;
    new MutationObserver(() => { changes += 1; }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    // Each event in a task of its own, as a socket delivers them (a message channel: the paused clock does not hold it).
    const channel = new MessageChannel();
    await new Promise((resolve) => {
      let next = 0;
      channel.port1.onmessage = () => {
        window.__sdkTest.emit(payloads[next]);
        next += 1;
        if (next < payloads.length) channel.port2.postMessage(null); else resolve();
      };
      channel.port2.postMessage(null);
    });
    return changes;
  }, payloads);
  // 40 tasks, no frame: nothing rendered yet.
  expect(changed).toBe(0);
  await expect(page.getByTestId('contact')).toHaveCount(0);
  await nextFrame(page);
  for (const id of ids) await expectPhase(page, id, 'connected');
  await buildWhole(page, 'event-log');
  await expect(page.locator('[data-testid=log-entry][data-direction=in]')).toHaveCount(payloads.length);
});

test('a page going hidden applies what waits for its frame, and a hidden page applies events without frames', async ({ page }) => {
  await page.addInitScript(() => {
    let hidden = false;
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
    window.__setHidden = (value) => { hidden = value; document.dispatchEvent(new Event('visibilitychange')); };
  });
  await page.clock.install();
  await page.goto(AGENTDESKTOP);
  await expect(page.getByTestId('sdk-status')).toHaveAttribute('data-mode', 'agentdesktop');
  // No frame, and no timer, comes unless the test says so.
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
  const emit = (event) => page.evaluate((e) => window.__sdkTest.emit(JSON.stringify(e)), event);
  await emit({ event: 'POPUP', id: 'H1', ani: '3393669393', queue: 'QUEUE25' });
  await expect(page.getByTestId('contact')).toHaveCount(0);
  // The agent switches away before the frame: the event applies then, with no frame and no timer.
  await page.evaluate(() => window.__setHidden(true));
  await expectPhase(page, 'H1', 'offered');
  // Hidden, an event waits for the next task only (a timer of 0 ms), not for a frame that will not come.
  await emit({ event: 'RINGING', id: 'H1' });
  await page.clock.runFor(1);
  await expectPhase(page, 'H1', 'ringing');
});
