// The workbench's faults: the simulated AgentDesktop misbehaves; under each fault the widget stays usable
// and says what happened.
import { test, expect } from '@playwright/test';
import { contact, expectPhase, openSimulator } from './helpers.mjs';

const INBOUND = '13b-5d9daab7@B2BUAGW1.enghouse.com';

const fault = (page, name) => page.locator(`[data-testid=fault-toggle][data-fault="${name}"]`);
const toast = (page, text) => page.getByTestId('toast').filter({ hasText: text });
const logEntries = (page, text) => page.getByTestId('log-entry').filter({ hasText: text });
const logErrors = (page, text) => page.locator('[data-testid=log-entry][data-direction=error]').filter({ hasText: text });
const agentState = (page) => page.getByTestId('agent-state');

async function toggle(page, name, on) {
  await fault(page, name).click();
  await expect(fault(page, name)).toHaveAttribute('aria-pressed', on ? 'true' : 'false');
  await expect(toast(page, `Simulated fault ${on ? 'on' : 'off'}`).first()).toBeVisible();
}

async function login(page) {
  await page.getByTestId('agent-login').click();
  await expect(agentState(page)).toHaveAttribute('data-state', 'loggedin');
}

/// An inbound call, answered: the widget still works.
async function inboundAnswered(page) {
  await page.getByTestId('sim-inbound').click();
  await expect(contact(page, INBOUND)).toHaveCount(1);
  await contact(page, INBOUND).getByTestId('contact-answer').click();
  await expectPhase(page, INBOUND, 'connected');
}

test.beforeEach(async ({ page }) => {
  const latency = test.info().title.startsWith('latency');
  if (latency) await page.clock.install();
  await openSimulator(page, '?simdelay=0&lang=en');
  // The page's time moves only when the test says, however slow the machine.
  if (latency) await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
});

test('throw: the chosen function throws; the widget says so and goes on', async ({ page }) => {
  await expect(page.getByTestId('fault-function')).toHaveValue('AGENTDESKTOP.AGENT.Login');
  await toggle(page, 'throw', true);
  await page.getByTestId('agent-login').click();
  await expect(toast(page, 'AGENTDESKTOP.AGENT.Login failed: AGENTDESKTOP.AGENT.Login: simulated fault (throw)')).toBeVisible();
  await expect(logErrors(page, 'simulated fault (throw)')).toHaveCount(1);
  await expect(agentState(page)).not.toHaveAttribute('data-state', 'loggedin');
  await toggle(page, 'throw', false);
  await login(page);
});

test('missing: the chosen function is taken away, and put back', async ({ page }) => {
  await login(page);
  await page.getByTestId('fault-function').selectOption('AGENTDESKTOP.CONTACT.MakeCall');
  await toggle(page, 'missing', true);
  expect(await page.evaluate(() => typeof window.AGENTDESKTOP.CONTACT.MakeCall)).toBe('undefined');
  await page.getByTestId('makecall-number').fill('0612345678');
  await page.getByTestId('makecall-submit').click();
  await expect(toast(page, 'AGENTDESKTOP.CONTACT.MakeCall is not available in this AgentDesktop SDK')).toBeVisible();
  await expect(page.getByTestId('contact')).toHaveCount(0);
  // Other functions are untouched.
  expect(await page.evaluate(() => typeof window.AGENTDESKTOP.CONTACT.Answer)).toBe('function');
  await toggle(page, 'missing', false);
  expect(await page.evaluate(() => typeof window.AGENTDESKTOP.CONTACT.MakeCall)).toBe('function');
  await page.getByTestId('makecall-submit').click();
  await expect(page.getByTestId('contact')).toHaveAttribute('data-phase', 'connected');
});

test('latency: every event arrives 1.5 s late, and still arrives', async ({ page }) => {
  await toggle(page, 'latency', true);
  await page.getByTestId('agent-login').click();
  await expect(logEntries(page, 'AGENTDESKTOP.AGENT.Login()')).toHaveCount(1);
  await page.clock.runFor(1000);
  await expect(agentState(page)).not.toHaveAttribute('data-state', 'loggedin');
  await expect(logEntries(page, 'AGENT:LOGGEDIN')).toHaveCount(0);
  await page.clock.runFor(600);
  await expect(agentState(page)).toHaveAttribute('data-state', 'loggedin');
  await page.getByTestId('sim-inbound').click();
  await page.clock.runFor(1600);
  await expectPhase(page, INBOUND, 'ringing');
});

test('drop: every second event is lost; the widget follows what arrives', async ({ page }) => {
  await login(page);
  await toggle(page, 'drop', true);
  // POPUP arrives, RINGING is lost: the contact stays offered, and can be answered.
  await page.getByTestId('sim-inbound').click();
  await expectPhase(page, INBOUND, 'offered');
  await contact(page, INBOUND).getByTestId('contact-answer').click();
  await expectPhase(page, INBOUND, 'connected');
  await expect(logEntries(page, '[EVENT] [POPUP]')).toHaveCount(1);
  await expect(logEntries(page, '[EVENT] [RINGING]')).toHaveCount(0);
});

test('duplicate: every event arrives twice; each contact is listed once', async ({ page }) => {
  await toggle(page, 'duplicate', true);
  await login(page);
  await expect(logEntries(page, '[EVENT] [AGENT:LOGGEDIN]')).toHaveCount(2);
  await inboundAnswered(page);
  await expect(page.getByTestId('contact')).toHaveCount(1);
  await expect(logEntries(page, '[EVENT] [ESTABLISHED]')).toHaveCount(2);
});

test('reorder: pairs of events swap; the widget shows the contact and it can be answered', async ({ page }) => {
  await login(page);
  await toggle(page, 'reorder', true);
  await inboundAnswered(page);
  // Newest first: RINGING arrived before POPUP.
  const names = await page.getByTestId('log-entry').filter({ hasText: /\[EVENT\] \[(POPUP|RINGING)\]/ }).allTextContents();
  expect(names.map((t) => t.match(/\[EVENT\] \[(\w+)\]/)[1])).toEqual(['POPUP', 'RINGING']);
});

test('object-payloads: events arrive as objects, and are read as well as JSON text', async ({ page }) => {
  await page.evaluate(() => {
    window.payloadTypes = [];
    window.AGENTDESKTOP.WIDGET.bindContactCallback((_e, data) => window.payloadTypes.push(typeof data));
  });
  await toggle(page, 'object-payloads', true);
  await login(page);
  await inboundAnswered(page);
  const types = await page.evaluate(() => window.payloadTypes);
  expect(types.length).toBeGreaterThanOrEqual(4);
  expect(new Set(types)).toEqual(new Set(['object']));
  await expect(logEntries(page, '[EVENT] [ESTABLISHED]')).toHaveCount(1);
});

test('lowercase: event names arrive in lower case, are understood, and logged as received', async ({ page }) => {
  await toggle(page, 'lowercase', true);
  await login(page);
  await inboundAnswered(page);
  await expect(logEntries(page, '[EVENT] [established]')).toHaveCount(1);
  await expect(page.getByTestId('toast').filter({ hasText: 'Unknown AgentDesktop event' })).toHaveCount(0);
});

test('garbage: unreadable payloads are reported, and the events around them still work', async ({ page }) => {
  await toggle(page, 'garbage', true);
  await login(page);
  await expect(toast(page, 'An AgentDesktop event could not be read').first()).toBeVisible();
  await expect(logErrors(page, 'event payload is not valid JSON')).toHaveCount(1);
  // One unreadable payload before each batch of events; the events themselves still work.
  await inboundAnswered(page);
  await expect(logErrors(page, 'event payload is not valid JSON')).toHaveCount(3);
  await toggle(page, 'garbage', false);
  await page.getByTestId('agent-pause').click();
  await expect(agentState(page)).toHaveAttribute('data-state', 'paused');
  await expect(logErrors(page, 'event payload is not valid JSON')).toHaveCount(3);
});
