// The widget's benchmark, side by side with its yardstick: bench/yardstick/index.html, a hand-written
// plain-JS page doing the same work per event (parse, contact map and phase, guide-format log ring of
// 500, one render per frame; see bench/yardstick/README.md). Both pages load alternately in one run, through the same stand-in SDK
// (e2e/fixtures/agentdesktop_widget.js), and each figure is the median of ROUNDS runs; the table gives the
// widget's figure, the yardstick's, and their ratio. Also: shipped sizes, and the widget's memory over
// 401,000 events. Run with `make bench` (which builds the release first); writes bench-results/bench.json.
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const DIST = process.env.BENCH_DIST ?? 'dist';
// serve.mjs reads DIST_DIR when it loads.
process.env.DIST_DIR = DIST;
const BASELINE = process.env.BENCH_BASELINE ?? fileURLToPath(new URL('yardstick/index.html', import.meta.url));
const PORT = Number(process.env.BENCH_PORT ?? 8191);
const PAGES = {
  widget: `http://127.0.0.1:${PORT}/AD/widget/`,
  yardstick: `http://127.0.0.1:${PORT}/AD/baseline/`,
};
const ROUNDS = Math.max(5, Number(process.env.BENCH_ROUNDS ?? 5));
const SETTLE_MS = Number(process.env.BENCH_SETTLE_MS ?? 0);
const BURSTS = [10_000, 100_000];
const SIZE_FENCE = 300 * 1024; // as scripts/size-budget.mjs
// Targets as ratios to the yardstick: at most this many times its figure.
const TARGETS = { firstBoundMs: 1.2, renderedMs: 1.5, usPerEvent10000: 1.0, usPerEvent100000: 1.0, usPerEventOpen10000: 2.0, usPerEventOpen10000Warm: 2.0 };
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n) => `${(n / 1024 / 1024).toFixed(2)} MB`;

const HAS_YARDSTICK = existsSync(BASELINE);
if (!HAS_YARDSTICK && process.env.BENCH_ONLY !== 'open') {
  console.error(`the yardstick is missing: ${BASELINE} (set BENCH_BASELINE)`);
  process.exit(1);
}

// Sizes.
const files = readdirSync(DIST).map((f) => join(DIST, f)).filter((f) => statSync(f).isFile());
const sizes = files.map((file) => {
  const body = readFileSync(file);
  return {
    file,
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
});
const total = sizes.reduce((t, s) => ({ raw: t.raw + s.raw, gzip: t.gzip + s.gzip, brotli: t.brotli + s.brotli }),
  { raw: 0, gzip: 0, brotli: 0 });

const { startServer } = await import('../e2e/serve.mjs');
const server = await startServer({ sdkFixture: 'e2e/fixtures/agentdesktop_widget.js', listenPort: PORT,
  baseline: HAS_YARDSTICK ? BASELINE : undefined });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--enable-precise-memory-info',
    '--js-flags=--expose-gc'],
});

// Records, in page time, when the page first showed itself connected (index.html's shell counts: it is
// the widget's status bar until the widget's first render replaces it) and when the widget itself did,
// and keeps the wasm exports (the widget's) for reading its memory.
const probe = () => {
  window.__bench = { renderedAt: null, interactiveAt: null };
  addEventListener('TrunkApplicationStarted', (e) => { window.__bench.wasm = e.detail.wasm; });
  const widget = '[data-testid=sdk-status][data-mode=agentdesktop]';
  const either = `${widget}, [data-testid=shell-status][data-mode=agentdesktop]`;
  new MutationObserver((_, observer) => {
    if (window.__bench.renderedAt === null && document.querySelector(either)) {
      window.__bench.renderedAt = performance.now();
    }
    if (document.querySelector(widget)) {
      window.__bench.interactiveAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { subtree: true, childList: true, attributes: true });
};

async function freshPage(which) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(probe);
  await page.goto(PAGES[which]);
  // Settled: rendered, and exactly one callback bound (the widget has taken over from its start-up queue).
  await page.waitForFunction(() => window.__bench.interactiveAt !== null && window.__sdkTest.bound() === 1
    && (!window.__agentdesktopWidgetLoader || window.__agentdesktopWidgetLoader.taken));
  return { context, page };
}

// Full lifecycles of many contacts, delivered through the bound callback as JSON strings; the clock stops
// when the DOM shows the last contact finished (every burst is whole lifecycles).
async function burst(page, count) {
  return page.evaluate(async (count) => {
    const lifecycle = ['POPUP', 'RINGING', 'ESTABLISHED', 'HELD', 'RETRIEVED', 'CONNECTIONCLEARED', 'JOBCHANGED', 'JOBFINISHED'];
    const start = Number(window.__benchNext ?? 0);
    const id = (contact) => `${contact.toString(16)}-5d9daab7@B2BUAGW1.enghouse.com`;
    const payloads = [];
    for (let i = 0; i < count; i += 1) {
      const n = start + i;
      const contact = Math.floor(n / lifecycle.length);
      const event = lifecycle[n % lifecycle.length];
      payloads.push(JSON.stringify({
        event, id: id(contact), uuid: `uuid-${contact}`, chat_id: '',
        type: 'inbound', media_type: 'telephony', content_type: 'live', content_description: '', job_type: 'inbound',
        job_state: event === 'JOBCHANGED' ? 'offline' : event === 'JOBFINISHED' ? 'finished' : 'online',
        ani: '3393669393', dnis: '225727273', queue: 'QUEUE25', reason: '',
      }));
    }
    window.__benchNext = start + count;
    const last = `[data-testid=contact][data-contact-id="${id(Math.floor((start + count - 1) / lifecycle.length))}"][data-phase=finished]`;
    const t0 = performance.now();
    for (const payload of payloads) window.__sdkTest.emit(payload);
    await new Promise((resolve) => {
      const check = () => (document.querySelector(last) ? resolve() : requestAnimationFrame(check));
      check();
    });
    return performance.now() - t0;
  }, count);
}

// Contacts AgentDesktop never closes (a lost CONNECTIONCLEARED): each contact gets POPUP, RINGING and
// ESTABLISHED only, so a burst of 10,000 leaves 3,334 open, past the widget's bound of 500 open contacts
// (the contact that arrived first leaves the list for each one more, with a log entry). The clock stops
// when the DOM shows the last contact. The yardstick does the same work: the same bound, the same entry.
const OPEN_BURST = 10_000;
async function openBurst(page, count) {
  return page.evaluate(async (count) => {
    const lifecycle = ['POPUP', 'RINGING', 'ESTABLISHED'];
    const id = (contact) => `${contact.toString(16)}-open@B2BUAGW1.enghouse.com`;
    const payloads = [];
    for (let n = 0; n < count; n += 1) {
      const contact = Math.floor(n / lifecycle.length);
      const event = lifecycle[n % lifecycle.length];
      payloads.push(JSON.stringify({
        event, id: id(contact), uuid: `uuid-${contact}`, chat_id: '', type: 'inbound', media_type: 'telephony',
        content_type: 'live', content_description: '', job_type: 'inbound', job_state: 'online',
        ani: '3393669393', dnis: '225727273', queue: 'QUEUE25', reason: '',
      }));
    }
    const last = `[data-testid=contact][data-contact-id="${id(Math.floor((count - 1) / lifecycle.length))}"]`;
    const t0 = performance.now();
    for (const payload of payloads) window.__sdkTest.emit(payload);
    await new Promise((resolve) => {
      const check = () => (document.querySelector(last) ? resolve() : requestAnimationFrame(check));
      check();
    });
    return performance.now() - t0;
  }, count);
}

// The same burst on a page that has already handled a burst of 10,000 events whose contacts all finish
// (none left open), its render done: both pages' code is then as their engines optimise it for a page that
// has run a while (the widget's wasm starts on V8's baseline code and is optimised as it runs; the
// yardstick's JavaScript alike), so the figure is the cost of the open contacts, not of a cold start.
const WARM_UP = 10_000;
async function warmOpenBurst(page, count) {
  await burst(page, WARM_UP);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return openBurst(page, count);
}

// Both open-contacts bursts, at once and after a warm-up, each in a fresh page: µs per event.
async function openBursts(which) {
  const figures = {};
  for (const [key, run] of [['usPerEventOpen10000', openBurst], ['usPerEventOpen10000Warm', warmOpenBurst]]) {
    const { context, page } = await freshPage(which);
    figures[key] = ((await run(page, OPEN_BURST)) * 1000) / OPEN_BURST;
    await context.close();
  }
  return figures;
}

// With `open` contacts opened (as above, shown; past 500 the widget keeps the newest 500), one more
// contact's POPUP, and 100 more in one task: the time until the DOM shows the (last) new one. Per event,
// in µs.
async function withOpen(page, open, more) {
  await openBurst(page, open * 3);
  return page.evaluate(async (more) => {
    const id = (n) => `more-${n}@B2BUAGW1.enghouse.com`;
    // The burst's own layout and paint done first: two frames.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const t0 = performance.now();
    for (let n = 0; n < more; n += 1) {
      window.__sdkTest.emit(JSON.stringify({ event: 'POPUP', id: id(n), ani: '3393669393', queue: 'QUEUE25' }));
    }
    await new Promise((resolve) => {
      const check = () => (document.querySelector(`[data-testid=contact][data-contact-id="${id(more - 1)}"]`)
        ? resolve() : requestAnimationFrame(check));
      check();
    });
    return ((performance.now() - t0) * 1000) / more;
  }, more);
}

async function memory(page) {
  return page.evaluate(() => {
    // Twice: garbage that only a first collection's finalizers release (a huge payload's pieces of text)
    // would otherwise count as live.
    if (window.gc) { window.gc(); window.gc(); }
    return { jsHeap: performance.memory.usedJSHeapSize, wasm: window.__bench.wasm?.memory.buffer.byteLength ?? 0 };
  });
}

// Huge payloads, the widget alone: memory after 1,000 ordinary DATACHANGED payloads for one
// contact and after 1,000 of 5 MB; the longest main-thread task while 5 MB payloads arrive; and how long a
// click on Pause takes to reach the SDK meanwhile (from the input's own time stamp, so waiting behind a
// long task counts). BENCH_ONLY=huge runs this section alone; BENCH_ONLY=speed runs only the alternated
// rounds (start-up and per-event figures), without memory and huge payloads.
const ONLY = process.env.BENCH_ONLY;
const HUGE_BYTES = 5 * 1024 * 1024;
async function hugeMemory(bytes) {
  const { context, page } = await freshPage('widget');
  const result = await page.evaluate(async (bytes) => {
    const id = 'huge-5d9daab7@B2BUAGW1.enghouse.com';
    window.__sdkTest.emit(JSON.stringify({ event: 'POPUP', id, ani: '3393669393', queue: 'QUEUE25' }));
    window.__sdkTest.emit(JSON.stringify({ event: 'ESTABLISHED', id, job_state: 'online' }));
    const note = '7'.repeat(bytes);
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    for (let i = 0; i < 1_000; i += 1) {
      // A cons string: the page does not hold 1,000 copies; the widget reads each one whole.
      window.__sdkTest.emit(`{"event":"DATACHANGED","id":"${id}","n":${i},"note":"${note}"}`);
      if (i % 10 === 9) await frame();
    }
    await frame();
    return { jsHeap: 0, wasm: 0 };
  }, bytes);
  Object.assign(result, await memory(page));
  await context.close();
  return result;
}

async function hugeResponsiveness() {
  const { context, page } = await freshPage('widget');
  await page.evaluate(() => {
    window.__sdkTest.emit(JSON.stringify({ event: 'AGENT:LOGGEDIN' }));
    window.__huge = { longest: 0, longTasks: 0, latencies: [], clicks: [] };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        window.__huge.longTasks += 1;
        window.__huge.longest = Math.max(window.__huge.longest, entry.duration);
      }
    }).observe({ type: 'longtask' });
    addEventListener('click', (e) => { window.__huge.clicks.push(e.timeStamp); }, true);
    const pause = window.AGENTDESKTOP.AGENT.Pause;
    window.AGENTDESKTOP.AGENT.Pause = (...args) => {
      window.__huge.latencies.push(performance.now() - window.__huge.clicks.at(-1));
      return pause(...args);
    };
  });
  await page.getByTestId('agent-pause').waitFor();
  // Ten 5 MB POPUPs (the ani), one every 100 ms, each in a task of its own, with a click on Pause between.
  for (let i = 0; i < 10; i += 1) {
    await page.evaluate(({ i, bytes }) => {
      const ani = '3'.repeat(bytes);
      setTimeout(() => window.__sdkTest.emit(`{"event":"POPUP","id":"h${i}","queue":"QUEUE25","ani":"${ani}"}`), 0);
    }, { i, bytes: HUGE_BYTES });
    await page.getByTestId('agent-pause').click();
    await page.waitForTimeout(100);
  }
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=contact]').length >= 10);
  const result = await page.evaluate(() => ({
    longestTaskMs: window.__huge.longest, longTasks: window.__huge.longTasks,
    clickToSdkMs: Math.max(...window.__huge.latencies), clicks: window.__huge.latencies.length,
  }));
  await context.close();
  return result;
}

// The callback's own time for one 5 MB payload of each shape, three in a row on a fresh page (the first
// on a cold page), each payload a flat string as the SDK hands it over.
const SHAPES = ['one ASCII field', 'one field of accented letters', 'one field of \\n escapes',
  'an array of 2.6 million numbers', '330,000 small members'];
async function hugeShapes() {
  const shapes = {};
  for (const [index, shape] of SHAPES.entries()) {
    const { context, page } = await freshPage('widget');
    shapes[shape] = await page.evaluate(async ({ index, bytes }) => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const times = [];
      for (let i = 0; i < 3; i += 1) {
        const head = `{"event":"POPUP","id":"s${i}"`;
        const body = [
          () => `,"ani":"${'3'.repeat(bytes)}"}`,
          () => `,"ani":"${'é'.repeat(bytes / 2)}"}`,
          () => `,"ani":"${'\\n'.repeat(bytes / 2)}"}`,
          () => `,"n":[${'1,'.repeat(bytes / 2)}1]}`,
          () => `,${Array.from({ length: bytes / 16 }, (_, j) => `"m${j}":${j}`).join(',')}}`,
        ][index]();
        const payload = JSON.parse(JSON.stringify(head + body)); // flat
        await frame();
        const t0 = performance.now();
        window.__sdkTest.emit(payload);
        times.push(performance.now() - t0);
        await frame();
      }
      return times;
    }, { index, bytes: HUGE_BYTES });
    await context.close();
  }
  return shapes;
}

// BENCH_ONLY=open: the open-contacts figures alone (the widget alone when the yardstick is missing).
async function openFigures(which) {
  const result = {};
  Object.assign(result, await openBursts(which));
  for (const [open, more] of [[300, 1], [300, 100], [1000, 1], [1000, 100]]) {
    const { context, page } = await freshPage(which);
    result[`usPerNew${more}After${open}Opened`] = await withOpen(page, open, more);
    await context.close();
  }
  return result;
}
const OPEN_LABELS = {
  usPerEventOpen10000: 'per event, 10,000 leaving 3,334 open (µs)',
  usPerEventOpen10000Warm: 'the same, after a warm-up burst (µs)',
  usPerNew1After300Opened: 'one new, 300 opened (µs)',
  usPerNew100After300Opened: 'per new of 100 in one task, 300 opened',
  usPerNew1After1000Opened: 'one new, 1,000 opened (µs)',
  usPerNew100After1000Opened: 'per new of 100 in one task, 1,000 opened',
};
if (ONLY === 'open') {
  const pages = HAS_YARDSTICK ? ['widget', 'yardstick'] : ['widget'];
  const rounds = { widget: [], yardstick: [] };
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const which of pages) rounds[which].push(await openFigures(which));
  }
  console.log(`\nopen contacts: ${ROUNDS} alternated rounds, µs per event, medians`);
  console.log('figure                                        widget   yardstick   ratio   target');
  const figures = {};
  for (const key of Object.keys(rounds.widget[0])) {
    const widget = median(rounds.widget.map((r) => r[key]));
    const yardstick = HAS_YARDSTICK ? median(rounds.yardstick.map((r) => r[key])) : NaN;
    const ratio = widget / yardstick;
    const target = TARGETS[key];
    figures[key] = { widget, yardstick, ratio, target, met: target ? ratio <= target : undefined };
    const verdict = target ? `   ≤ ${target}×: ${ratio <= target ? 'met' : 'MISSED'}` : '';
    console.log(`${(OPEN_LABELS[key] ?? key).padEnd(40)} ${widget.toFixed(1).padStart(10)} ${HAS_YARDSTICK ? yardstick.toFixed(1).padStart(11) : '  (missing)'} ${HAS_YARDSTICK ? `${ratio.toFixed(2).padStart(6)}×` : ''}${HAS_YARDSTICK ? verdict : ''}`);
  }
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/bench-open.json', `${JSON.stringify({ date: new Date().toISOString(), rounds: ROUNDS, figures, samples: rounds }, null, 2)}\n`);
  console.log('\nwritten: bench-results/bench-open.json');
  await browser.close();
  server.close();
  process.exit(0);
}

const huge = ONLY === 'speed' ? null : {
  shapes: await hugeShapes(),
  ordinary: await hugeMemory(16),
  fiveMb: await hugeMemory(HUGE_BYTES),
  ...(await hugeResponsiveness()),
};
const printHuge = () => {
  if (!huge) return;
  console.log('\nhuge payloads (widget)                       JS heap       wasm');
  console.log(`after 1,000 ordinary DATACHANGED          ${mb(huge.ordinary.jsHeap).padStart(10)} ${mb(huge.ordinary.wasm).padStart(10)}`);
  console.log(`after 1,000 DATACHANGED of 5 MB           ${mb(huge.fiveMb.jsHeap).padStart(10)} ${mb(huge.fiveMb.wasm).padStart(10)}`);
  console.log(`longest main-thread task while ten 5 MB POPUPs arrive: ${huge.longTasks ? `${huge.longestTaskMs.toFixed(0)} ms (${huge.longTasks} over 50 ms)` : 'none over 50 ms'}`);
  console.log(`click on Pause → SDK call, slowest of ${huge.clicks}: ${huge.clickToSdkMs.toFixed(1)} ms`);
  console.log('callback time for one 5 MB payload (ms): first on a cold page, then two more');
  for (const [shape, times] of Object.entries(huge.shapes)) {
    console.log(`  ${shape.padEnd(34)} ${times.map((t) => t.toFixed(0)).join(' / ')}`);
  }
};
if (ONLY === 'huge') {
  printHuge();
  await browser.close();
  server.close();
  process.exit(0);
}

// Alternate the two pages, round after round, so both see the same machine.
const samples = { widget: [], yardstick: [] };
for (let round = 0; round < ROUNDS; round += 1) {
  for (const which of ['widget', 'yardstick']) {
    const sample = {};
    {
      const { context, page } = await freshPage(which);
      Object.assign(sample, await page.evaluate(() => ({
        firstBoundMs: window.__sdkTest.firstBoundAt,
        ownBoundMs: window.__sdkTest.boundAt,
        renderedMs: window.__bench.renderedAt,
        interactiveMs: window.__bench.interactiveAt,
      })));
      await context.close();
    }
    for (const count of BURSTS) {
      const { context, page } = await freshPage(which);
      // BENCH_SETTLE_MS: let a fresh page sit idle this long before its burst (0 by default: at once).
      if (SETTLE_MS > 0) await page.waitForTimeout(SETTLE_MS);
      sample[`usPerEvent${count}`] = ((await burst(page, count)) * 1000) / count;
      await context.close();
    }
    Object.assign(sample, await openBursts(which));
    samples[which].push(sample);
  }
}

// Memory: 1,000 events, then four bursts of 100,000 more on the same page. Wasm memory never shrinks: it
// rises to the bursts' high-water mark, then must stay there.
const memorySteps = {};
for (const which of ONLY === 'speed' ? [] : ['widget', 'yardstick']) {
  const { context, page } = await freshPage(which);
  await burst(page, 1_000);
  memorySteps[which] = [{ events: 1_000, ...(await memory(page)) }];
  for (let i = 1; i <= 4; i += 1) {
    await burst(page, 100_000);
    memorySteps[which].push({ events: 1_000 + i * 100_000, ...(await memory(page)) });
  }
  await context.close();
}
await browser.close();
server.close();

const FIGURES = [
  ['firstBoundMs', 'navigation → callback bound (ms)'],
  ['renderedMs', 'navigation → widget rendered (ms)'],
  ['usPerEvent10000', 'per event, burst of 10,000 (µs)'],
  ['usPerEvent100000', 'per event, burst of 100,000 (µs)'],
  ['usPerEventOpen10000', OPEN_LABELS.usPerEventOpen10000],
  ['usPerEventOpen10000Warm', OPEN_LABELS.usPerEventOpen10000Warm],
];
const figures = {};
for (const [key] of FIGURES) {
  const widget = median(samples.widget.map((s) => s[key]));
  const yardstick = median(samples.yardstick.map((s) => s[key]));
  figures[key] = { widget, yardstick, ratio: widget / yardstick, target: TARGETS[key], met: widget / yardstick <= TARGETS[key] };
}
figures.ownBoundMs = { widget: median(samples.widget.map((s) => s.ownBoundMs)) };
figures.interactiveMs = { widget: median(samples.widget.map((s) => s.interactiveMs)) };
const measuredMemory = ONLY !== 'speed';
const lastHeap = (which) => memorySteps[which].at(-1).jsHeap;
if (measuredMemory) {
  figures.jsHeap = { widget: lastHeap('widget'), yardstick: lastHeap('yardstick'), ratio: lastHeap('widget') / lastHeap('yardstick') };
}
const [last, previous] = measuredMemory ? [memorySteps.widget.at(-1), memorySteps.widget.at(-2)] : [];
const memoryFlat = measuredMemory ? last.wasm <= previous.wasm * 1.05 && last.jsHeap <= previous.jsHeap * 1.25 : null;
const mark = (ok) => (ok ? 'met' : 'MISSED');

console.log(`\nAgentDesktop widget benchmark: headless Chromium, release build, ${ROUNDS} alternated rounds, medians${SETTLE_MS ? `, bursts ${SETTLE_MS} ms after load` : ''}\n`);
console.log('file                                                     raw       gzip     brotli');
for (const s of [...sizes, { file: 'total', ...total }]) {
  console.log(`${s.file.padEnd(52)} ${kb(s.raw).padStart(10)} ${kb(s.gzip).padStart(10)} ${kb(s.brotli).padStart(10)}`);
}
console.log(`size: total gzip ${kb(total.gzip)}, fence ${kb(SIZE_FENCE)}: ${mark(total.gzip <= SIZE_FENCE)}\n`);
console.log('figure                                        widget   yardstick   ratio   target');
for (const [key, label] of FIGURES) {
  const f = figures[key];
  console.log(`${label.padEnd(40)} ${f.widget.toFixed(1).padStart(10)} ${f.yardstick.toFixed(1).padStart(11)} ${f.ratio.toFixed(2).padStart(6)}×   ≤ ${f.target}×: ${mark(f.met)}`);
}
if (measuredMemory) {
  console.log(`${'JS heap after 401,000 events'.padEnd(40)} ${mb(figures.jsHeap.widget).padStart(10)} ${mb(figures.jsHeap.yardstick).padStart(11)} ${figures.jsHeap.ratio.toFixed(2).padStart(6)}×`);
}
console.log(`(the widget's own callback, which takes over the start-up queue, is bound at ${figures.ownBoundMs.widget.toFixed(1)} ms;`);
console.log(` the widget's own render, in place of index.html's shell, shows it connected at ${figures.interactiveMs.widget.toFixed(1)} ms)`);
if (measuredMemory) {
  console.log('\nwidget memory after   JS heap       wasm');
  for (const m of memorySteps.widget) {
    console.log(`${String(m.events).padStart(7)} events ${mb(m.jsHeap).padStart(10)} ${mb(m.wasm).padStart(10)}`);
  }
  console.log(`memory flat (the last 100,000 events add nothing lasting): ${mark(memoryFlat)}`);
}
printHuge();

mkdirSync('bench-results', { recursive: true });
const report = {
  date: new Date().toISOString(), rounds: ROUNDS, settleMs: SETTLE_MS, sizes, total, sizeFence: SIZE_FENCE, figures, samples,
  memory: memorySteps, memoryFlat, huge,
};
writeFileSync('bench-results/bench.json', `${JSON.stringify(report, null, 2)}\n`);
console.log('\nwritten: bench-results/bench.json');
