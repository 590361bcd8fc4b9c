// The payload's byte bounds, two ways, on the release build: the SDK crate's lexer (the widget's own
// contact callback, `delivery::read` and `delivery::bound`) against a library route done in the page,
// `JSON.parse` with a reviver that cuts each text and each member past its limit, the kept members then
// written back as JSON for the widget to parse. Each figure is the median time of delivering one payload
// of that shape, in milliseconds. Run after `trunk build --release`: `node bench/bounds.mjs`.
import { chromium } from '@playwright/test';
import { startServer } from '../e2e/serve.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 8193);
const server = await startServer({ sdkFixture: 'e2e/fixtures/agentdesktop_widget.js', listenPort: PORT });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
await page.goto(`http://127.0.0.1:${PORT}/AD/widget/`);
await page.waitForSelector('[data-testid=sdk-status][data-mode=agentdesktop]');
const figures = await page.evaluate(() => {
  // The crate's limits (delivery/bound.rs), in characters here: the library route sees no bytes.
  const TEXT = 4096, MEMBER = 16384, PAYLOAD = 65536;
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const shapes = {
    'one 5 MB field': JSON.stringify({ event: 'POPUP', id: 'A', ani: 'x'.repeat(5 * 1024 * 1024), queue: 'Q' }),
    'one 1 MB field': JSON.stringify({ event: 'POPUP', id: 'A', ani: 'x'.repeat(1024 * 1024), queue: 'Q' }),
    '50,000 members (1 MB)': JSON.stringify(Object.assign({ event: 'POPUP', id: 'A' },
      Object.fromEntries(Array.from({ length: 50000 }, (_, i) => [`x${i}`, `v${i}`])))),
    'CallData of 20,000 entries (1 MB)': JSON.stringify({ event: 'DATACHANGED', id: 'A',
      CallData: Array.from({ length: 20000 }, (_, i) => ({ name: `K${i}`, value: `value ${i}` })) }),
  };
  const reviver = function (key, value) {
    if (typeof value === 'string' && value.length > TEXT) return `${value.slice(0, TEXT)}…[truncated]`;
    if (key !== '' && typeof value === 'object' && value !== null && JSON.stringify(value).length > MEMBER) {
      return '…[truncated]';
    }
    return value;
  };
  const library = (text) => {
    const kept = {};
    let total = 0;
    for (const [name, value] of Object.entries(JSON.parse(text, reviver))) {
      const size = name.length + (typeof value === 'string' ? value.length : JSON.stringify(value).length);
      if (total + size <= PAYLOAD || name === 'event' || name === 'id') { kept[name] = value; total += size; }
    }
    return JSON.stringify(kept);
  };
  const out = {};
  for (const [shape, text] of Object.entries(shapes)) {
    const lexer = [], viaLibrary = [];
    for (let i = 0; i < 9; i++) {
      let start = performance.now();
      window.__sdkTest.emit(text);
      lexer.push(performance.now() - start);
      start = performance.now();
      window.__sdkTest.emit(library(text));
      viaLibrary.push(performance.now() - start);
    }
    out[shape] = { lexer: median(lexer), library: median(viaLibrary) };
  }
  return out;
});
console.log('shape | lexer (ms) | JSON.parse + reviver (ms)');
for (const [shape, { lexer, library }] of Object.entries(figures)) {
  console.log(`${shape} | ${lexer.toFixed(1)} | ${library.toFixed(1)}`);
}
await browser.close();
server.close();
