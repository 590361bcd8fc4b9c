// The ring alert: a Web Audio ring tone while a contact is offered or ringing, unlocked by the first gesture
// in the widget and muted with ring-toggle; a desktop notification on a hidden page, once the agent allowed
// it. AudioContext and Notification are stand-ins recording what the widget does with them, and the page's
// visibility is the test's to set.
import { test, expect } from '@playwright/test';
import { AGENTDESKTOP, contact, expectPhase, openSimulator, withConfig } from './helpers.mjs';

const INBOUND = '13b-5d9daab7@B2BUAGW1.enghouse.com';

/** Runs in the page before the widget: stand-ins for Web Audio, Notification and the page's visibility. */
function standIns({ audio = true, permission = 'default', answer = 'granted' }) {
  const sound = { contexts: 0, started: 0, stopped: 0, resumes: 0, playing: () => sound.started - sound.stopped };
  window.__audio = sound;
  if (audio) {
    class Param {
      constructor(value) { this.value = value; this.steps = 0; }
      setTargetAtTime() { this.steps += 1; return this; }
      setValueAtTime() { return this; }
      cancelScheduledValues() { return this; }
    }
    class Node { connect(node) { return node; } disconnect() {} }
    class Oscillator extends Node {
      constructor() { super(); this.frequency = new Param(440); }
      start() { sound.started += 1; }
      stop() { sound.stopped += 1; }
    }
    class Gain extends Node { constructor() { super(); this.gain = new Param(1); } }
    // As a browser before the page's first user gesture: suspended until resume().
    window.AudioContext = class {
      constructor() { sound.contexts += 1; this.state = 'suspended'; this.currentTime = 0; this.destination = new Node(); }
      createGain() { return new Gain(); }
      createOscillator() { return new Oscillator(); }
      resume() { sound.resumes += 1; this.state = 'running'; return Promise.resolve(); }
      close() { this.state = 'closed'; return Promise.resolve(); }
    };
  } else {
    delete window.AudioContext;
    delete window.webkitAudioContext;
  }
  const notify = { requests: 0, shown: [], focused: 0 };
  window.__notify = notify;
  window.Notification = class {
    static permission = permission;
    static requestPermission() {
      notify.requests += 1;
      window.Notification.permission = answer;
      return Promise.resolve(answer);
    }
    constructor(title, options = {}) {
      Object.assign(this, { title, body: options.body, tag: options.tag, closed: false, onclick: null });
      notify.shown.push(this);
    }
    close() { this.closed = true; }
  };
  window.focus = () => { notify.focused += 1; };
  let hidden = false;
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
  window.__setHidden = (value) => { hidden = value; document.dispatchEvent(new Event('visibilitychange')); };
}

const playing = (page) => page.evaluate(() => window.__audio.playing());
const notifications = (page) => page.evaluate(() => window.__notify.shown.map(({ title, body, tag, closed }) => ({ title, body, tag, closed })));
const emit = (page, event) => page.evaluate((e) => window.__sdkTest.emit(JSON.stringify(e)), event);
const setHidden = (page, hidden) => page.evaluate((h) => window.__setHidden(h), hidden);

async function openAgentDesktop(page, query = '') {
  await page.goto(AGENTDESKTOP + query);
  await expect(page.getByTestId('sdk-status')).toHaveAttribute('data-mode', 'agentdesktop');
}

test.describe('ring tone', () => {
  test.use({ locale: 'it-IT' });

  test('rings while a call rings, blocked until a click in the widget, silent once answered', async ({ page }) => {
    await page.addInitScript(standIns, {});
    await openSimulator(page, '?simdelay=0');
    // The browser blocks sound until the page has had a gesture: the widget says so.
    await expect(page.getByTestId('ring-blocked')).toHaveText(
      'Il browser blocca il suono: fai clic o premi un tasto nel widget per attivare la suoneria');
    expect(await page.evaluate(() => window.__audio.resumes)).toBe(0);
    await page.getByTestId('contacts').click();
    await expect(page.getByTestId('ring-blocked')).toHaveCount(0);
    expect(await page.evaluate(() => window.__audio.resumes)).toBeGreaterThan(0);

    await page.getByTestId('agent-login').click();
    await page.getByTestId('sim-inbound').click();
    await expectPhase(page, INBOUND, 'ringing');
    await expect.poll(() => playing(page)).toBe(2);
    await expect(page.getByTestId('ring-alert')).toHaveAttribute('data-ringing', 'true');
    await contact(page, INBOUND).getByTestId('contact-answer').click();
    await expectPhase(page, INBOUND, 'connected');
    await expect.poll(() => playing(page)).toBe(0);
    await expect(page.getByTestId('ring-alert')).toHaveAttribute('data-ringing', 'false');
  });

  test('a key press unlocks the sound too', async ({ page }) => {
    await page.addInitScript(standIns, {});
    await openSimulator(page, '?simdelay=0');
    await expect(page.getByTestId('ring-blocked')).toBeVisible();
    await page.getByTestId('agent-login').focus();
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('ring-blocked')).toHaveCount(0);
  });

  test('stops when the ringing contact is cleared, and only when no contact rings any more', async ({ page }) => {
    await page.addInitScript(standIns, {});
    await openAgentDesktop(page);
    await emit(page, { event: 'POPUP', id: 'A', ani: '3393669393', queue: 'QUEUE25' });
    await emit(page, { event: 'RINGING', id: 'B', ani: '0612345678', queue: 'QUEUE25' });
    await expect.poll(() => playing(page)).toBe(2);
    await emit(page, { event: 'CONNECTIONCLEARED', id: 'A' });
    await expectPhase(page, 'A', 'cleared');
    // B still rings: one tone, never a second one on top.
    expect(await playing(page)).toBe(2);
    expect(await page.evaluate(() => window.__audio.started)).toBe(2);
    await emit(page, { event: 'ESTABLISHED', id: 'B' });
    await expect.poll(() => playing(page)).toBe(0);
  });

  test('a contact ringing before a reload rings again only once an event confirms it', async ({ page }) => {
    await page.addInitScript(standIns, {});
    await openAgentDesktop(page);
    await emit(page, { event: 'RINGING', id: 'A', ani: '3393669393', queue: 'QUEUE25' });
    await expect.poll(() => playing(page)).toBe(2);
    // Answered or dropped meanwhile, no event would ever come to stop it: restored, it stays silent.
    await page.reload();
    await expect(page.getByTestId('sdk-status')).toHaveAttribute('data-mode', 'agentdesktop');
    await expect(contact(page, 'A')).toHaveAttribute('data-restored', 'true');
    await expect(page.getByTestId('ring-alert')).toHaveAttribute('data-ringing', 'false');
    expect(await page.evaluate(() => window.__audio.started)).toBe(0);
    await emit(page, { event: 'RINGING', id: 'A', ani: '3393669393', queue: 'QUEUE25' });
    await expect(page.getByTestId('ring-alert')).toHaveAttribute('data-ringing', 'true');
    await expect.poll(() => playing(page)).toBe(2);
  });

  test('ring-toggle mutes and unmutes, remembered after a reload', async ({ page }) => {
    await page.addInitScript(standIns, {});
    await openAgentDesktop(page, '?lang=en');
    const toggle = page.getByTestId('ring-toggle');
    await expect(toggle).toHaveText('Ring tone');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await emit(page, { event: 'RINGING', id: 'A', ani: '3393669393' });
    await expect.poll(() => playing(page)).toBe(2);
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect.poll(() => playing(page)).toBe(0);

    await page.reload();
    await expect(page.getByTestId('sdk-status')).toHaveAttribute('data-mode', 'agentdesktop');
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    // Muted, nothing to unlock: no notice.
    await expect(page.getByTestId('ring-blocked')).toHaveCount(0);
    await emit(page, { event: 'RINGING', id: 'B', ani: '3393669393' });
    await expectPhase(page, 'B', 'ringing');
    expect(await page.evaluate(() => window.__audio.started)).toBe(0);
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => playing(page)).toBe(2);
  });

  test('ring_sound false: no tone, no toggle, no notice', async ({ page }) => {
    await page.addInitScript(standIns, {});
    await withConfig(page, { ring_sound: false });
    await openAgentDesktop(page);
    await emit(page, { event: 'RINGING', id: 'A', ani: '3393669393' });
    await expectPhase(page, 'A', 'ringing');
    await expect(page.getByTestId('ring-toggle')).toHaveCount(0);
    await expect(page.getByTestId('ring-blocked')).toHaveCount(0);
    expect(await page.evaluate(() => window.__audio.contexts)).toBe(0);
  });

  test('a browser without Web Audio: the tone shows as unavailable, the widget works', async ({ page }) => {
    await page.addInitScript(standIns, { audio: false });
    await openAgentDesktop(page, '?lang=en');
    await expect(page.getByTestId('ring-toggle')).toBeDisabled();
    await expect(page.getByTestId('ring-unavailable')).toHaveText('Ring tone not available in this browser');
    await emit(page, { event: 'RINGING', id: 'A', ani: '3393669393' });
    await expectPhase(page, 'A', 'ringing');
    await expect(page.getByTestId('toast')).toHaveCount(0);
  });
});

test.describe('desktop notification', () => {
  test.use({ locale: 'it-IT' });

  test('none without ring_notification', async ({ page }) => {
    await page.addInitScript(standIns, { permission: 'granted' });
    await openAgentDesktop(page);
    await expect(page.getByTestId('notify-toggle')).toHaveCount(0);
    await setHidden(page, true);
    await emit(page, { event: 'RINGING', id: 'A', ani: '3393669393', queue: 'QUEUE25' });
    await expectPhase(page, 'A', 'ringing');
    expect(await notifications(page)).toEqual([]);
  });

  test('asked only on notify-toggle; on a hidden page each ringing contact is named once; a click goes to the widget', async ({ page }) => {
    await page.addInitScript(standIns, {});
    await withConfig(page, { ring_notification: true });
    await openAgentDesktop(page);
    const toggle = page.getByTestId('notify-toggle');
    await expect(toggle).toHaveText('Notifiche desktop');
    await expect(toggle).toHaveAttribute('data-permission', 'default');
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    // Never on load.
    expect(await page.evaluate(() => window.__notify.requests)).toBe(0);
    await toggle.click();
    await expect(toggle).toHaveAttribute('data-permission', 'granted');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(await page.evaluate(() => window.__notify.requests)).toBe(1);

    // The agent sees the page: the widget is enough.
    await emit(page, { event: 'POPUP', id: 'A', ani: '3393669393', queue: 'QUEUE25' });
    await expectPhase(page, 'A', 'offered');
    expect(await notifications(page)).toEqual([]);
    // Hidden while A still rings: A is named (the directory knows the number).
    await setHidden(page, true);
    await expect.poll(() => notifications(page)).toEqual([
      { title: 'Chiamata in arrivo: Mario Rossi', body: 'Coda QUEUE25', tag: 'A', closed: false },
    ]);
    // Starts ringing while hidden: an unknown caller is their number.
    await emit(page, { event: 'RINGING', id: 'B', ani: '0299887766', queue: 'QUEUE7' });
    await emit(page, { event: 'RINGING', id: 'A', ani: '3393669393', queue: 'QUEUE25' });
    await expectPhase(page, 'B', 'ringing');
    await expect.poll(() => notifications(page)).toEqual([
      { title: 'Chiamata in arrivo: Mario Rossi', body: 'Coda QUEUE25', tag: 'A', closed: false },
      { title: 'Chiamata in arrivo: 0299887766', body: 'Coda QUEUE7', tag: 'B', closed: false },
    ]);

    // A click: the browser window, then the widget's tab in AgentDesktop.
    await page.evaluate(() => window.__notify.shown[1].onclick());
    await expect.poll(() => page.evaluate(() => window.__sdkTest.calls.filter((c) => /getContainerID|GoTo/.test(c))))
      .toEqual(['WIDGET.getContainerID()', 'TAB.GoTo(AGENTDESKTOP_STANDIN_WIDGET)']);
    expect(await page.evaluate(() => window.__notify.focused)).toBe(1);
    await expect(page.getByTestId('log-entry').filter({ hasText: 'AGENTDESKTOP.TAB.GoTo("AGENTDESKTOP_STANDIN_WIDGET")' }))
      .toHaveCount(1);
    expect((await notifications(page))[1].closed).toBe(true);

    // Answered: its notification goes; the page seen again: the rest go too.
    await emit(page, { event: 'ESTABLISHED', id: 'A' });
    await expect.poll(async () => (await notifications(page))[0].closed).toBe(true);
    await setHidden(page, false);
    await expect.poll(async () => (await notifications(page))[1].closed).toBe(true);
    await setHidden(page, true);
    // Each contact once: B, still ringing, is not named again; C, ringing after it, is.
    await emit(page, { event: 'RINGING', id: 'C', ani: '0299887755', queue: 'QUEUE7' });
    await expect.poll(async () => (await notifications(page)).map((n) => n.tag)).toEqual(['A', 'B', 'C']);
  });

  test('off until the agent turns them on, even with the permission already granted; on and off remembered', async ({ page }) => {
    // The widget shares AgentDesktop's origin: AgentDesktop's own permission does not turn them on.
    await page.addInitScript(standIns, { permission: 'granted' });
    await withConfig(page, { ring_notification: true });
    await openAgentDesktop(page, '?lang=en');
    const toggle = page.getByTestId('notify-toggle');
    await expect(toggle).toHaveAttribute('data-permission', 'granted');
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await page.reload();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await page.reload();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await setHidden(page, true);
    await emit(page, { event: 'RINGING', id: 'A', ani: '3393669393', queue: 'QUEUE25' });
    await expectPhase(page, 'A', 'ringing');
    expect(await notifications(page)).toEqual([]);
    await toggle.click();
    await expect.poll(() => notifications(page)).toEqual([
      { title: 'Incoming call: Mario Rossi', body: 'Queue QUEUE25', tag: 'A', closed: false },
    ]);
    expect(await page.evaluate(() => window.__notify.requests)).toBe(0);
  });

  test('refused permission is shown and never asked again', async ({ page }) => {
    await page.addInitScript(standIns, { answer: 'denied' });
    await withConfig(page, { ring_notification: true });
    await openAgentDesktop(page, '?lang=en');
    const toggle = page.getByTestId('notify-toggle');
    await toggle.click();
    await expect(toggle).toHaveAttribute('data-permission', 'denied');
    await expect(toggle).toBeDisabled();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(page.getByTestId('notify-denied'))
      .toHaveText("Notifications refused: allow them again in the browser's site settings");
    await toggle.click({ force: true });
    expect(await page.evaluate(() => window.__notify.requests)).toBe(1);
    await setHidden(page, true);
    await emit(page, { event: 'RINGING', id: 'A', ani: '3393669393' });
    await expectPhase(page, 'A', 'ringing');
    expect(await notifications(page)).toEqual([]);
  });

  test('refused in an earlier session: shown at once, in Italian, without asking', async ({ page }) => {
    await page.addInitScript(standIns, { permission: 'denied' });
    await withConfig(page, { ring_notification: true });
    await openAgentDesktop(page);
    await expect(page.getByTestId('notify-toggle')).toHaveAttribute('data-permission', 'denied');
    await expect(page.getByTestId('notify-denied'))
      .toHaveText('Notifiche rifiutate: si riattivano dalle impostazioni del sito nel browser');
    expect(await page.evaluate(() => window.__notify.requests)).toBe(0);
  });

  test('a notification that cannot be shown is reported, and the widget keeps working', async ({ page }) => {
    await page.addInitScript(standIns, { permission: 'granted' });
    await page.addInitScript(() => {
      const Stand = window.Notification;
      window.Notification = class extends Stand { constructor() { throw new TypeError('Illegal constructor'); } };
    });
    await withConfig(page, { ring_notification: true });
    await openAgentDesktop(page, '?lang=en');
    await page.getByTestId('notify-toggle').click();
    await expect(page.getByTestId('notify-toggle')).toHaveAttribute('aria-pressed', 'true');
    await setHidden(page, true);
    await emit(page, { event: 'RINGING', id: 'A', ani: '3393669393' });
    await expect(page.getByTestId('toast')).toContainText('Desktop notification not shown: Illegal constructor');
    await emit(page, { event: 'ESTABLISHED', id: 'A' });
    await expectPhase(page, 'A', 'connected');
  });

  test('without the Notification API the toggle shows it is unavailable', async ({ page }) => {
    await page.addInitScript(standIns, {});
    await page.addInitScript(() => { delete window.Notification; });
    await withConfig(page, { ring_notification: true });
    await openSimulator(page, '?simdelay=0&lang=en');
    await expect(page.getByTestId('notify-toggle')).toHaveAttribute('data-permission', 'unsupported');
    await expect(page.getByTestId('notify-toggle')).toBeDisabled();
    await expect(page.getByTestId('notify-unavailable')).toHaveText('Desktop notifications not available in this browser');
  });
});
