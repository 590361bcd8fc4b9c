// Trunk's post-build hook: the page's JavaScript (wasm-bindgen's glue and the start-up loader) minified in
// the staging folder before it becomes dist/, and the names the wasm imports the glue's functions by
// shortened in both (scripts/wasm-imports.mjs). The sources stay as they are written and documented.
//
// Trunk has already written index.html by then, with a Subresource Integrity hash on the glue's
// modulepreload: the browser refuses a file whose hash does not match, so every `integrity` in the page is
// computed again from the file as it now is.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

import { shortImportNames } from './wasm-imports.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('minify.mjs runs as a Trunk post-build hook (TRUNK_STAGING_DIR is not set)');
  process.exit(1);
}
if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);
// Loaded only for a release build: `trunk serve` works before `npm ci` has installed terser.
const { minify } = await import('terser');

// Each glue `NAME.js` beside its module `NAME_bg.wasm`.
for (const name of readdirSync(dir).filter((f) => f.endsWith('_bg.wasm'))) {
  const [wasmFile, glueFile] = [join(dir, name), join(dir, name.replace(/_bg\.wasm$/, '.js'))];
  const { wasm, glue } = shortImportNames(readFileSync(wasmFile), readFileSync(glueFile, 'utf8'));
  writeFileSync(wasmFile, wasm);
  writeFileSync(glueFile, glue);
}

for (const name of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
  const file = join(dir, name);
  // The glue is an ES module whose exports the page imports by name; the loader a classic script whose
  // one global is its interface.
  const module = name !== 'loader.js';
  const { code } = await minify(readFileSync(file, 'utf8'), {
    module,
    toplevel: module,
    compress: { passes: 2 },
    mangle: true,
  });
  writeFileSync(file, code);
}

// Each tag with an integrity attribute: its hash, with the same algorithm, of the file its href names.
const page = join(dir, 'index.html');
const html = readFileSync(page, 'utf8').replace(/<[^>]*\bintegrity=[^>]*>/g, (tag) => {
  const href = /\bhref=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/.exec(tag);
  const integrity = /\bintegrity=(?:"|')?(sha256|sha384|sha512)-[^"'\s>]*(?:"|')?/.exec(tag);
  if (!href || !integrity) {
    console.error(`minify.mjs: cannot read the href and integrity of ${tag}`);
    process.exit(1);
  }
  const url = href[1] ?? href[2] ?? href[3];
  const algorithm = integrity[1];
  const digest = createHash(algorithm).update(readFileSync(join(dir, basename(url)))).digest('base64');
  return tag.replace(integrity[0], `integrity="${algorithm}-${digest}"`);
});
writeFileSync(page, html);
