// Where the time of the event path goes: loads a build (default dist/; a build whose wasm keeps its
// function names is far more telling, see the README), delivers a burst of events through the stand-in SDK
// under Chromium's sampling profiler, and prints self time grouped by what the code does.
// Usage: node bench/profile.mjs [DIST_DIR] [EVENTS] [open]
// With `open`, the burst is the benchmark's open-contacts one: POPUP, RINGING and ESTABLISHED per contact,
// no close, so a third of the events open a contact (past 500 open, the first to arrive leaves the list).
import { chromium } from '@playwright/test';

const dist = process.argv[2] ?? 'dist';
const events = Number(process.argv[3] ?? 10_000);
const open = process.argv[4] === 'open';
const PORT = Number(process.env.PROFILE_PORT ?? 8193);
// serve.mjs reads DIST_DIR when it loads.
process.env.DIST_DIR = dist;
const { startServer } = await import('../e2e/serve.mjs');
const server = await startServer({ sdkFixture: 'e2e/fixtures/agentdesktop_widget.js', listenPort: PORT });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});
const page = await browser.newPage();
await page.goto(`http://127.0.0.1:${PORT}/AD/widget/`);
await page.waitForSelector('[data-testid=sdk-status][data-mode=agentdesktop]');
const cdp = await page.context().newCDPSession(page);
// The payloads are built before the profiler starts: only delivering them, and rendering, is profiled.
await page.evaluate(({ count, open }) => {
  const lifecycle = open ? ['POPUP', 'RINGING', 'ESTABLISHED']
    : ['POPUP', 'RINGING', 'ESTABLISHED', 'HELD', 'RETRIEVED', 'CONNECTIONCLEARED', 'JOBCHANGED', 'JOBFINISHED'];
  const id = (c) => `${c.toString(16)}-5d9daab7@B2BUAGW1.enghouse.com`;
  const payloads = [];
  for (let n = 0; n < count; n += 1) {
    const event = lifecycle[n % lifecycle.length];
    const contact = Math.floor(n / lifecycle.length);
    payloads.push(JSON.stringify({ event, id: id(contact), uuid: `uuid-${contact}`, chat_id: '', type: 'inbound',
      media_type: 'telephony', content_type: 'live', content_description: '', job_type: 'inbound',
      job_state: event === 'JOBCHANGED' ? 'offline' : event === 'JOBFINISHED' ? 'finished' : 'online',
      ani: '3393669393', dnis: '225727273', queue: 'QUEUE25', reason: '' }));
  }
  const last = `[data-testid=contact][data-contact-id="${id(Math.floor((count - 1) / lifecycle.length))}"]`;
  window.__profile = { payloads, last: open ? last : `${last}[data-phase=finished]` };
}, { count: events, open });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
const [loopMs, totalMs] = await page.evaluate(async () => {
  const t0 = performance.now();
  for (const p of window.__profile.payloads) window.__sdkTest.emit(p);
  const t1 = performance.now();
  await new Promise((resolve) => { const check = () => (document.querySelector(window.__profile.last) ? resolve() : requestAnimationFrame(check)); check(); });
  return [t1 - t0, performance.now() - t0];
});
const { profile } = await cdp.send('Profiler.stop');
await browser.close();
server.close();

// Self time per node, then grouped by a few patterns on the function name.
const dt = new Map();
profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const GROUPS = [
  ['serde / JSON parsing', /serde|json_text|parse_event|ContactFields|from_texts|Deserial|Visitor/],
  ['reducer (contacts, log)', /state::|WidgetState|Contacts|EventLog|reduce|apply/],
  ['guide text format', /guide_text|format_event/],
  ['yew render and diff', /yew::|VTag|VList|VNode|Reconcil|bundle|lifecycle|scheduler|Component|view/],
  ['stylist', /stylist/],
  ['allocation and copies', /talc|alloc::|memcpy|memmove|memset|dealloc|realloc|drop_in_place|clone/i],
  ['formatting', /core::fmt|Display|write_str|format/],
  ['JS ⇄ wasm glue', /wasm_bindgen|__wbg|js_sys|web_sys|passStringToWasm|getStringFromWasm|decode|encode/],
  ['DOM (browser)', /^(appendChild|insertBefore|setAttribute|removeChild|createElement|set textContent|.*Element.*)$/],
  ['garbage collection', /garbage collector|\(garbage/],
  ['idle / program', /^\(idle\)|^\(program\)|^\(root\)/],
];
const totals = new Map();
let all = 0;
for (const node of profile.nodes) {
  const t = dt.get(node.id) ?? 0;
  if (!t) continue;
  all += t;
  const name = node.callFrame.functionName || node.callFrame.url || '(anonymous)';
  const group = GROUPS.find(([, re]) => re.test(name))?.[0] ?? `other: ${node.callFrame.url ? 'JS' : name}`;
  totals.set(group, (totals.get(group) ?? 0) + t);
}
console.log(`\n${events.toLocaleString('en')} events: delivered in ${loopMs.toFixed(0)} ms, shown in ${totalMs.toFixed(0)} ms (under the profiler)`);
console.log(`self time, ${(all / 1000).toFixed(0)} ms sampled (idle and program: mostly outside the burst)\n`);
for (const [group, t] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 16)) {
  console.log(`${group.padEnd(40)} ${(t / 1000).toFixed(1).padStart(8)} ms ${((100 * t) / all).toFixed(1).padStart(6)} %`);
}
// With a build that keeps names: the functions themselves.
const byName = new Map();
for (const node of profile.nodes) {
  const t = dt.get(node.id) ?? 0;
  if (t) {
    const name = (node.callFrame.functionName || node.callFrame.url || '(anonymous)').slice(0, 110);
    byName.set(name, (byName.get(name) ?? 0) + t);
  }
}
console.log('\nfunctions, by self time');
for (const [name, t] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.PROFILE_TOP ?? 25))) {
  console.log(`${((100 * t) / all).toFixed(1).padStart(6)} %  ${name}`);
}
