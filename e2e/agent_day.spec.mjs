// What an agent relies on all day: themes that follow the system and can be switched, timers, spoken
// announcements, and no serious accessibility violations (axe-core) in either theme and either language.
import { test, expect } from '@playwright/test';
import { contact, expectPhase, openSimulator, seriousViolations } from './helpers.mjs';

const INBOUND = '13b-5d9daab7@B2BUAGW1.enghouse.com';
const rootBackground = (page) => page.evaluate(() => getComputedStyle(document.querySelector('.ad-widget')).backgroundColor);

async function callOnHold(page) {
  await page.getByTestId('agent-login').click();
  await page.getByTestId('sim-inbound').click();
  await contact(page, INBOUND).getByTestId('contact-answer').click();
  await expectPhase(page, INBOUND, 'connected');
}

test('the theme follows the system, can be switched, and the choice is kept', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openSimulator(page, '?simdelay=0');
  await expect(page.locator('.ad-widget')).toHaveAttribute('data-theme', 'system');
  expect(await rootBackground(page)).toBe('rgb(17, 21, 27)');

  const toggle = page.getByTestId('theme-toggle');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await rootBackground(page)).toBe('rgb(243, 244, 247)');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(page.locator('.ad-widget')).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await rootBackground(page)).toBe('rgb(17, 21, 27)');

  await page.reload();
  await expect(page.locator('.ad-widget')).toHaveAttribute('data-theme', 'dark');
  await page.getByTestId('theme-toggle').click();
  await expect(page.locator('.ad-widget')).toHaveAttribute('data-theme', 'light');
  expect(await rootBackground(page)).toBe('rgb(243, 244, 247)');
});

test('each contact shows its phase, talk and hold time, driven by one clock', async ({ page }) => {
  await openSimulator(page, '?simdelay=0');
  await callOnHold(page);
  const timer = contact(page, INBOUND).getByTestId('contact-timer');
  await expect(timer).toContainText('0:00 in this phase · talk 0:00 · hold 0:00');
  await expect(timer).toContainText('0:01 in this phase · talk 0:01', { timeout: 3000 });
  await contact(page, INBOUND).getByTestId('contact-hold').click();
  await expectPhase(page, INBOUND, 'held');
  await expect(timer).toContainText('talk 0:01 · hold 0:01', { timeout: 3000 });
});

test('agent state changes and contacts arriving or ending are announced politely', async ({ page }) => {
  await openSimulator(page, '?simdelay=0');
  const live = page.getByTestId('live-region');
  await expect(live).toHaveAttribute('aria-live', 'polite');
  await page.getByTestId('agent-login').click();
  await expect(live).toHaveText('Agent state: Available');
  await page.getByTestId('sim-inbound').click();
  await expect(live).toHaveText('Incoming call from 3393669393, queue QUEUE25');
  await contact(page, INBOUND).getByTestId('contact-answer').click();
  await contact(page, INBOUND).getByTestId('contact-hangup').click();
  await contact(page, INBOUND).getByTestId('contact-offline-end').click();
  await expect(live).toHaveText('Contact with 3393669393 ended');
});

for (const [scheme, lang] of [['light', 'en'], ['dark', 'en'], ['light', 'it'], ['dark', 'it']]) {
  test(`no serious or critical accessibility violations in the ${scheme} theme, in ${lang}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openSimulator(page, `?simdelay=0&lang=${lang}`);
    await callOnHold(page);
    await page.getByTestId('makecall-number').fill('12');
    await page.getByTestId('makecall-submit').click();
    await expect(page.getByTestId('toast')).toBeVisible();
    const violations = await seriousViolations(page);
    expect(violations).toEqual([]);
  });
}

/** Tab forward until `testid` has the focus; the test fails if it is not reachable within `limit` presses. */
async function tabTo(page, testid, limit = 60) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((id) => document.activeElement?.getAttribute('data-testid') === id, testid)) return;
  }
  throw new Error(`${testid} is not reachable with Tab`);
}

test('a whole call, operated by keyboard only: log in, call, hold, retrieve, hang up, end after-call work', async ({ page }) => {
  await openSimulator(page, '?simdelay=0');
  const MANUAL = '3f-5e5fbc28@B2BUAEP.enghouse.com';
  await tabTo(page, 'agent-login');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('agent-state')).toHaveAttribute('data-state', 'loggedin');

  await tabTo(page, 'makecall-number');
  await page.keyboard.type('06 1234 5678');
  await page.keyboard.press('Enter');
  await expectPhase(page, MANUAL, 'connected');

  await tabTo(page, 'contact-hold');
  await page.keyboard.press('Space');
  await expectPhase(page, MANUAL, 'held');
  // The focus stays on the toggle, which now retrieves.
  await expect(page.getByTestId('contact-hold')).toBeFocused();
  await page.keyboard.press('Enter');
  await expectPhase(page, MANUAL, 'connected');

  await tabTo(page, 'contact-hangup');
  await page.keyboard.press('Enter');
  await expectPhase(page, MANUAL, 'acw');
  // Hang up is now disabled, so the focus moved on; Tab still finds the next action.
  await tabTo(page, 'contact-offline-end');
  await page.keyboard.press('Enter');
  await expectPhase(page, MANUAL, 'finished');
});

test('a consultation, operated by keyboard only, ending in a transfer', async ({ page }) => {
  await openSimulator(page, '?simdelay=0');
  await tabTo(page, 'agent-login');
  await page.keyboard.press('Enter');
  // The simulator's button stands in for AgentDesktop delivering a call; it is reached by keyboard too.
  await tabTo(page, 'sim-inbound');
  await page.keyboard.press('Enter');
  await expectPhase(page, INBOUND, 'ringing');
  await tabTo(page, 'contact-answer');
  await page.keyboard.press('Enter');
  await expectPhase(page, INBOUND, 'connected');

  await tabTo(page, 'consult-destination');
  await page.keyboard.type('201');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('consult-complete')).toBeEnabled();
  await tabTo(page, 'consult-complete');
  await page.keyboard.press('Enter');
  await expectPhase(page, INBOUND, 'acw');
});

test('the focus is always visible', async ({ page }) => {
  await openSimulator(page, '?simdelay=0');
  await tabTo(page, 'agent-login');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  expect(outline).toBe('solid');
});
