// Call control against the simulator: the guide's sequences, driven through the widget's own panels.
import { test, expect } from '@playwright/test';
import { contact, expectPhase, openSimulator } from './helpers.mjs';

const MAIN = '13b-5d9daab7@B2BUAGW1.enghouse.com';
const LEG = '3f-5e5fbc28@B2BUAEP.enghouse.com';

async function answeredInbound(page) {
  await openSimulator(page, '?simdelay=30');
  await page.getByTestId('agent-login').click();
  await expect(page.getByTestId('agent-state')).toHaveAttribute('data-state', 'loggedin');
  await page.getByTestId('sim-inbound').click();
  await expectPhase(page, MAIN, 'ringing');
  await contact(page, MAIN).getByTestId('contact-answer').click();
  await expectPhase(page, MAIN, 'connected');
}

/** Names of the incoming events for `id`, oldest first, as the log shows them. */
async function eventsFor(page, id) {
  const texts = await page.locator('[data-testid=log-entry][data-direction=in] pre').allTextContents();
  return texts.reverse().map((t) => t.split('\n')[0]).filter((h) => h.endsWith(`[${id}]`))
    .map((h) => h.match(/^\[EVENT\] \[([^\]]+)\]/)[1]);
}

// How long a toast stays is tested against the page's clock in toasts.spec.mjs.
test('a bad number shows a toast and places no call', async ({ page }) => {
  await openSimulator(page, '?simdelay=0');
  await page.getByTestId('agent-login').click();
  await page.getByTestId('makecall-number').fill('12-ab');
  await page.getByTestId('makecall-submit').click();
  const toast = page.getByTestId('toast');
  await expect(toast).toBeVisible();
  await expect(toast).toHaveAttribute('data-level', 'error');
  await expect(toast).toContainText('12-ab');
  await expect(page.getByTestId('log-entry').filter({ hasText: 'CONTACT.MakeCall' })).toHaveCount(0);
  await expect(page.getByTestId('contact')).toHaveCount(0);
  await expect(page.getByTestId('makecall-number')).toHaveValue('12-ab');
});

test('a toast can be closed at once', async ({ page }) => {
  await openSimulator(page, '?simdelay=0');
  await page.getByTestId('makecall-submit').click();
  await page.getByTestId('toast-close').click();
  await expect(page.getByTestId('toast')).toHaveCount(0);
});

test('a good number connects', async ({ page }) => {
  await openSimulator(page, '?simdelay=30');
  await page.getByTestId('agent-login').click();
  await page.getByTestId('makecall-number').fill('+39 06-1234.5678');
  await page.getByTestId('makecall-submit').click();
  await expectPhase(page, LEG, 'connected');
  await expect(contact(page, LEG)).toContainText('+390612345678');
});

test('direct transfer reaches after-call work, then finished', async ({ page }) => {
  await answeredInbound(page);
  await page.getByTestId('transfer-destination').fill('200');
  await page.getByTestId('transfer-submit').click();
  await expectPhase(page, MAIN, 'acw');
  expect(await eventsFor(page, MAIN)).toEqual(
    ['POPUP', 'RINGING', 'ESTABLISHED', 'HELD', 'TRANSFERRED', 'CONNECTIONCLEARED', 'JOBCHANGED']);
  await expect(page.locator('[data-testid=log-entry]', { hasText: `[EVENT] [CONNECTIONCLEARED] [${MAIN}]` }))
    .toContainText('reason.................[transferred]');
  await expect(page.getByTestId('log-entry').filter({ hasText: 'Transfer_Direct("", "200")' })).toHaveCount(1);
  await contact(page, MAIN).getByTestId('contact-offline-end').click();
  await expectPhase(page, MAIN, 'finished');
});

test('with two calls, direct transfer defaults to the current call, and another can be chosen', async ({ page }) => {
  const SECOND = '13c-5d9daab7@B2BUAGW1.enghouse.com';
  await openSimulator(page, '?simdelay=0&scenario=two-calls');
  await contact(page, MAIN).getByTestId('contact-answer').click();
  await expectPhase(page, MAIN, 'connected');
  await contact(page, MAIN).getByTestId('contact-hold').click();
  await expectPhase(page, MAIN, 'held');
  await contact(page, SECOND).getByTestId('contact-answer').click();
  await expectPhase(page, SECOND, 'connected');
  const choice = page.getByTestId('transfer-contact');
  await expect(choice.locator('option')).toHaveCount(3);
  await expect(choice).toHaveValue('');
  await choice.selectOption(MAIN);
  await page.getByTestId('transfer-destination').fill('200');
  await page.getByTestId('transfer-submit').click();
  await expectPhase(page, MAIN, 'acw');
  await expectPhase(page, SECOND, 'connected');
  await expect(page.getByTestId('log-entry').filter({ hasText: `Transfer_Direct("${MAIN}", "200")` })).toHaveCount(1);
});

async function consult(page) {
  await answeredInbound(page);
  await page.getByTestId('consult-destination').fill('201');
  await page.getByTestId('consult-start').click();
  await expectPhase(page, LEG, 'connected');
  await expect(contact(page, LEG)).toHaveAttribute('data-consult-of', MAIN);
  await expectPhase(page, MAIN, 'held');
  await expect(page.getByTestId('consult-legs')).toContainText('201');
}

test('consultation cancelled: the main call stays held until retrieved', async ({ page }) => {
  await consult(page);
  await page.getByTestId('consult-cancel').click();
  await expectPhase(page, LEG, 'cleared');
  await expectPhase(page, MAIN, 'held');
  await expect(page.getByTestId('consult-cancel')).toBeDisabled();
  const hold = contact(page, MAIN).getByTestId('contact-hold');
  await expect(hold).toHaveText('Retrieve');
  await hold.click();
  await expectPhase(page, MAIN, 'connected');
});

test('consultation completed as a transfer: the guide sequence', async ({ page }) => {
  await consult(page);
  await page.getByTestId('consult-complete').click();
  await expectPhase(page, MAIN, 'acw');
  await expectPhase(page, LEG, 'cleared');
  expect((await eventsFor(page, MAIN)).slice(-4)).toEqual(['HELD', 'TRANSFERRED', 'CONNECTIONCLEARED', 'JOBCHANGED']);
  const headers = (await page.locator('[data-testid=log-entry][data-direction=in] pre').allTextContents())
    .reverse().map((t) => t.split('\n')[0]);
  const tail = headers.slice(-4);
  expect(tail).toEqual([
    `[EVENT] [TRANSFERRED] [${MAIN}]`, `[EVENT] [CONNECTIONCLEARED] [${MAIN}]`,
    `[EVENT] [CONNECTIONCLEARED] [${LEG}]`, `[EVENT] [JOBCHANGED] [${MAIN}]`]);
});

test('consultation completed as a conference', async ({ page }) => {
  await consult(page);
  await page.getByTestId('consult-conference').click();
  await expectPhase(page, MAIN, 'conference');
  await expectPhase(page, LEG, 'conference');
  await expect(page.getByTestId('consult-complete')).toBeDisabled();
  await contact(page, MAIN).getByTestId('contact-hangup').click();
  await expectPhase(page, MAIN, 'acw');
  await expectPhase(page, LEG, 'cleared');
});

/** The calls the widget made whose log line starts with `prefix`. */
const outgoing = (page, prefix) =>
  page.locator('[data-testid=log-entry][data-direction=out]').filter({ hasText: prefix });

for (const [button, call, phase] of [
  ['consult-complete', 'AGENTDESKTOP.CONTACT.Transfer_Complete(', 'acw'],
  ['consult-conference', 'AGENTDESKTOP.CONTACT.Transfer_Complete_Conference(', 'conference'],
]) {
  test(`a double-click on the consultation's ${button} sends one call, and the button waits for the legs' events`, async ({ page }) => {
    await consult(page);
    await page.getByTestId(button).dblclick();
    await expect(page.getByTestId(button)).toBeDisabled();
    await expectPhase(page, MAIN, phase);
    await expect(outgoing(page, call)).toHaveCount(1);
  });
}
