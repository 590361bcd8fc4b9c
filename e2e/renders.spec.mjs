// What a change re-renders: a change that touches no contact re-renders no contact. Each contact carries
// `data-renders`, how often it has rendered; against the stand-in SDK.
import { test, expect } from '@playwright/test';
import { AGENTDESKTOP, buildWhole } from './helpers.mjs';

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
  await buildWhole(page, 'contacts');
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

// A long list shows 10 contacts, then a line saying how many more are in progress, with a button that shows
// 10 more. A contact that asks the agent for something, and the ones a keyboard shortcut acts on, are
// built wherever they are, and stay built.
test('a long list shows ten contacts, and ten more at each press of Show more', async ({ page }) => {
  await page.goto(AGENTDESKTOP + '?lang=en');
  await expect(page.getByTestId('sdk-status')).toHaveAttribute('data-mode', 'agentdesktop');
  await openCalls(page, 60);
  await page.evaluate(() => window.__sdkTest.emit(JSON.stringify({ event: 'RINGING', id: 'R1', ani: '0699', type: 'inbound' })));
  const contact = (id) => page.locator(`[data-testid=contact][data-contact-id="${id}"]`);
  const more = page.locator('[data-testid=contacts] [data-testid=more-below]');
  const showMore = more.getByRole('button', { name: 'Show more' });
  // The first 10, the newest call (hang up and hold act on it) and the ringing one, whole.
  await expect(page.getByTestId('contact')).toHaveCount(12);
  await expect(contact('C9').getByRole('button', { name: 'Hang up' })).toBeVisible();
  await expect(contact('C45')).toHaveCount(0);
  await expect(contact('C59').getByTestId('contact-hangup')).toHaveCount(1);
  await expect(contact('R1').getByRole('button', { name: 'Answer' })).toBeVisible();
  await expect(more).toContainText('Contacts in progress not shown yet: 49');
  // In the agent's language, as the rest.
  await page.getByTestId('lang-select').selectOption('it');
  await expect(more).toContainText('Contatti in corso non ancora mostrati: 49');
  await expect(more.getByRole('button', { name: 'Mostra di più' })).toBeVisible();
  await page.getByTestId('lang-select').selectOption('en');

  // From the keyboard: the button shows the next 10 and keeps the focus; the line says what is left.
  await showMore.focus();
  await page.keyboard.press('Enter');
  await expect(contact('C19').getByTestId('contact-hangup')).toHaveCount(1);
  await expect(more).toContainText('Contacts in progress not shown yet: 39');
  await expect(showMore).toBeFocused();
  await buildWhole(page, 'contacts');
  await expect(page.getByTestId('contact')).toHaveCount(61);
  await expect(more).toHaveCount(0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.evaluate(() => window.__sdkTest.emit(JSON.stringify({ event: 'HELD', id: 'C45' })));
  await expect(contact('C45')).toHaveAttribute('data-phase', 'held');
  await expect(contact('C45').getByRole('button', { name: 'Retrieve' })).toHaveCount(1);
});

// A contact built past the page because it rang stays built once answered, when the shortcuts no longer
// act on it: its call does not vanish from the list, and the focus in it stays as pages are built above.
test('a call answered far down the list stays in it', async ({ page }) => {
  await page.goto(AGENTDESKTOP + '?lang=en');
  await expect(page.getByTestId('sdk-status')).toHaveAttribute('data-mode', 'agentdesktop');
  await openCalls(page, 30);
  const contact = (id) => page.locator(`[data-testid=contact][data-contact-id="${id}"]`);
  const emit = (event) => page.evaluate((e) => window.__sdkTest.emit(JSON.stringify(e)), event);
  for (const id of ['R1', 'R2']) {
    await emit({ event: 'RINGING', id, ani: '0699' });
    await expect(contact(id)).toHaveAttribute('data-phase', 'ringing');
    await emit({ event: 'ESTABLISHED', id });
    await expect(contact(id)).toHaveAttribute('data-phase', 'connected');
  }
  await expect(contact('R1').getByTestId('contact-hangup')).toHaveCount(1);
  // Between the first 10 and C29 (the newest call before R1), the contacts not built yet.
  await expect(contact('C25')).toHaveCount(0);
  const more = page.locator('[data-testid=contacts] [data-testid=more-below]');
  await expect(more).toContainText('Contacts in progress not shown yet: 19');

  await contact('R1').getByTestId('contact-hangup').focus();
  await buildWhole(page, 'contacts');
  await expect(page.getByTestId('contact')).toHaveCount(32);
  await expect(contact('R1').getByTestId('contact-hangup')).toBeFocused();
});

// The log builds its newest 25 lines, and 25 older ones at each press of Show more. A line built stays
// while new events arrive above it, so a line being read does not go.
test('the log builds its newest lines, and older ones at each press of Show more', async ({ page }) => {
  await page.goto(AGENTDESKTOP + '?lang=en');
  await expect(page.getByTestId('sdk-status')).toHaveAttribute('data-mode', 'agentdesktop');
  await openCalls(page, 120);
  const lines = page.getByTestId('log-entry');
  const more = page.locator('[data-testid=event-log] [data-testid=more-below]');
  await expect(lines).toHaveCount(25);
  await expect(lines.first()).toContainText('[EVENT] [ESTABLISHED] [C119]');
  await expect(more).toContainText('Older entries not shown yet: 95');
  await more.getByRole('button', { name: 'Show more' }).click();
  await expect(lines).toHaveCount(50);
  await expect(more).toContainText('Older entries not shown yet: 70');
  const read = lines.filter({ hasText: '[EVENT] [ESTABLISHED] [C70]' });
  await expect(read).toHaveCount(1);

  // Ten more events: the line read is still there, the very element (a selection in it stays), the new
  // ones above it.
  await read.evaluate((line) => { line.dataset.read = 'yes'; });
  await page.evaluate(() => {
    for (let i = 0; i < 10; i += 1) window.__sdkTest.emit(JSON.stringify({ event: 'HELD', id: `C${i}` }));
  });
  await expect(lines.first()).toContainText('[EVENT] [HELD] [C9]');
  await expect(read).toHaveAttribute('data-read', 'yes');
  await expect(lines).toHaveCount(60);
  await buildWhole(page, 'event-log');
  await expect(lines).toHaveCount(130);
  await expect(lines.last()).toContainText('[EVENT] [ESTABLISHED] [C0]');
  await expect(more).toHaveCount(0);
  await expect(page.getByTestId('event-log').locator('..')).toContainText('130 kept, 130 in this session');
});

// The lines asked for stay only while the log keeps the oldest of them: once it has dropped that line
// (it keeps 500), the log is back to its newest 25.
test('lines asked for stay until the log drops the oldest of them', async ({ page }) => {
  await page.goto(AGENTDESKTOP + '?lang=en');
  await expect(page.getByTestId('sdk-status')).toHaveAttribute('data-mode', 'agentdesktop');
  await openCalls(page, 120);
  const lines = page.getByTestId('log-entry');
  const more = page.locator('[data-testid=event-log] [data-testid=more-below]');
  await more.getByRole('button', { name: 'Show more' }).click();
  await expect(lines).toHaveCount(50);
  await page.evaluate(() => {
    for (let i = 0; i < 500; i += 1) window.__sdkTest.emit(JSON.stringify({ event: 'HELD', id: `C${i % 120}` }));
  });
  await expect(page.getByTestId('event-log').locator('..')).toContainText('500 kept, 620 in this session');
  await expect(lines).toHaveCount(25);
  await expect(more).toContainText('Older entries not shown yet: 475');
});

// What is built is laid out only near the screen: a log line or a contact far from it is skipped by the
// browser's layout (`content-visibility`), keeps its text for search and screen readers, and is laid out
// when it comes near. `checkVisibility({ contentVisibilityAuto: true })` is false for what a skipped
// element holds.
test('log lines and contacts far from the screen are laid out only when they come near it', async ({ page }) => {
  await page.goto(AGENTDESKTOP + '?lang=en');
  await expect(page.getByTestId('sdk-status')).toHaveAttribute('data-mode', 'agentdesktop');
  await openCalls(page, 120);
  const lines = page.getByTestId('log-entry');
  await expect(lines).toHaveCount(25);
  // What a skipped element holds is not laid out: its first child tells.
  const laidOut = (locator) =>
    locator.evaluate((el) => el.firstElementChild.checkVisibility({ contentVisibilityAuto: true }));
  // Newest first: the newest line is in view, the oldest built far down the log's scroll box.
  const newest = lines.first();
  const oldest = lines.filter({ hasText: '[EVENT] [ESTABLISHED] [C95]' });
  await expect(lines.last()).toContainText('[EVENT] [ESTABLISHED] [C95]');
  await page.getByTestId('event-log').scrollIntoViewIfNeeded();
  await expect.poll(() => laidOut(newest)).toBe(true);
  await expect.poll(() => laidOut(oldest)).toBe(false);
  await oldest.scrollIntoViewIfNeeded();
  await expect.poll(() => laidOut(oldest)).toBe(true);

  // The list alike: once built, a contact far below the screen is skipped until scrolled to.
  await buildWhole(page, 'contacts');
  await page.evaluate(() => window.scrollTo(0, 0));
  const far = page.locator('[data-testid=contact][data-contact-id="C100"]');
  await expect.poll(() => laidOut(far)).toBe(false);
  await expect(far).toContainText('0612100');
  await far.scrollIntoViewIfNeeded();
  await expect.poll(() => laidOut(far)).toBe(true);
});
