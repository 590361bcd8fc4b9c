// A newcomer's first minutes against the simulator: log in, place a call, see it connect, hang up,
// finish after-call work, at the simulator's normal pace.
import { test, expect } from '@playwright/test';
import { contact, expectPhase, openSimulator } from './helpers.mjs';

const MANUAL = '3f-5e5fbc28@B2BUAEP.enghouse.com';

test('log in, place a call, hang up, finish after-call work', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openSimulator(page);
  await expect(page.getByTestId('sdk-status')).toContainText('simulator');
  await expect(page.getByTestId('agent-state')).toHaveAttribute('data-state', 'unknown');

  await page.getByTestId('agent-login').click();
  await expect(page.getByTestId('agent-state')).toHaveAttribute('data-state', 'loggedin');
  await expect(page.getByTestId('agent-login')).toBeDisabled();

  await page.getByTestId('makecall-number').fill('06 1234 5678');
  await page.getByTestId('makecall-number').press('Enter');
  await expectPhase(page, MANUAL, 'connected');
  const call = contact(page, MANUAL);
  await expect(call).toHaveAttribute('data-job-type', 'manual');
  await expect(call).toContainText('0612345678');

  // Each of the guide's events is in the log, in the guide's format.
  const log = page.getByTestId('event-log');
  for (const name of ['CONNECTIONSTARTED', 'DIALING', 'ESTABLISHED']) {
    await expect(log.locator('[data-direction=in]', { hasText: `[EVENT] [${name}] [${MANUAL}]` })).toHaveCount(1);
  }
  await expect(log.locator('[data-direction=out]', { hasText: 'AGENTDESKTOP.CONTACT.MakeCall("0612345678")' })).toHaveCount(1);
  await expect(log.locator('[data-direction=in]').first()).toContainText('job_type...............[manual]');

  await call.getByTestId('contact-hangup').click();
  await expectPhase(page, MANUAL, 'acw');
  await call.getByTestId('contact-offline-end').click();
  await expectPhase(page, MANUAL, 'finished');
  await expect(log.locator('[data-direction=in]', { hasText: `[EVENT] [JOBFINISHED] [${MANUAL}]` })).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('an inbound call from the simulated queue rings and is answered', async ({ page }) => {
  await openSimulator(page, '?simdelay=50');
  await page.getByTestId('agent-login').click();
  await page.getByTestId('sim-inbound').click();
  const id = '13b-5d9daab7@B2BUAGW1.enghouse.com';
  await expectPhase(page, id, 'ringing');
  await expect(contact(page, id)).toContainText('QUEUE25');
  await contact(page, id).getByTestId('contact-answer').click();
  await expectPhase(page, id, 'connected');
});

test('fits a 320 px side panel without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await openSimulator(page, '?simdelay=0');
  await page.getByTestId('agent-login').click();
  await page.getByTestId('sim-inbound').click();
  await expect(page.getByTestId('contact')).toHaveCount(1);
  await expect(page.getByTestId('log-entry').filter({ hasText: '[EVENT] [RINGING]' })).toHaveCount(1);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
