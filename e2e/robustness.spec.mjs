// A panic still shows a clear panel; the SDK no longer calls into the stopped instance.
import { test, expect } from '@playwright/test';
import { AGENTDESKTOP, contact, openSimulator } from './helpers.mjs';

test('a panic shows the error panel with its message and a reload link, and unbinds the callback', async ({ page }) => {
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await openSimulator(page, '?simdelay=0');
  await page.getByTestId('agent-login').click();
  await expect(page.getByTestId('agent-state')).toHaveAttribute('data-state', 'loggedin');
  expect(await page.evaluate(() => window.AGENTDESKTOP.SIMULATOR.boundCallbacks())).toBe(1);

  await page.evaluate(() => { try { window.AGENTDESKTOP.SIMULATOR.Panic('deliberate test fault'); } catch (e) { /* the trap */ } });
  const panel = page.getByTestId('crash-panel');
  await expect(panel).toBeVisible();
  await expect(panel).toHaveAttribute('role', 'alert');
  await expect(panel).toContainText('deliberate test fault');
  expect(await page.evaluate(() => window.AGENTDESKTOP.SIMULATOR.boundCallbacks())).toBe(0);

  // The SDK's functions refuse cleanly rather than running a stopped instance.
  const refused = await page.evaluate(() => { try { window.AGENTDESKTOP.AGENT.Pause(); return 'ran'; } catch (e) { return e.message; } });
  expect(refused).toContain('has stopped');
  expect(pageErrors).toEqual([]);

  await page.getByTestId('crash-reload').click();
  await expect(page.getByTestId('sdk-status')).toHaveAttribute('data-mode', 'simulator');
  await expect(page.getByTestId('crash-panel')).toHaveCount(0);
});


const A = '13b-5d9daab7@B2BUAGW1.enghouse.com';
const emit = (page, event) => page.evaluate((e) => window.__sdkTest.emit(JSON.stringify(e)), event);

test('a reload mid-call keeps the contacts and the log, marked restored until an event confirms them', async ({ page }) => {
  await page.goto(AGENTDESKTOP);
  await expect(page.getByTestId('sdk-status')).toHaveAttribute('data-mode', 'agentdesktop');
  await emit(page, { event: 'AGENT:LOGGEDIN' });
  await emit(page, { event: 'POPUP', id: A, ani: '3393669393', queue: 'QUEUE25', job_type: 'inbound' });
  await emit(page, { event: 'ESTABLISHED', id: A, job_state: 'online' });
  await expect(contact(page, A)).toHaveAttribute('data-phase', 'connected');

  await page.reload();
  await expect(page.getByTestId('sdk-status')).toHaveAttribute('data-mode', 'agentdesktop');
  // The start-up queue's binding, the widget's, then the queue's unbinding: one callback bound.
  expect(await page.evaluate(() => window.__sdkTest.calls)).toEqual(['unbind', 'bind', 'unbind', 'bind', 'unbind']);
  expect(await page.evaluate(() => window.__sdkTest.bound())).toBe(1);
  await expect(contact(page, A)).toHaveAttribute('data-phase', 'connected');
  await expect(contact(page, A)).toHaveAttribute('data-restored', 'true');
  await expect(contact(page, A)).toContainText('QUEUE25');
  await expect(page.getByTestId('agent-state')).toHaveAttribute('data-state', 'loggedin');
  await expect(page.getByTestId('log-entry').filter({ hasText: `[EVENT] [POPUP] [${A}]` })).toContainText('before the reload');

  await emit(page, { event: 'HELD', id: A });
  await expect(contact(page, A)).toHaveAttribute('data-phase', 'held');
  await expect(contact(page, A)).not.toHaveAttribute('data-restored', 'true');
});

test('events still waiting for their frame when the page goes away are saved with the session', async ({ page }) => {
  await page.clock.install();
  await page.goto(AGENTDESKTOP);
  await expect(page.getByTestId('sdk-status')).toHaveAttribute('data-mode', 'agentdesktop');
  // No frame comes while the clock is paused: the events wait for one.
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
  await emit(page, { event: 'POPUP', id: A, ani: '3393669393', queue: 'QUEUE25', job_type: 'inbound' });
  await emit(page, { event: 'ESTABLISHED', id: A, job_state: 'online' });
  await expect(contact(page, A)).toHaveCount(0);

  await page.reload();
  await expect(contact(page, A)).toHaveAttribute('data-phase', 'connected');
  await expect(contact(page, A)).toHaveAttribute('data-restored', 'true');
  await expect(page.getByTestId('log-entry').filter({ hasText: `[EVENT] [ESTABLISHED] [${A}]` })).toContainText('before the reload');
});

test('a corrupt stored state is discarded with a log entry, never fatal', async ({ page }) => {
  await page.goto(AGENTDESKTOP);
  await expect(page.getByTestId('sdk-status')).toHaveAttribute('data-mode', 'agentdesktop');
  await page.evaluate(() => {
    // Saved on the way out, then spoiled before the page comes back.
    window.addEventListener('pagehide', () => sessionStorage.setItem('agentdesktop-widget/session', '{"format":"agentdesktop-widget/session/0"}'));
  });
  await page.reload();
  await expect(page.getByTestId('sdk-status')).toHaveAttribute('data-mode', 'agentdesktop');
  await expect(page.locator('[data-testid=log-entry][data-direction=error]')).toContainText('discarded');
  const stored = await page.evaluate(() => sessionStorage.getItem('agentdesktop-widget/session'));
  expect(stored ?? 'removed').not.toContain('session/0');
  await emit(page, { event: 'RINGING', id: 'X' });
  await expect(contact(page, 'X')).toHaveAttribute('data-phase', 'ringing');
});
