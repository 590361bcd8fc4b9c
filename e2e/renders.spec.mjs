// What a change re-renders: a change that touches no contact re-renders no contact. Each contact carries
// `data-renders`, how often it has rendered; against the stand-in SDK.
import { test, expect } from '@playwright/test';
import { AGENTDESKTOP } from './helpers.mjs';

const OPEN = 300;

// `count` calls in progress, `C0` on, the customer's number `0612` and the index, in one task.
const openCalls = (page, count) => page.evaluate((count) => {
  for (let i = 0; i < count; i += 1) {
    window.__sdkTest.emit(JSON.stringify({ event: 'ESTABLISHED', id: `C${i}`, ani: `0612${i}`, type: 'inbound' }));
  }
}, count);

test(`with ${OPEN} contacts open, a click on Pause re-renders none of them`, async ({ page }) => {
  await page.goto(AGENTDESKTOP + '?lang=en');
  await expect(page.getByTestId('sdk-status')).toHaveAttribute('data-mode', 'agentdesktop');
  await page.evaluate(() => window.__sdkTest.emit(JSON.stringify({ event: 'AGENT:LOGGEDIN' })));
  await openCalls(page, OPEN);
  const contacts = page.getByTestId('contact');
  await expect(contacts).toHaveCount(OPEN);
  await expect(page.getByTestId('agent-state')).toHaveAttribute('data-state', 'loggedin');
  const renders = () => contacts.evaluateAll((items) => items.map((c) => c.dataset.renders).join(','));
  const before = await renders();

  await page.getByTestId('agent-pause').click();
  // The click is marked as waiting (one render of the agent panel), then AgentDesktop confirms it.
  await expect(page.getByTestId('agent-pause')).toHaveAttribute('aria-busy', 'true');
  await page.evaluate(() => window.__sdkTest.emit(JSON.stringify({ event: 'AGENT:PAUSE' })));
  await expect(page.getByTestId('agent-state')).toHaveAttribute('data-state', 'paused');
  expect(await renders()).toEqual(before);

  // A change to one contact re-renders that one only.
  await page.evaluate(() => window.__sdkTest.emit(JSON.stringify({ event: 'HELD', id: 'C7' })));
  await expect(page.locator('[data-testid=contact][data-contact-id="C7"]')).toHaveAttribute('data-phase', 'held');
  const after = (await renders()).split(',');
  const changed = after.map((r, i) => (r === before.split(',')[i] ? null : i)).filter((i) => i !== null);
  expect(changed).toEqual([7]);
});

// Past the first 20, a contact in progress is a one-line stub (its phase and the customer's number) until
// it comes near the screen; then it is whole, for good. A contact that asks the agent for something is
// whole wherever it is.
test('a long list builds the contacts far from the screen when they come near it', async ({ page }) => {
  await page.goto(AGENTDESKTOP + '?lang=en');
  await expect(page.getByTestId('sdk-status')).toHaveAttribute('data-mode', 'agentdesktop');
  await openCalls(page, 60);
  await page.evaluate(() => window.__sdkTest.emit(JSON.stringify({ event: 'RINGING', id: 'R1', ani: '0699', type: 'inbound' })));
  const contact = (id) => page.locator(`[data-testid=contact][data-contact-id="${id}"]`);
  await expect(page.getByTestId('contact')).toHaveCount(61);
  // The first 20 are whole: their buttons are there.
  await expect(contact('C19').getByRole('button', { name: 'Hang up' })).toBeVisible();
  // The 21st and on: a stub that names the phase and the number, no buttons yet.
  await expect(contact('C45')).toHaveAttribute('data-stub', 'true');
  await expect(contact('C45')).toContainText('Connected');
  await expect(contact('C45')).toContainText('061245');
  await expect(contact('C45').getByRole('button')).toHaveCount(0);
  // Ringing, the last one is whole however far down: the agent can answer it.
  await expect(contact('R1')).not.toHaveAttribute('data-stub', 'true');
  await expect(contact('R1').getByRole('button', { name: 'Answer' })).toBeVisible();
  // A stub speaks the agent's language as the rest does.
  await page.getByTestId('lang-select').selectOption('it');
  await expect(contact('C50')).toContainText('In conversazione');
  await page.getByTestId('lang-select').selectOption('en');
  await expect(contact('C50')).toContainText('Connected');

  // Scrolled to, the stub becomes the whole contact; it stays whole when scrolled away.
  await contact('C45').scrollIntoViewIfNeeded();
  await expect(contact('C45').getByRole('button', { name: 'Hang up' })).toBeVisible();
  await expect(contact('C45')).not.toHaveAttribute('data-stub', 'true');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.evaluate(() => window.__sdkTest.emit(JSON.stringify({ event: 'HELD', id: 'C45' })));
  await expect(contact('C45')).toHaveAttribute('data-phase', 'held');
  await expect(contact('C45').getByRole('button', { name: 'Retrieve' })).toHaveCount(1);
});

// The log and a long list are laid out only near the screen: a line or a stub far from it is skipped by
// the browser's layout (`content-visibility`), keeps its text for search and screen readers, and is laid
// out when it comes near. `checkVisibility({ contentVisibilityAuto: true })` is false for what a skipped
// element holds.
test('log lines and contacts far from the screen are laid out only when they come near it', async ({ page }) => {
  await page.goto(AGENTDESKTOP + '?lang=en');
  await expect(page.getByTestId('sdk-status')).toHaveAttribute('data-mode', 'agentdesktop');
  await openCalls(page, 120);
  const lines = page.getByTestId('log-entry');
  await expect(lines).toHaveCount(120);
  // What a skipped element holds is not laid out: its first child tells.
  const laidOut = (locator) =>
    locator.evaluate((el) => el.firstElementChild.checkVisibility({ contentVisibilityAuto: true }));
  // Newest first: the newest line is in view, the oldest far down the log's scroll box.
  const newest = lines.first();
  const oldest = lines.last();
  await page.getByTestId('event-log').scrollIntoViewIfNeeded();
  await expect.poll(() => laidOut(newest)).toBe(true);
  await expect.poll(() => laidOut(oldest)).toBe(false);
  await expect(oldest).toContainText('[EVENT] [ESTABLISHED] [C0]');
  await oldest.scrollIntoViewIfNeeded();
  await expect.poll(() => laidOut(oldest)).toBe(true);

  // The list alike: a stub far below the screen is skipped until scrolled to. (Not the newest call: a
  // keyboard shortcut would act on it, so it is whole.)
  const last = page.locator('[data-testid=contact][data-contact-id="C100"]');
  await expect(last).toHaveAttribute('data-stub', 'true');
  await expect.poll(() => laidOut(last)).toBe(false);
  await expect(last).toContainText('0612100');
  await last.scrollIntoViewIfNeeded();
  await expect.poll(() => laidOut(last)).toBe(true);
});
