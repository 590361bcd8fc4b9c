// The names the wasm imports its JavaScript functions by, shortened in both files of a build.
//
// wasm-bindgen names each function the wasm imports from its glue after the Rust or JS name and a 16-digit
// hash (`__wbg_addEventListener_f2d27251d333a631`), so that crates linked into one module never clash.
// Once the module is linked, the name is only what the wasm and the glue agree on: `shortImportNames`
// drops the hash (a number keeps apart two imports of one name, `__wbg_new`, `__wbg_new_2`), in the wasm's
// import section and in the glue, and checks the result with the platform's own reading of the module.
// Run by scripts/minify.mjs.
//
// Written by hand because no tool at hand does only this: wasm-bindgen has no option for it, and
// binaryen's `--minify-imports` renames only Emscripten's `env` imports, while its variants that reach
// wasm-bindgen's module also rename the exports (`memory`, which the benchmark and the browser tests read).

const HASHED = /_[0-9a-f]{16}$/;

/// `{ wasm, glue }` with the hashed import names shortened; throws if the two files do not agree.
export function shortImportNames(wasm, glue) {
  const imports = readImports(wasm);
  const renamed = new Map();
  const taken = new Set(imports.map((i) => i.name));
  for (const { name } of imports) {
    if (!HASHED.test(name) || !/^[\w$]+$/.test(name)) continue;
    const base = name.replace(HASHED, '');
    let short = base;
    for (let n = 2; taken.has(short) || word(short).test(glue); n += 1) short = `${base}_${n}`;
    taken.add(short);
    renamed.set(name, short);
  }
  for (const [name, short] of renamed) {
    const pattern = word(name, 'g');
    if (!glue.match(pattern)) throw new Error(`the glue does not name the wasm's import ${name}`);
    glue = glue.replace(pattern, short);
  }
  const bytes = writeImports(wasm, imports.map((i) => ({ ...i, name: renamed.get(i.name) ?? i.name })));
  const expected = imports.map((i) => `${i.module} ${renamed.get(i.name) ?? i.name}`).join('\n');
  const actual = WebAssembly.Module.imports(new WebAssembly.Module(bytes)).map((i) => `${i.module} ${i.name}`);
  if (actual.join('\n') !== expected) throw new Error('the rewritten wasm does not import what was asked');
  return { wasm: bytes, glue, renamed: renamed.size };
}

/// `name` as a whole word of the glue (not part of a longer name).
function word(name, flags = '') {
  return new RegExp(`(?<![\\w$])${name.replaceAll('$', '\\$')}(?![\\w$])`, flags);
}

// The binary format (https://webassembly.github.io/spec/core/binary/): the 8-byte header, then sections,
// each an id byte and a LEB128 size; the import section (id 2) a count of (module, name, descriptor).

function readU32(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

function writeU32(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return out;
}

/// The import section's place in `bytes` and its entries, each descriptor kept as its raw bytes.
function importSection(bytes) {
  for (let at = 8; at < bytes.length; ) {
    const id = bytes[at];
    const [size, start] = readU32(bytes, at + 1);
    if (id === 2) return { begin: at, start, end: start + size };
    at = start + size;
  }
  return null;
}

function readImports(bytes) {
  const section = importSection(bytes);
  if (!section) return [];
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const readName = (at) => {
    const [length, from] = readU32(bytes, at);
    return [decoder.decode(bytes.subarray(from, from + length)), from + length];
  };
  let [count, at] = readU32(bytes, section.start);
  const imports = [];
  while (count-- > 0) {
    let module;
    let name;
    [module, at] = readName(at);
    [name, at] = readName(at);
    const from = at;
    const kind = bytes[at++];
    if (kind === 0) {
      [, at] = readU32(bytes, at); // a function: its type index
    } else if (kind === 1 || kind === 2) {
      if (kind === 1) at += 1; // a table: its element type, then limits as a memory's
      let flags;
      [flags, at] = readU32(bytes, at);
      if (flags & ~0x07) throw new Error(`import ${name}: limits this script does not read`);
      [, at] = readU32(bytes, at);
      if (flags & 1) [, at] = readU32(bytes, at);
    } else if (kind === 3) {
      at += 2; // a global: its value type and mutability
    } else {
      throw new Error(`import ${name}: a kind ${kind} this script does not read`);
    }
    imports.push({ module, name, descriptor: bytes.subarray(from, at) });
  }
  if (at !== section.end) throw new Error('the import section was not read to its end');
  return imports;
}

function writeImports(bytes, imports) {
  const section = importSection(bytes);
  const encoder = new TextEncoder();
  const name = (text) => {
    const utf8 = encoder.encode(text);
    return [...writeU32(utf8.length), ...utf8];
  };
  const body = [...writeU32(imports.length)];
  for (const i of imports) body.push(...name(i.module), ...name(i.name), ...i.descriptor);
  return Buffer.concat([
    bytes.subarray(0, section.begin),
    Uint8Array.from([2, ...writeU32(body.length), ...body]),
    bytes.subarray(section.end),
  ]);
}
