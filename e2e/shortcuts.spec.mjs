// Keyboard shortcuts: each chord does what its button does, in every phase where the button is enabled,
// and nothing, with the reason told, where it is not; chords from config.json replace the defaults or turn
// one off; `?` opens the list of shortcuts outside a text field. Against the stand-in SDK: AgentDesktop's
// events are the test's to send, and every call the widget makes is recorded (window.__sdkTest.calls).
import { test, expect } from '@playwright/test';
import { AGENTDESKTOP, contact, expectPhase, withConfig } from './helpers.mjs';

const OUTCOMES = [
  { code: 'SALE', label: { it: 'Venduto', en: 'Sold' } },
  { code: 'NOINT', label: { it: 'Non interessato', en: 'Not interested' } },
];
const REASONS = [
  { code: 'BRK', label: { it: 'Pausa caffè', en: 'Coffee break' } },
  { code: 'TRN', label: { it: 'Formazione', en: 'Training' } },
];

async function open(page, config = {}, query = '?lang=en') {
  await withConfig(page, config);
  await page.goto(AGENTDESKTOP + query);
  await expect(page.getByTestId('sdk-status')).toHaveAttribute('data-mode', 'agentdesktop');
}
const emit = (page, event) => page.evaluate((e) => window.__sdkTest.emit(JSON.stringify(e)), event);
/** The calls that act (AGENT and CONTACT), in order. */
const calls = (page) =>
  page.evaluate(() => window.__sdkTest.calls.filter((c) => c.startsWith('CONTACT.') || c.startsWith('AGENT.')));
const toast = (page, text) => page.getByTestId('toast').filter({ hasText: text });
const dialog = (page) => page.getByRole('dialog', { name: /Keyboard shortcuts|Scorciatoie da tastiera/ });

/** The agent presses `chord` with the focus where it is; `calls` are what the widget must have sent since. */
async function press(page, chord, expected) {
  const before = (await calls(page)).length;
  await page.keyboard.press(chord);
  if (expected) await expect.poll(async () => (await calls(page)).slice(before)).toEqual(expected);
}

/** `chord` does nothing, and a toast says why. */
async function refused(page, chord, message) {
  const before = await calls(page);
  await page.keyboard.press(chord);
  await expect(toast(page, message)).toBeVisible();
  await expect(toast(page, message)).toHaveAttribute('role', 'alert');
  expect(await calls(page)).toEqual(before);
  await toast(page, message).getByTestId('toast-close').click();
  await expect(toast(page, message)).toHaveCount(0);
}

/** Contact `id` finished: out of the way of the next step. */
async function finish(page, id) {
  await emit(page, { event: 'CONNECTIONCLEARED', id });
  await emit(page, { event: 'JOBFINISHED', id });
  await expectPhase(page, id, 'finished');
}

test('answer: the oldest offered or ringing contact, from a text field too, once; nothing to answer says so', async ({ page }) => {
  await open(page);
  await refused(page, 'Alt+Shift+Y', 'Answer (Alt+Shift+Y): no call is ringing');
  for (const [event, phase] of [['POPUP', 'offered'], ['RINGING', 'ringing']]) {
    const id = `in-${phase}`;
    await emit(page, { event, id, ani: '3393669393', queue: 'QUEUE25' });
    await expectPhase(page, id, phase);
    await press(page, 'Alt+Shift+Y', [`CONTACT.Answer(${id})`]);
    // One press, one call: the button waits for AgentDesktop, and so does the shortcut.
    await expect(contact(page, id).getByTestId('contact-answer')).toHaveAttribute('aria-busy', 'true');
    await refused(page, 'Alt+Shift+Y', 'Answer (Alt+Shift+Y): already asked, waiting for AgentDesktop');
    await emit(page, { event: 'ESTABLISHED', id });
    await expectPhase(page, id, 'connected');
    await finish(page, id);
  }
  // Two ringing: the oldest first. From the number field, which keeps what was typed.
  await emit(page, { event: 'RINGING', id: 'A' });
  await emit(page, { event: 'RINGING', id: 'B' });
  await expectPhase(page, 'B', 'ringing');
  const number = page.getByTestId('makecall-number');
  await number.fill('06');
  await press(page, 'Alt+Shift+Y', ['CONTACT.Answer(A)']);
  await expect(number).toHaveValue('06');
  await expect(number).toBeFocused();
  const answer = contact(page, 'B').getByTestId('contact-answer');
  await expect(answer).toHaveAttribute('aria-keyshortcuts', 'Alt+Shift+Y');
  await expect(answer).toHaveAttribute('title', 'Shortcut: Alt+Shift+Y');
});

test('hold: holds the call talked on and retrieves the held one; not while dialling', async ({ page }) => {
  await open(page);
  await refused(page, 'Alt+Shift+H', 'Hold or retrieve (Alt+Shift+H): no call to hold or retrieve');
  await emit(page, { event: 'CONNECTIONSTARTED', id: 'A', job_type: 'manual', dnis: '0612345678' });
  await emit(page, { event: 'DIALING', id: 'A' });
  await expectPhase(page, 'A', 'dialing');
  await expect(contact(page, 'A').getByTestId('contact-hold')).toBeDisabled();
  await refused(page, 'Alt+Shift+H', 'no call to hold or retrieve');
  await emit(page, { event: 'ESTABLISHED', id: 'A' });
  await expectPhase(page, 'A', 'connected');
  await press(page, 'Alt+Shift+H', ['CONTACT.Hold(A)']);
  await emit(page, { event: 'HELD', id: 'A' });
  await expectPhase(page, 'A', 'held');
  await expect(contact(page, 'A').getByTestId('contact-hold')).toHaveText('Retrieve');
  await press(page, 'Alt+Shift+H', ['CONTACT.Hold(A)']);
  await expect(contact(page, 'A').getByTestId('contact-hold')).toHaveAttribute('aria-keyshortcuts', 'Alt+Shift+H');
});

test('hang up: the call in every phase its button hangs up, the consultation leg first; once', async ({ page }) => {
  await open(page);
  await refused(page, 'Alt+Shift+X', 'Hang up (Alt+Shift+X): no call to hang up');
  const phases = [
    ['started', [{ event: 'CONNECTIONSTARTED', job_type: 'manual', dnis: '0612345678' }]],
    ['dialing', [{ event: 'DIALING' }]],
    ['connected', [{ event: 'ESTABLISHED' }]],
    ['held', [{ event: 'ESTABLISHED' }, { event: 'HELD' }]],
    ['conference', [{ event: 'ESTABLISHED' }, { event: 'CONFERENCED' }]],
    ['failed', [{ event: 'DIALING' }, { event: 'FAILED' }]],
  ];
  for (const [phase, events] of phases) {
    const id = `call-${phase}`;
    for (const e of events) await emit(page, { ...e, id });
    await expectPhase(page, id, phase);
    await expect(contact(page, id).getByTestId('contact-hangup')).toBeEnabled();
    await press(page, 'Alt+Shift+X', [`CONTACT.Hangup(${id})`]);
    await refused(page, 'Alt+Shift+X', 'Hang up (Alt+Shift+X): already asked, waiting for AgentDesktop');
    await finish(page, id);
  }
  // Ringing: its hang-up button is disabled, and so is the shortcut.
  await emit(page, { event: 'RINGING', id: 'R' });
  await expectPhase(page, 'R', 'ringing');
  await refused(page, 'Alt+Shift+X', 'no call to hang up');
  await finish(page, 'R');
  // A consultation: the leg, not the customer on hold.
  await emit(page, { event: 'ESTABLISHED', id: 'MAIN' });
  await emit(page, { event: 'HELD', id: 'MAIN' });
  await emit(page, { event: 'CONNECTIONSTARTED', id: 'LEG', job_type: 'manual', dnis: 'consultation' });
  await emit(page, { event: 'ESTABLISHED', id: 'LEG' });
  await expectPhase(page, 'LEG', 'connected');
  await expect(page.getByTestId('consult-legs')).toBeVisible();
  await press(page, 'Alt+Shift+X', ['CONTACT.Hangup(LEG)']);
});

test('in a long list, hang up and hold act on the newest call, which is built wherever it is', async ({ page }) => {
  await open(page);
  // 30 calls in one burst: the first 10 are built, the rest as the agent asks for them.
  await page.evaluate(() => {
    for (let i = 0; i < 30; i += 1) {
      window.__sdkTest.emit(JSON.stringify({ event: 'ESTABLISHED', id: `C${i}`, ani: `0612${i}` }));
    }
  });
  await expect(page.getByTestId('contact')).toHaveCount(11);
  await expect(contact(page, 'C25')).toHaveCount(0);
  // The newest, the one the shortcuts act on, is built: its buttons are there.
  await expect(contact(page, 'C29').getByTestId('contact-hold')).toHaveCount(1);
  await press(page, 'Alt+Shift+H', ['CONTACT.Hold(C29)']);
  await emit(page, { event: 'HELD', id: 'C29' });
  await expectPhase(page, 'C29', 'held');
  // C29 held, the newest call talked on is C28, not built until now, built now.
  await expect(contact(page, 'C28').getByTestId('contact-hangup')).toHaveCount(1);
  await press(page, 'Alt+Shift+X', ['CONTACT.Hangup(C28)']);
});

test('pause with the first configured reason or the one chosen, back to available, each refused when its button is', async ({ page }) => {
  await open(page, { pause_reasons: REASONS });
  // Before any agent event the Pause button is enabled (AgentDesktop decides), and Ready too.
  await emit(page, { event: 'AGENT:LOGGEDIN' });
  await expect(page.getByTestId('agent-state')).toHaveAttribute('data-state', 'loggedin');
  await expect(page.getByTestId('pause-reason')).toHaveValue('');
  await refused(page, 'Alt+Shift+R', 'Back to available (Alt+Shift+R): you are available already');
  await press(page, 'Alt+Shift+P', ['AGENT.PauseSubState(BRK)']);
  await expect(page.getByTestId('pause-reason')).toHaveValue('BRK');
  await refused(page, 'Alt+Shift+P', 'Pause (Alt+Shift+P): already asked, waiting for AgentDesktop');
  await emit(page, { event: 'AGENT:PAUSE' });
  await expect(page.getByTestId('agent-pause-reason')).toHaveText('Coffee break');
  await refused(page, 'Alt+Shift+P', 'Pause (Alt+Shift+P): you are paused already');
  await press(page, 'Alt+Shift+R', ['AGENT.Login()']);
  await emit(page, { event: 'AGENT:LOGGEDIN' });
  await expect(page.getByTestId('agent-state')).toHaveAttribute('data-state', 'loggedin');
  // The reason the agent chose, from the select itself.
  await page.getByTestId('pause-reason').selectOption('TRN');
  await press(page, 'Alt+Shift+P', ['AGENT.PauseSubState(TRN)']);
  await emit(page, { event: 'AGENT:LOGGEDOUT' });
  await expect(page.getByTestId('agent-state')).toHaveAttribute('data-state', 'loggedout');
  await refused(page, 'Alt+Shift+P', 'Pause (Alt+Shift+P): you are logged out: log in first');
  await press(page, 'Alt+Shift+R', ['AGENT.Login()']);
  await expect(page.getByTestId('agent-pause')).toHaveAttribute('aria-keyshortcuts', 'Alt+Shift+P');
  await expect(page.getByTestId('agent-login')).toHaveAttribute('title', 'Shortcut: Alt+Shift+R');
});

test('pause without configured reasons: AGENT.Pause(), as the button', async ({ page }) => {
  await open(page);
  await emit(page, { event: 'AGENT:LOGGEDIN' });
  await expect(page.getByTestId('agent-state')).toHaveAttribute('data-state', 'loggedin');
  await press(page, 'Alt+Shift+P', ['AGENT.Pause()']);
});

/** An answered call `id`, cleared by the customer: after-call work. */
async function inAcw(page, id) {
  await emit(page, { event: 'ESTABLISHED', id, ani: '3393669393' });
  await emit(page, { event: 'CONNECTIONCLEARED', id });
  await emit(page, { event: 'JOBCHANGED', id, job_state: 'offline' });
  await expectPhase(page, id, 'acw');
}

test('end after-call work goes through the wrap-up form and never skips a required outcome', async ({ page }) => {
  await open(page, { wrapup_outcomes: OUTCOMES, wrapup_required: true });
  await refused(page, 'Alt+Shift+E', 'End after-call work (Alt+Shift+E): no contact in after-call work');
  await inAcw(page, 'A');
  await expect.poll(() => calls(page)).toEqual(['CONTACT.OfflineEnable(A,false)']);
  const outcome = contact(page, 'A').getByTestId('wrapup-outcome');
  // From outside the form: to the outcome, saying what to do.
  await press(page, 'Alt+Shift+E');
  await expect(outcome).toBeFocused();
  await expect(toast(page, 'Choose the outcome and write the note, then press Alt+Shift+E again')).toBeVisible();
  // From the form without an outcome: refused, as the button is.
  await refused(page, 'Alt+Shift+E', 'End after-call work (Alt+Shift+E): Choose an outcome to end after-call work');
  expect(await calls(page)).toEqual(['CONTACT.OfflineEnable(A,false)']);
  await outcome.selectOption('SALE');
  const note = contact(page, 'A').getByTestId('wrapup-note');
  await note.fill('call back Monday');
  // From the note: the chord types nothing, and ends after-call work as the button does.
  await press(page, 'Alt+Shift+E', [
    'CONTACT.SetCallData(A,OUTCOME=SALE;NOTE=call back Monday)',
    'CONTACT.OfflineEnable(A,true)',
    'CONTACT.OfflineEnd(A)',
  ]);
  await expect(note).toHaveValue('call back Monday');
  await refused(page, 'Alt+Shift+E', 'End after-call work (Alt+Shift+E): already asked, waiting for AgentDesktop');
});

test('end after-call work without outcomes configured: OfflineEnd at once', async ({ page }) => {
  await open(page);
  await inAcw(page, 'A');
  await press(page, 'Alt+Shift+E', ['CONTACT.OfflineEnd(A)']);
  await expect(contact(page, 'A').getByTestId('contact-offline-end')).toHaveAttribute('aria-keyshortcuts', 'Alt+Shift+E');
});

test('dial moves the focus to Make call\'s number, from anywhere in the widget', async ({ page }) => {
  await open(page);
  await page.getByTestId('theme-toggle').focus();
  await press(page, 'Alt+Shift+D');
  await expect(page.getByTestId('makecall-number')).toBeFocused();
  await expect(page.getByTestId('makecall-number')).toHaveAttribute('aria-keyshortcuts', 'Alt+Shift+D');
});

test('? outside a text field opens the list, in the agent\'s language; Escape closes it and gives the focus back', async ({ page }) => {
  await open(page, {}, '?lang=it');
  const toggle = page.getByTestId('theme-toggle');
  await toggle.focus();
  await page.keyboard.press('?');
  await expect(dialog(page)).toBeVisible();
  await expect(page.getByTestId('shortcuts-close')).toBeFocused();
  const row = (action) => page.locator(`[data-testid=shortcut-row][data-action=${action}]`);
  await expect(row('answer')).toContainText('Rispondi');
  await expect(row('answer').getByTestId('shortcut-chord')).toHaveText('Alt+Shift+Y');
  await expect(row('help')).toContainText('fuori da un campo di testo');
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(toggle).toBeFocused();
  // In a text field `?` is a character; the help chord opens the list from there.
  const destination = page.getByTestId('consult-destination');
  await destination.focus();
  await page.keyboard.press('?');
  await expect(destination).toHaveValue('?');
  await expect(dialog(page)).toBeHidden();
  await page.keyboard.press('Alt+Shift+K');
  await expect(dialog(page)).toBeVisible();
  await page.getByTestId('shortcuts-close').click();
  await expect(dialog(page)).toBeHidden();
  await expect(destination).toBeFocused();
  await expect(destination).toHaveValue('?');
  // The button opens it too.
  await page.getByTestId('shortcuts-open').click();
  await expect(dialog(page)).toBeVisible();
});

test('a configured chord replaces the default, null turns one off, and the list shows both', async ({ page }) => {
  await open(page, { shortcuts: { answer: 'ctrl+shift+f8', hangup: null, help: '' } });
  await emit(page, { event: 'RINGING', id: 'A' });
  await expectPhase(page, 'A', 'ringing');
  // The default no longer answers, and says nothing: it is no shortcut now.
  await page.keyboard.press('Alt+Shift+Y');
  await page.keyboard.press('Control+Shift+F8');
  await expect.poll(() => calls(page)).toEqual(['CONTACT.Answer(A)']);
  await expect(page.getByTestId('toast')).toHaveCount(0);
  await emit(page, { event: 'ESTABLISHED', id: 'A' });
  await expectPhase(page, 'A', 'connected');
  await page.keyboard.press('Alt+Shift+X');
  await page.keyboard.press('Alt+Shift+K');
  await expect(dialog(page)).toBeHidden();
  expect(await calls(page)).toEqual(['CONTACT.Answer(A)']);
  await expect(page.getByTestId('toast')).toHaveCount(0);
  const hangup = contact(page, 'A').getByTestId('contact-hangup');
  await expect(hangup).not.toHaveAttribute('aria-keyshortcuts', /./);
  await expect(hangup).not.toHaveAttribute('title', /./);
  await expect(contact(page, 'A').getByTestId('contact-answer')).toHaveAttribute('aria-keyshortcuts', 'Control+Shift+F8');
  await page.getByTestId('shortcuts-open').click();
  const row = (action) => page.locator(`[data-testid=shortcut-row][data-action=${action}]`);
  await expect(row('answer').getByTestId('shortcut-chord')).toHaveText('Ctrl+Shift+F8');
  await expect(row('hangup')).toHaveAttribute('data-off', 'true');
  await expect(row('hangup').getByTestId('shortcut-chord')).toHaveText('off');
  await expect(row('help').getByTestId('shortcut-chord')).toHaveText('off');
});

test('a bad shortcuts block: each problem reported, the rest of the configuration and the other chords apply', async ({ page }) => {
  await open(page, {
    pause_reasons: REASONS,
    ring_sound: false,
    shortcuts: { answr: 'Alt+Shift+Q', hold: 'Shift+H', ready: 'Alt+Shift+Y', pause: 'Alt+Shift+Q' },
  });
  await expect(page.getByTestId('toast')).toContainText('Configuration: 3 problems, listed in the event log');
  const log = page.getByTestId('log-entry');
  await expect(log.filter({ hasText: 'Configuration: unknown field "shortcuts.answr" ignored' })).toHaveCount(1);
  await expect(log.filter({ hasText: 'Configuration: the field "shortcuts.hold" must be a chord such as "Alt+Shift+Y"' })).toHaveCount(1);
  await expect(log.filter({ hasText: 'Configuration: "shortcuts.ready" asks for Alt+Shift+Y, already the shortcut of "answer": it has no shortcut' })).toHaveCount(1);
  // Everything else applies: the pause reasons, no ring tone, and the chords that could be used.
  await expect(page.getByTestId('pause-reason').locator('option')).toHaveText(['No reason', 'Coffee break', 'Training']);
  await expect(page.getByTestId('ring-toggle')).toHaveCount(0);
  await page.getByTestId('toast-close').first().click();
  await emit(page, { event: 'AGENT:LOGGEDIN' });
  await emit(page, { event: 'RINGING', id: 'A' });
  await expectPhase(page, 'A', 'ringing');
  await press(page, 'Alt+Shift+Y', ['CONTACT.Answer(A)']);
  await emit(page, { event: 'ESTABLISHED', id: 'A' });
  await expectPhase(page, 'A', 'connected');
  await press(page, 'Alt+Shift+H', ['CONTACT.Hold(A)']);
  await press(page, 'Alt+Shift+Q', ['AGENT.PauseSubState(BRK)']);
  await page.getByTestId('shortcuts-open').click();
  const row = (action) => page.locator(`[data-testid=shortcut-row][data-action=${action}]`);
  await expect(row('hold').getByTestId('shortcut-chord')).toHaveText('Alt+Shift+H');
  await expect(row('ready').getByTestId('shortcut-chord')).toHaveText('off');
  await expect(row('pause').getByTestId('shortcut-chord')).toHaveText('Alt+Shift+Q');
});
