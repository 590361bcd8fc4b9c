// The import names shortened by scripts/wasm-imports.mjs: on a small module written here, byte by byte,
// whose glue is an object of its imports. `node --test scripts/` runs it; `make test` does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shortImportNames } from './wasm-imports.mjs';

/// A module importing each name from `./widget_bg.js` as a function `() -> i32`, and exporting `sum`, which
/// adds what they return.
function module(names) {
  const bytes = (text) => [text.length, ...new TextEncoder().encode(text)];
  const size = (n) => (n < 128 ? [n] : [(n & 0x7f) | 0x80, n >> 7]);
  const section = (id, body) => [id, ...size(body.length), ...body];
  const imports = names.flatMap((name) => [...bytes('./widget_bg.js'), ...bytes(name), 0x00, 0x00]);
  const calls = names.flatMap((_, i) => (i === 0 ? [0x10, 0] : [0x10, i, 0x6a]));
  const code = [0x00, ...calls, 0x0b];
  return Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [1, 0x60, 0, 1, 0x7f]),
    ...section(2, [names.length, ...imports]),
    ...section(3, [1, 0]),
    ...section(7, [1, ...bytes('sum'), 0x00, names.length]),
    ...section(10, [1, code.length, ...code]),
  ]);
}

const NAMES = ['__wbg_new_0123456789abcdef', '__wbg_new_fedcba9876543210', '__wbindgen_init_externref_table'];
const GLUE = `const imports = { ${NAMES.map((n, i) => `${n}: () => ${10 ** i}`).join(', ')} };
function __wbg_new() {}`;

test('the hash goes from each hashed name, in the wasm and in the glue alike; a number keeps two apart', async () => {
  const { wasm, glue, renamed } = shortImportNames(module(NAMES), GLUE);
  assert.equal(renamed, 2);
  const names = WebAssembly.Module.imports(new WebAssembly.Module(wasm)).map((i) => i.name);
  // `__wbg_new` is a name of the glue already: the first import takes the next one free.
  assert.deepEqual(names, ['__wbg_new_2', '__wbg_new_3', '__wbindgen_init_externref_table']);
  assert.doesNotMatch(glue, /[0-9a-f]{16}/);
  const imports = new Function(`${glue}; return imports;`)();
  const { instance } = await WebAssembly.instantiate(wasm, { './widget_bg.js': imports });
  assert.equal(instance.exports.sum(), 111, 'each import still calls its own function');
});

test('a glue that does not name an import of the wasm stops the build', () => {
  assert.throws(() => shortImportNames(module(NAMES), GLUE.replace(NAMES[1], 'other')), /does not name/);
});
