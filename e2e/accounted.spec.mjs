// Nothing AgentDesktop sends goes unaccounted for, and a logout leaves nothing of the customers behind.
// AgentDesktop is the stand-in SDK: its callback is driven with raw payloads.
import { test, expect } from '@playwright/test';
import { AGENTDESKTOP, contact } from './helpers.mjs';

const A = '13b-5d9daab7@B2BUAGW1.enghouse.com';
const B = '3f-5e5fbc28@B2BUAEP.enghouse.com';
const emit = (page, event) => page.evaluate((e) => window.__sdkTest.emit(JSON.stringify(e)), event);
const errors = (page) => page.locator('[data-testid=log-entry][data-direction=error]');

async function connected(page) {
  await page.goto(`${AGENTDESKTOP}?lang=en`);
  await expect(page.getByTestId('sdk-status')).toHaveAttribute('data-mode', 'agentdesktop');
}

test('a contact event with an empty id is an error entry naming it, and a call offered so is also a toast', async ({ page }) => {
  await connected(page);
  await emit(page, { event: 'RINGING', id: '', ani: '3393669393', queue: 'QUEUE25' });
  await expect(errors(page)).toHaveCount(1);
  await expect(errors(page)).toContainText('RINGING');
  await expect(errors(page)).toContainText('without a contact id');
  // The agent must answer it in AgentDesktop: a toast says so.
  await expect(page.getByTestId('toast').filter({ hasText: 'answer it in AgentDesktop' })).toBeVisible();
  await expect(page.getByTestId('contact')).toHaveCount(0);
});

test('a contact event with no id at all is an error entry naming it, without a toast', async ({ page }) => {
  await connected(page);
  await emit(page, { event: 'HELD', ani: '3393669393' });
  await expect(errors(page)).toHaveCount(1);
  await expect(errors(page)).toContainText('HELD');
  await expect(errors(page)).toContainText('without a contact id');
  // The event as received stays in the log, above the error about it.
  await expect(page.getByTestId('log-entry').filter({ hasText: '[EVENT] [HELD]' })).toHaveCount(1);
  await expect(page.getByTestId('toast')).toHaveCount(0);
  await expect(page.getByTestId('contact')).toHaveCount(0);
});

test('a DELETE for a contact the widget does not list is an error entry naming it', async ({ page }) => {
  await connected(page);
  await emit(page, { event: 'DELETE', id: 'nobody-0@B2BUAGW1.enghouse.com' });
  await expect(errors(page)).toHaveCount(1);
  await expect(errors(page)).toContainText('DELETE');
  await expect(errors(page)).toContainText('nobody-0@B2BUAGW1.enghouse.com');
});

/// Everything of the customers the page could keep, in both storages.
const stored = (page) => page.evaluate(() => JSON.stringify({ ...sessionStorage }) + JSON.stringify({ ...localStorage }));

test('a logout with no contact open leaves no customer in storage, and a reload shows none', async ({ page }) => {
  await connected(page);
  await emit(page, { event: 'AGENT:LOGGEDIN' });
  for (const [id, ani] of [[A, '3393669393'], [B, '0612345678']]) {
    await emit(page, { event: 'POPUP', id, ani, queue: 'QUEUE25', job_type: 'inbound', CallData: [{ name: 'CUSTOMER', value: 'Rossi' }] });
    await emit(page, { event: 'ESTABLISHED', id, job_state: 'online' });
    await emit(page, { event: 'CONNECTIONCLEARED', id });
    await emit(page, { event: 'JOBCHANGED', id, job_state: 'offline' });
    await emit(page, { event: 'JOBFINISHED', id, job_state: 'finished' });
  }
  await expect(contact(page, B)).toHaveAttribute('data-phase', 'finished');
  // Saved within a second of the change: the customers are in the session until the logout.
  await expect.poll(() => stored(page)).toContain('3393669393');

  await emit(page, { event: 'AGENT:LOGGEDOUT' });
  await expect(page.getByTestId('agent-state')).toHaveAttribute('data-state', 'loggedout');
  await expect(page.getByTestId('contact')).toHaveCount(0);
  await expect.poll(() => stored(page)).toContain('loggedout');
  const after = await stored(page);
  for (const customer of ['3393669393', '0612345678', 'Rossi', 'CUSTOMER', A, B]) {
    expect(after).not.toContain(customer);
  }

  await page.reload();
  await expect(page.getByTestId('sdk-status')).toHaveAttribute('data-mode', 'agentdesktop');
  await expect(page.getByTestId('agent-state')).toHaveAttribute('data-state', 'loggedout');
  await expect(page.getByTestId('contact')).toHaveCount(0);
  await expect(page.getByTestId('event-log')).not.toContainText('3393669393');
  await expect(page.getByTestId('event-log')).not.toContainText('Rossi');
});

test('an extra field nested 1,000 arrays deep costs nothing of the event: the contact pops and rings', async ({ page }) => {
  await connected(page);
  // JSON.parse takes it; the widget keeps the field, its deepest levels summarised.
  const deep = `${'['.repeat(1000)}"x"${']'.repeat(1000)}`;
  await page.evaluate(([id, deep]) => window.__sdkTest.emit(
    `{"event":"POPUP","id":"${id}","ani":"3393669393","queue":"QUEUE25","x_extra":${deep}}`), [A, deep]);
  await page.evaluate((id) => window.__sdkTest.emit(JSON.stringify({ event: 'RINGING', id })), A);
  await expect(contact(page, A)).toHaveAttribute('data-phase', 'ringing');
  await expect(contact(page, A).getByTestId('customer-card')).toContainText('3393669393');
  await expect(errors(page)).toHaveCount(0);
});
