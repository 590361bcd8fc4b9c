// Fails when the shipped files weigh more than the budget, gzip-compressed (deterministic: level 9).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

// The project's fence: the shipped build stays under 300 KB gzip. A fence, not a goal: below it, bytes are
// no reason to trade a dependency, a component or a behaviour (docs/benchmark.md has the sizes).
const BUDGET_GZIP_BYTES = 300 * 1024;
const dir = process.argv[2] ?? 'dist';
const files = readdirSync(dir).map((f) => join(dir, f)).filter((f) => statSync(f).isFile());
let total = 0;
for (const file of files) {
  const gz = gzipSync(readFileSync(file), { level: 9 }).length;
  total += gz;
  console.log(`${String(gz).padStart(8)} B gzip  ${file}`);
}
console.log(`${String(total).padStart(8)} B gzip  total (budget ${BUDGET_GZIP_BYTES} B)`);
if (total > BUDGET_GZIP_BYTES) {
  console.error(`size budget exceeded by ${total - BUDGET_GZIP_BYTES} B`);
  process.exit(1);
}
