// The integrators' example (examples/minimal) against the stand-in SDK, served where AgentDesktop serves the
// real one: the guide's callback, agent states, a screen pop, a manual call, answering a ringing call, and
// Make call's checks.
import { test, expect } from '@playwright/test';
import { AGENTDESKTOP } from './helpers.mjs';

const EXAMPLE = `${AGENTDESKTOP}minimal/`;
const emit = (page, event) => page.evaluate((e) => window.__sdkTest.emit(JSON.stringify(e)), event);
const calls = (page) => page.evaluate(() => window.__sdkTest.calls);

test.beforeEach(async ({ page }) => {
  await page.clock.install();
  await page.goto(EXAMPLE);
  await expect(page.getByTestId('status')).toHaveText('SDK: AgentDesktop');
  expect(await calls(page)).toEqual(['unbind', 'bind']);
  // The page's time moves only when the test says, however slow the machine.
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
});

test("the guide's events: agent state, a contact assigned, the agent's own manual call", async ({ page }) => {
  const agent = page.getByTestId('agent');
  await emit(page, { event: 'AGENT:LOGGEDIN' });
  await expect(agent).toHaveText('Agent: logged in');
  await emit(page, { event: 'AGENT:PAUSE' });
  await expect(agent).toHaveText('Agent: paused');
  await emit(page, { event: 'AGENT:LOGGEDOUT' });
  await expect(agent).toHaveText('Agent: logged out');

  const contact = page.getByTestId('contact');
  await emit(page, { event: 'POPUP', id: 'A', ani: '3393669393', queue: 'QUEUE25', job_type: 'inbound' });
  await expect(contact).toHaveText('New contact from 3393669393, queue QUEUE25');
  // A line seized for a contact of the CTI's is not a manual call.
  await emit(page, { event: 'CONNECTIONSTARTED', id: 'A', job_type: 'inbound', dnis: '225727273' });
  await emit(page, { event: 'CONNECTIONSTARTED', id: 'B', job_type: 'manual', dnis: '0612345678' });
  await expect(contact).toHaveText('Manual call to 0612345678');
});

test('a ringing call is answered with CONTACT.Answer, and the Answer button leaves once it is connected', async ({ page }) => {
  const answer = page.getByTestId('answer');
  await emit(page, { event: 'POPUP', id: 'A', ani: '3393669393', queue: 'QUEUE25', job_type: 'inbound' });
  await expect(page.getByTestId('contact')).toHaveText('New contact from 3393669393, queue QUEUE25');
  await expect(answer).toHaveCount(0);
  await emit(page, { event: 'RINGING', id: 'A', ani: '3393669393', queue: 'QUEUE25' });
  await answer.click();
  await expect.poll(() => calls(page)).toContain('CONTACT.Answer(A)');
  // Another contact's events leave it ringing; its own ESTABLISHED (the SDK's answer) ends the ring.
  await emit(page, { event: 'ESTABLISHED', id: 'B', job_type: 'manual' });
  await expect(answer).toBeVisible();
  await emit(page, { event: 'ESTABLISHED', id: 'A', job_state: 'online' });
  await expect(answer).toHaveCount(0);
  expect((await calls(page)).filter((c) => c.startsWith('CONTACT.Answer'))).toEqual(['CONTACT.Answer(A)']);
});

test('a ring answered elsewhere or dropped leaves nothing to answer', async ({ page }) => {
  await emit(page, { event: 'RINGING', id: 'A', ani: '3393669393' });
  await expect(page.getByTestId('answer')).toBeVisible();
  await emit(page, { event: 'CONNECTIONCLEARED', id: 'A', reason: '' });
  await expect(page.getByTestId('answer')).toHaveCount(0);
  expect(await calls(page)).toEqual(['unbind', 'bind']);
});

test('Make call: a bad number shows a message for 4 seconds and calls nothing; a good one calls MakeCall', async ({ page }) => {
  await page.getByTestId('number').fill('12ab');
  await page.getByTestId('make-call').click();
  const message = page.getByTestId('message');
  await expect(message).toHaveText('"12ab" is not a telephone number');
  expect(await calls(page)).toEqual(['unbind', 'bind', 'ALERT.Show("12ab" is not a telephone number,4)']);
  await page.clock.runFor(3_900);
  await expect(message).toBeVisible();
  await page.clock.runFor(200);
  await expect(message).toHaveCount(0);

  await page.getByTestId('number').fill('06 1234 5678');
  await page.getByTestId('make-call').click();
  await expect.poll(() => calls(page)).toContain('CONTACT.MakeCall(0612345678)');
  await expect(message).toHaveCount(0);
});
