// Pause reasons and the time in the agent's state (#12): the configured reasons in the agent panel, the
// pause asked with one (AGENT.PauseSubState) or none (AGENT.Pause), the reason shown once AgentDesktop
// confirms the pause, and the timer, which survives a reload. Against the stand-in SDK, on the page's clock.
import { test, expect } from '@playwright/test';
import { AGENTDESKTOP, nextFrame, openSimulator, withConfig } from './helpers.mjs';

const REASONS = {
  pause_reasons: [
    { code: 'BRK', label: { it: 'Pausa caffè', en: 'Coffee break' } },
    // No English label: English shows the code.
    { code: 'TRN', label: { it: 'Formazione' } },
  ],
};
/** AgentDesktop delivers `event`; the widget shows it at the next frame, which the paused clock lets pass. */
async function emit(page, event) {
  await page.evaluate((e) => window.__sdkTest.emit(JSON.stringify(e)), event);
  await nextFrame(page);
}
const agentCalls = (page) => page.evaluate(() => window.__sdkTest.calls.filter((c) => c.startsWith('AGENT.')));
const options = (page) => page.getByTestId('pause-reason').locator('option').allTextContents();

async function open(page, query) {
  await page.clock.install();
  await page.goto(AGENTDESKTOP + query);
  await expect(page.getByTestId('sdk-status')).toHaveAttribute('data-mode', 'agentdesktop');
  // The page's time moves only when the test says, however slow the machine.
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
}

test('a pause with a reason: sent with its code, shown once confirmed, timed, and kept across a reload', async ({ page }) => {
  await withConfig(page, REASONS);
  await open(page, '?lang=en');
  expect(await options(page)).toEqual(['No reason', 'Coffee break', 'TRN']);
  // Nothing chosen until the agent chooses: a Pause now would carry no reason.
  await expect(page.getByTestId('pause-reason')).toHaveValue('');
  const state = page.getByTestId('agent-state');
  const reason = page.getByTestId('agent-pause-reason');
  const timer = page.getByTestId('agent-state-timer');
  const pause = page.getByTestId('agent-pause');
  await expect(timer).toHaveCount(0);

  await emit(page, { event: 'AGENT:LOGGEDIN' });
  await expect(state).toHaveAttribute('data-state', 'loggedin');
  await expect(timer).toHaveText('0:00');
  await page.getByTestId('pause-reason').selectOption('BRK');
  await pause.dblclick();
  expect(await agentCalls(page)).toEqual(['AGENT.PauseSubState(BRK)']);
  // Waiting for AgentDesktop: the button says so, and nothing shows as paused yet.
  await expect(pause).toBeDisabled();
  await expect(pause).toHaveAttribute('aria-busy', 'true');
  await expect(reason).toHaveCount(0);
  await page.clock.runFor(5_000);
  await expect(timer).toHaveText('0:05');

  await emit(page, { event: 'AGENT:PAUSE' });
  await expect(state).toHaveAttribute('data-state', 'paused');
  await expect(reason).toHaveText('Coffee break');
  await expect(timer).toHaveText('0:00');
  await page.clock.runFor(65_000);
  await expect(timer).toHaveText('1:05');

  // The session is saved when the page goes away, and restored when it comes back.
  await page.reload();
  await expect(page.getByTestId('sdk-status')).toHaveAttribute('data-mode', 'agentdesktop');
  await expect(state).toHaveAttribute('data-state', 'paused');
  await expect(reason).toHaveText('Coffee break');
  await expect(timer).toHaveText('1:05');
  await page.clock.runFor(3_600_000);
  await expect(timer).toHaveText('1:01:05');

  await emit(page, { event: 'AGENT:LOGGEDIN' });
  await expect(state).toHaveAttribute('data-state', 'loggedin');
  await expect(reason).toHaveCount(0);
  await expect(timer).toHaveText('0:00');
  await expect(pause).toBeEnabled();
});

test("Italian labels; a pause from AgentDesktop's own bar has no reason; switching language relabels all", async ({ page }) => {
  await withConfig(page, REASONS);
  await open(page, '?lang=it');
  expect(await options(page)).toEqual(['Nessun motivo', 'Pausa caffè', 'Formazione']);
  const reason = page.getByTestId('agent-pause-reason');
  await emit(page, { event: 'AGENT:LOGGEDIN' });
  await emit(page, { event: 'AGENT:PAUSE' });
  await expect(page.getByTestId('agent-state')).toHaveText('In pausa');
  await expect(reason).toHaveCount(0);
  expect(await agentCalls(page)).toEqual([]);

  await emit(page, { event: 'AGENT:LOGGEDIN' });
  await page.getByTestId('pause-reason').selectOption('BRK');
  await page.getByTestId('lang-select').selectOption('en');
  expect(await options(page)).toEqual(['No reason', 'Coffee break', 'TRN']);
  await expect(page.getByTestId('pause-reason')).toHaveValue('BRK');
  await page.getByTestId('agent-pause').click();
  await emit(page, { event: 'AGENT:PAUSE' });
  await expect(reason).toHaveText('Coffee break');
  await page.getByTestId('lang-select').selectOption('it');
  await expect(reason).toHaveText('Pausa caffè');
  expect(await agentCalls(page)).toEqual(['AGENT.PauseSubState(BRK)']);
});

test('a pause that fails frees the button and forgets its reason', async ({ page }) => {
  await withConfig(page, REASONS);
  await open(page, '?lang=en');
  await emit(page, { event: 'AGENT:LOGGEDIN' });
  await page.evaluate(() => { window.AGENTDESKTOP.AGENT.PauseSubState = () => { throw new Error('refused by the CTI'); }; });
  await page.getByTestId('pause-reason').selectOption('BRK');
  await page.getByTestId('agent-pause').click();
  await expect(page.getByTestId('toast').filter({ hasText: 'refused by the CTI' })).toBeVisible();
  await expect(page.getByTestId('agent-pause')).toBeEnabled();
  // The pause then comes from AgentDesktop's bar: no reason the widget knows.
  await emit(page, { event: 'AGENT:PAUSE' });
  await expect(page.getByTestId('agent-state')).toHaveAttribute('data-state', 'paused');
  await expect(page.getByTestId('agent-pause-reason')).toHaveCount(0);
});

test('without a configuration: only "no reason", and Pause is AGENT.Pause()', async ({ page }) => {
  await open(page, '?lang=en');
  expect(await options(page)).toEqual(['No reason']);
  await emit(page, { event: 'AGENT:LOGGEDIN' });
  await page.getByTestId('agent-pause').click();
  expect(await agentCalls(page)).toEqual(['AGENT.Pause()']);
  await emit(page, { event: 'AGENT:PAUSE' });
  await expect(page.getByTestId('agent-state')).toHaveAttribute('data-state', 'paused');
  await expect(page.getByTestId('agent-pause-reason')).toHaveCount(0);
  await expect(page.getByTestId('agent-state-timer')).toHaveText('0:00');
});

test('against the simulator: a pause with a reason is answered like a pause', async ({ page }) => {
  await withConfig(page, REASONS);
  await openSimulator(page, '?simdelay=0&lang=en');
  await page.getByTestId('agent-login').click();
  await expect(page.getByTestId('agent-state')).toHaveAttribute('data-state', 'loggedin');
  await page.getByTestId('pause-reason').selectOption('TRN');
  await page.getByTestId('agent-pause').click();
  await expect(page.getByTestId('agent-state')).toHaveAttribute('data-state', 'paused');
  await expect(page.getByTestId('agent-pause-reason')).toHaveText('TRN');
  await expect(page.getByTestId('log-entry').filter({ hasText: 'AGENTDESKTOP.AGENT.PauseSubState("TRN")' })).toHaveCount(1);
});
