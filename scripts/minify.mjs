// Trunk's post-build hook: the page's JavaScript (wasm-bindgen's glue and the start-up loader) minified in
// the staging folder before it becomes dist/. The sources stay as they are written and documented.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('minify.mjs runs as a Trunk post-build hook (TRUNK_STAGING_DIR is not set)');
  process.exit(1);
}
if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);
for (const name of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
  const file = join(dir, name);
  // The glue is an ES module whose exports the page imports by name; the loader a classic script whose
  // one global is its interface.
  const module = !name.startsWith('loader');
  const { code } = await minify(readFileSync(file, 'utf8'), { module, toplevel: module, compress: { passes: 2 }, mangle: true });
  writeFileSync(file, code);
}
