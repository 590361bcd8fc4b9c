// The widget's benchmark: shipped sizes, load time, event throughput and memory, measured in headless
// Chromium against the release build in dist/. Prints one table and writes bench-results/bench.json.
// Run with `make bench` (which builds the release first).
import { chromium } from '@playwright/test';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { startServer } from '../e2e/serve.mjs';

const DIST = 'dist';
const PORT = 8191;
const URL = `http://127.0.0.1:${PORT}/AD/widget/`;
const LOADS = 20;
const BURSTS = [1_000, 10_000, 100_000];
const TARGETS = { gzipTotalBytes: 200 * 1024, usPerEventAt10k: 50, readyMs: 300 };
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

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

const server = await startServer({ sdkFixture: 'e2e/fixtures/agentdesktop_widget.js', listenPort: PORT });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--enable-precise-memory-info',
    '--js-flags=--expose-gc'],
});

// Records, in page time, when the widget bound its callback and when it first rendered connected, and
// keeps the wasm exports for reading its memory.
const probe = () => {
  window.__bench = { renderedAt: null };
  addEventListener('TrunkApplicationStarted', (e) => { window.__bench.wasm = e.detail.wasm; });
  new MutationObserver((_, observer) => {
    if (document.querySelector('[data-testid=sdk-status][data-mode=agentdesktop]')) {
      window.__bench.renderedAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { subtree: true, childList: true, attributes: true });
};

async function freshPage() {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(probe);
  await page.goto(URL);
  await page.waitForFunction(() => window.__bench.renderedAt !== null && window.__sdkTest.bound() === 1);
  return { context, page };
}

// Load: navigation to a bound callback and a rendered widget, median of LOADS fresh loads.
const loads = [];
for (let i = 0; i < LOADS; i += 1) {
  const { context, page } = await freshPage();
  loads.push(await page.evaluate(() => ({ bound: window.__sdkTest.boundAt, rendered: window.__bench.renderedAt })));
  await context.close();
}
const load = { boundMs: median(loads.map((l) => l.bound)), renderedMs: median(loads.map((l) => l.rendered)) };

// Throughput: full lifecycles of many contacts, delivered through the real callback as JSON strings; the
// clock stops when the DOM shows the last event.
async function burst(page, count) {
  return page.evaluate(async (count) => {
    const lifecycle = ['POPUP', 'RINGING', 'ESTABLISHED', 'HELD', 'RETRIEVED', 'CONNECTIONCLEARED', 'JOBCHANGED', 'JOBFINISHED'];
    const start = Number(window.__benchNext ?? 0);
    const payloads = [];
    for (let i = 0; i < count; i += 1) {
      const n = start + i;
      const contact = Math.floor(n / lifecycle.length);
      const event = lifecycle[n % lifecycle.length];
      payloads.push(JSON.stringify({
        event, id: `${contact.toString(16)}-5d9daab7@B2BUAGW1.enghouse.com`, uuid: `uuid-${contact}`, chat_id: '',
        type: 'inbound', media_type: 'telephony', content_type: 'live', content_description: '', job_type: 'inbound',
        job_state: event === 'JOBCHANGED' ? 'offline' : event === 'JOBFINISHED' ? 'finished' : 'online',
        ani: '3393669393', dnis: '225727273', queue: 'QUEUE25', reason: '',
      }));
    }
    window.__benchNext = start + count;
    const counter = () => document.querySelector('[data-testid=event-log]')?.previousElementSibling?.textContent ?? '';
    const before = Number((counter().match(/(\d+) in this session/) ?? [0, 0])[1]);
    const t0 = performance.now();
    for (const payload of payloads) window.__sdkTest.emit(payload);
    const expected = `${before + count} in this session`;
    await new Promise((resolve) => {
      const check = () => (counter().includes(expected) ? resolve() : requestAnimationFrame(check));
      check();
    });
    return performance.now() - t0;
  }, count);
}

async function memory(page) {
  return page.evaluate(() => {
    if (window.gc) window.gc();
    return { jsHeap: performance.memory.usedJSHeapSize, wasm: window.__bench.wasm.memory.buffer.byteLength };
  });
}

const throughput = [];
for (const count of BURSTS) {
  const { context, page } = await freshPage();
  const ms = await burst(page, count);
  throughput.push({ events: count, ms, usPerEvent: (ms * 1000) / count });
  await context.close();
}
throughput.forEach((t, i) => { t.growth = i === 0 ? null : t.ms / throughput[i - 1].ms; });

// Memory after 1,000 events, then after each of four bursts of 100,000 more on the same page. Wasm
// memory never shrinks: it rises to the bursts' high-water mark, then must stay there.
const { context, page } = await freshPage();
await burst(page, 1_000);
const memorySteps = [{ events: 1_000, ...(await memory(page)) }];
for (let i = 1; i <= 4; i += 1) {
  await burst(page, 100_000);
  memorySteps.push({ events: 1_000 + i * 100_000, ...(await memory(page)) });
}
await context.close();
await browser.close();
server.close();

const at10k = throughput.find((t) => t.events === 10_000);
const readyMs = Math.max(load.boundMs, load.renderedMs);
const verdicts = {
  size: total.gzip <= TARGETS.gzipTotalBytes,
  throughput: at10k.usPerEvent <= TARGETS.usPerEventAt10k,
  load: readyMs <= TARGETS.readyMs,
};
const mark = (ok) => (ok ? 'met' : 'MISSED');

console.log('\nAgentDesktop widget benchmark (headless Chromium, release build)\n');
console.log('file                                                     raw       gzip     brotli');
for (const s of [...sizes, { file: 'total', ...total }]) {
  console.log(`${s.file.padEnd(52)} ${kb(s.raw).padStart(10)} ${kb(s.gzip).padStart(10)} ${kb(s.brotli).padStart(10)}`);
}
console.log(`\nsize: total gzip ${kb(total.gzip)}, target ≤ ${kb(TARGETS.gzipTotalBytes)}: ${mark(verdicts.size)}`);
console.log(`load (median of ${LOADS}): callback bound at ${load.boundMs.toFixed(1)} ms, widget rendered at ${load.renderedMs.toFixed(1)} ms; target ≤ ${TARGETS.readyMs} ms: ${mark(verdicts.load)}`);
console.log('\nevents      total ms   µs/event   growth vs previous');
for (const t of throughput) {
  console.log(`${String(t.events).padStart(7)} ${t.ms.toFixed(1).padStart(12)} ${t.usPerEvent.toFixed(2).padStart(10)}   ${t.growth === null ? '' : `${t.growth.toFixed(2)}x for 10x the events`}`);
}
console.log(`target at 10,000: ≤ ${TARGETS.usPerEventAt10k} µs/event: ${mark(verdicts.throughput)}`);
console.log('\nmemory after      JS heap       wasm');
for (const m of memorySteps) {
  console.log(`${String(m.events).padStart(7)} events ${kb(m.jsHeap).padStart(10)} ${kb(m.wasm).padStart(10)}`);
}
const [last, previous] = [memorySteps.at(-1), memorySteps.at(-2)];
verdicts.memory = last.wasm <= previous.wasm * 1.05 && last.jsHeap <= previous.jsHeap * 1.25;
console.log(`bounded (the last 100,000 events add nothing lasting): ${mark(verdicts.memory)}`);

mkdirSync('bench-results', { recursive: true });
const report = { date: new Date().toISOString(), sizes, total, load, throughput, memory: memorySteps, targets: TARGETS, verdicts };
writeFileSync('bench-results/bench.json', `${JSON.stringify(report, null, 2)}\n`);
console.log('\nwritten: bench-results/bench.json');
