// Click-to-dial and redial against the simulator. Click-to-dial: docs/click-to-dial.html in the top frame,
// served from the other port of the pair (another origin), with the widget in its iframe.
import { test, expect } from '@playwright/test';
import { AGENTDESKTOP, SIMULATOR, contact, expectPhase, openSimulator, withConfig } from './helpers.mjs';

const hostOrigin = new URL(SIMULATOR.replace(/:(\d+)\//, (_, p) => `:${Number(p) + 1}/`)).origin;
const widgetOrigin = new URL(SIMULATOR).origin;
const MAKE_CALL = 'AGENTDESKTOP.CONTACT.MakeCall';
const INBOUND = '13b-5d9daab7@B2BUAGW1.enghouse.com';
const MANUAL = '3f-5e5fbc28@B2BUAEP.enghouse.com';

/** The host page (served from `host`) with the widget (in `lang`) in its iframe; the widget's frame, once
 * it runs. */
async function openHost(page, config, lang = 'en', host = hostOrigin) {
  // page.route covers the iframe's requests too.
  await withConfig(page, config);
  const widget = `${SIMULATOR}?simdelay=0&lang=${lang}`;
  await page.goto(`${host}/docs/click-to-dial.html?widget=${encodeURIComponent(widget)}`);
  const frame = page.frameLocator('[data-testid=host-widget]');
  await expect(frame.getByTestId('sdk-status')).toHaveAttribute('data-mode', 'simulator');
  return frame;
}

async function login(widget) {
  await widget.getByTestId('agent-login').click();
  await expect(widget.getByTestId('agent-state')).toHaveAttribute('data-state', 'loggedin');
}

/** The host asks the widget to call `number`, as an agent would: its field and its button. */
async function hostDials(page, number) {
  await page.getByTestId('host-number').fill(number);
  await page.getByTestId('host-call').click();
}

const calls = (scope, text = MAKE_CALL) =>
  scope.locator('[data-testid=log-entry][data-direction=out]').filter({ hasText: text });
const errors = (scope) => scope.locator('[data-testid=log-entry][data-direction=error]');
const toast = (scope, text) => scope.getByTestId('toast').filter({ hasText: text });

/** Posts `data` to the widget's window from the host page, as any script there could. */
const postFromHost = (page, data) => page.evaluate((data) =>
  document.querySelector('[data-testid=host-widget]').contentWindow.postMessage(data, '*'), data);

test.describe('click-to-dial', () => {
  test('a request from a listed origin fills Make call and focuses Call; Enter dials', async ({ page }) => {
    const widget = await openHost(page, { dial_origins: [hostOrigin] });
    await login(widget);
    await hostDials(page, '06 1234 5678');
    await expect(widget.getByTestId('makecall-number')).toHaveValue('06 1234 5678');
    await expect(widget.getByTestId('makecall-submit')).toBeFocused();
    await expect(toast(widget, 'Number 06 1234 5678 ready: press Enter to call')).toBeVisible();
    await expect(calls(widget)).toHaveCount(0);

    await page.keyboard.press('Enter');
    await expect(calls(widget, `${MAKE_CALL}("0612345678")`)).toHaveCount(1);
    await expect(widget.locator(`[data-testid=contact][data-contact-id="${MANUAL}"]`))
      .toHaveAttribute('data-phase', 'connected');
    await expect(errors(widget)).toHaveCount(0);
  });

  test('with dial_auto the request dials at once', async ({ page }) => {
    const widget = await openHost(page, { dial_origins: [hostOrigin], dial_auto: true });
    await login(widget);
    await hostDials(page, '+39 06-1234.5678');
    await expect(calls(widget, `${MAKE_CALL}("+390612345678")`)).toHaveCount(1);
    await expect(widget.locator(`[data-testid=contact][data-contact-id="${MANUAL}"]`))
      .toHaveAttribute('data-phase', 'connected');
  });

  test("an origin ending in the DNS root's dot is listed as the browser writes it, and its requests dial", async ({ page }) => {
    // localhost. is the same machine: the browser keeps the dot in the page's origin.
    const dotted = hostOrigin.replace('127.0.0.1', 'localhost.');
    const widget = await openHost(page, { dial_origins: [dotted], dial_auto: true }, 'en', dotted);
    expect(await page.evaluate(() => window.location.origin)).toBe(dotted);
    await login(widget);
    await hostDials(page, '0612345678');
    await expect(calls(widget, `${MAKE_CALL}("0612345678")`)).toHaveCount(1);
    // Neither the configuration nor the request was refused.
    await expect(errors(widget)).toHaveCount(0);
  });

  test('a request from an origin not listed is logged as an error once per origin, and not dialled', async ({ page }) => {
    const widget = await openHost(page, { dial_origins: ['https://crm.example'], dial_auto: true });
    await login(widget);
    await hostDials(page, '0612345678');
    await expect(errors(widget).filter({ hasText: `Call request from ${hostOrigin} ignored` })).toHaveCount(1);
    // Again and again: no more entries, so a page cannot flood the log.
    await hostDials(page, '0612345678');
    await postFromHost(page, { type: 'agentdesktop-widget:dial', number: '0699999999' });

    // The widget's own page is no exception when it is not listed either. Posted after the host's
    // messages, it is read after them too.
    const frame = page.frame({ url: (url) => url.href.startsWith(SIMULATOR) });
    await frame.evaluate(() => window.postMessage({ type: 'agentdesktop-widget:dial', number: '0612345678' }, '*'));
    await expect(errors(widget).filter({ hasText: `Call request from ${widgetOrigin} ignored` })).toHaveCount(1);
    await expect(errors(widget).filter({ hasText: `Call request from ${hostOrigin} ignored` })).toHaveCount(1);

    await expect(calls(widget)).toHaveCount(0);
    await expect(widget.getByTestId('makecall-number')).toHaveValue('');
    await expect(widget.getByTestId('contact')).toHaveCount(0);
  });

  test('a malformed request is logged and shown; other messages are left alone', async ({ page }) => {
    const widget = await openHost(page, { dial_origins: [hostOrigin], dial_auto: true });
    await login(widget);
    // Other scripts' messages, whatever their shape: not a word.
    for (const other of ['hello', 42, { type: 'webpackOk' }, { number: '0612345678' }, '{"type":"x"}']) {
      await postFromHost(page, other);
    }
    await postFromHost(page, { type: 'agentdesktop-widget:dial', number: 612345678 });
    const malformed = `Call request from ${hostOrigin} ignored: it must be`;
    await expect(errors(widget).filter({ hasText: malformed })).toHaveCount(1);
    await expect(toast(widget, malformed)).toBeVisible();
    // Told like every problem the agent must see now: AgentDesktop's own alert too.
    await expect(calls(widget, 'AGENTDESKTOP.ALERT.Show')).toHaveCount(1);
    await postFromHost(page, { type: 'agentdesktop-widget:dial' });
    await expect(errors(widget).filter({ hasText: malformed })).toHaveCount(2);
    await expect(errors(widget)).toHaveCount(2);
    await expect(calls(widget)).toHaveCount(0);

    // The same request as JSON text is taken.
    await postFromHost(page, JSON.stringify({ type: 'agentdesktop-widget:dial', number: '0612345678' }));
    await expect(calls(widget, `${MAKE_CALL}("0612345678")`)).toHaveCount(1);
  });

  test('a number Make call would refuse is refused, and the field keeps what was typed', async ({ page }) => {
    const widget = await openHost(page, { dial_origins: [hostOrigin], dial_auto: true });
    await login(widget);
    await widget.getByTestId('makecall-number').fill('0298765432');
    await hostDials(page, '80165@host');
    await expect(toast(widget, '"80165@host" is not a valid telephone number')).toBeVisible();
    await expect(widget.getByTestId('makecall-number')).toHaveValue('0298765432');
    await expect(calls(widget)).toHaveCount(0);
  });

  test('refused while logged out or on a call (Italian)', async ({ page }) => {
    const widget = await openHost(page, { dial_origins: [hostOrigin] }, 'it');
    await login(widget);
    await widget.getByTestId('agent-logout').click();
    await expect(widget.getByTestId('agent-state')).toHaveAttribute('data-state', 'loggedout');
    await hostDials(page, '0612345678');
    await expect(toast(widget, 'Chiamata a 0612345678 rifiutata: sei disconnesso')).toBeVisible();
    await expect(widget.getByTestId('makecall-number')).toHaveValue('');

    await login(widget);
    await widget.getByTestId('sim-inbound').click();
    await widget.locator(`[data-testid=contact][data-contact-id="${INBOUND}"]`).getByTestId('contact-answer').click();
    await expect(widget.locator(`[data-testid=contact][data-contact-id="${INBOUND}"]`))
      .toHaveAttribute('data-phase', 'connected');
    await hostDials(page, '0612345678');
    await expect(toast(widget, 'Chiamata a 0612345678 rifiutata: sei già in una chiamata')).toBeVisible();
    await expect(widget.getByTestId('makecall-number')).toHaveValue('');
    await expect(calls(widget)).toHaveCount(0);
  });
});

test.describe('click-to-dial while a call is being placed', () => {
  for (const dial_auto of [false, true]) {
    test(`refused before the field is touched (dial_auto ${dial_auto})`, async ({ page }) => {
      await withConfig(page, { dial_origins: [new URL(AGENTDESKTOP).origin], dial_auto });
      await page.goto(AGENTDESKTOP + '?lang=en');
      await expect(page.getByTestId('sdk-status')).toHaveAttribute('data-mode', 'agentdesktop');
      await page.getByTestId('makecall-number').fill('0612345678');
      await page.getByTestId('makecall-submit').click();
      // No event from the stand-in: the call stays asked for, not confirmed.
      await expect(page.getByTestId('makecall-submit')).toHaveAttribute('aria-busy', 'true');
      await page.evaluate(() => window.postMessage({ type: 'agentdesktop-widget:dial', number: '0698765432' }, '*'));
      await expect(toast(page, 'Call to 0698765432 refused: a call is being placed')).toBeVisible();
      await expect(page.getByTestId('makecall-number')).toHaveValue('0612345678');
      await expect(calls(page)).toHaveCount(1);
      await expect(toast(page, 'press Enter')).toHaveCount(0);
    });
  }
});

test.describe('redial', () => {
  /** Ends the connected contact `id`: hang up, then end after-call work. */
  async function finish(page, id) {
    await contact(page, id).getByTestId('contact-hangup').click();
    await expectPhase(page, id, 'acw');
    await contact(page, id).getByTestId('contact-offline-end').click();
    await expectPhase(page, id, 'finished');
  }

  test('a finished inbound contact redials the caller', async ({ page }) => {
    await openSimulator(page, '?simdelay=0&lang=en');
    await page.getByTestId('agent-login').click();
    await page.getByTestId('sim-inbound').click();
    await contact(page, INBOUND).getByTestId('contact-answer').click();
    await expectPhase(page, INBOUND, 'connected');
    // Nothing to redial while the contact is in progress.
    await expect(contact(page, INBOUND).getByTestId('contact-redial')).toHaveCount(0);
    await finish(page, INBOUND);
    const redial = contact(page, INBOUND).getByTestId('contact-redial');
    await expect(redial).toHaveAttribute('title', 'Call 3393669393 again');
    await redial.click();
    await expect(calls(page, `${MAKE_CALL}("3393669393")`)).toHaveCount(1);
    await expect(contact(page, MANUAL)).toHaveAttribute('data-phase', 'connected');
    await expect(contact(page, MANUAL)).toHaveAttribute('data-job-type', 'manual');

    // On that call, a second redial is refused without reaching AgentDesktop.
    await redial.click();
    await expect(toast(page, 'Call to 3393669393 refused: you are already on a call')).toBeVisible();
    await expect(calls(page)).toHaveCount(1);
  });

  test('a finished manual call redials the number dialled (Italian)', async ({ page }) => {
    await openSimulator(page, '?simdelay=0&lang=it');
    await page.getByTestId('agent-login').click();
    await page.getByTestId('makecall-number').fill('06 1234 5678');
    await page.getByTestId('makecall-submit').click();
    await expectPhase(page, MANUAL, 'connected');
    await finish(page, MANUAL);
    const redial = contact(page, MANUAL).getByTestId('contact-redial');
    await expect(redial).toHaveText('Richiama');
    await expect(redial).toHaveAttribute('title', 'Chiama di nuovo 0612345678');
    await redial.click();
    await expect(calls(page, `${MAKE_CALL}("0612345678")`)).toHaveCount(2);
  });

  test('refused while logged out', async ({ page }) => {
    await page.goto(AGENTDESKTOP + '?lang=en');
    await expect(page.getByTestId('sdk-status')).toHaveAttribute('data-mode', 'agentdesktop');
    const emit = (event) => page.evaluate((e) => window.__sdkTest.emit(JSON.stringify(e)), event);
    await emit({ event: 'AGENT:LOGGEDIN' });
    await emit({ event: 'ESTABLISHED', id: INBOUND, ani: '3393669393', job_state: 'online' });
    await emit({ event: 'JOBFINISHED', id: INBOUND, job_state: 'finished' });
    // Still in after-call work on another contact: the logout forgets no customer (with none open it
    // would, and the recent list would be empty).
    await emit({ event: 'JOBCHANGED', id: MANUAL, job_state: 'offline' });
    await emit({ event: 'AGENT:LOGGEDOUT' });
    await expect(page.getByTestId('agent-state')).toHaveAttribute('data-state', 'loggedout');
    await contact(page, INBOUND).getByTestId('contact-redial').click();
    await expect(toast(page, 'Call to 3393669393 refused: you are logged out')).toBeVisible();
    expect(await page.evaluate(() => window.__sdkTest.calls.filter((c) => c.startsWith('CONTACT.MakeCall')))).toEqual([]);
  });

  test('a number that cannot be dialled disables Redial, saying why', async ({ page }) => {
    await openSimulator(page, '?simdelay=0&lang=en');
    await page.getByTestId('agent-login').click();
    await expect(page.getByTestId('agent-state')).toHaveAttribute('data-state', 'loggedin');
    // An internal caller, shown by its extension.
    await page.evaluate(() => window.AGENTDESKTOP.SIMULATOR.IncomingCall('80165@host', 'QUEUE25'));
    await contact(page, INBOUND).getByTestId('contact-answer').click();
    await finish(page, INBOUND);
    const redial = contact(page, INBOUND).getByTestId('contact-redial');
    await expect(redial).toBeDisabled();
    await expect(redial).toHaveAttribute('title', /^"80165@host" is not a valid telephone number/);
  });

  test('a contact without a number to call back says so (Italian)', async ({ page }) => {
    await page.goto(AGENTDESKTOP + '?lang=it');
    await expect(page.getByTestId('sdk-status')).toHaveAttribute('data-mode', 'agentdesktop');
    const emit = (event) => page.evaluate((e) => window.__sdkTest.emit(JSON.stringify(e)), event);
    // A caller whose number the network withheld: no ani at all.
    await emit({ event: 'POPUP', id: 'W', queue: 'QUEUE25' });
    await emit({ event: 'ESTABLISHED', id: 'W', job_state: 'online' });
    await emit({ event: 'CONNECTIONCLEARED', id: 'W' });
    await emit({ event: 'JOBFINISHED', id: 'W', job_state: 'finished' });
    await expectPhase(page, 'W', 'finished');
    const redial = contact(page, 'W').getByTestId('contact-redial');
    await expect(redial).toBeDisabled();
    await expect(redial).toHaveAttribute('title', 'Nessun numero da richiamare');
  });
});
