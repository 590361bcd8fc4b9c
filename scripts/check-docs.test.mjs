// The docs check catches what it is for: run on small repositories written here, each with one fault.
// `node --test scripts/` runs it; `make test` does.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkDocs } from './check-docs.mjs';

// Each repository written here goes when the tests are done.
const written = [];
after(() => written.forEach((root) => rmSync(root, { recursive: true, force: true })));

/// A repository with these files (path → text), and a Makefile with `dev` and `test`.
function repository(files) {
  const root = mkdtempSync(join(tmpdir(), 'check-docs-'));
  written.push(root);
  const all = {
    Makefile: 'dev: setup\n\ttrunk serve\n\ntest: setup\n\tbash scripts/test.sh\n\nsetup:\n\tbash scripts/setup.sh\n',
    '.gitignore': '/dist\n',
    'src/state/mod.rs': '// state\n',
    'examples/minimal/src/main.rs': 'fn main() {\n    answer();\n}\n',
    ...files,
  };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const GOOD_README = [
  '# Widget',
  'See [the guide](docs/guide.md), the [state](src/state/) and [Yew](https://yew.rs).',
  'The reducer lives in `src/state/mod.rs`; the build goes to `dist/`; keys look like `widget/session/2`.',
  '```sh', 'make dev', 'BENCH_ONLY=speed make test', '```',
  '```rust', 'fn main() {', '    answer();', '}', '```',
].join('\n');

test('a repository whose docs hold together passes', () => {
  const root = repository({ 'README.md': GOOD_README, 'docs/guide.md': 'Back to [the README](../README.md#widget).\n' });
  assert.deepEqual(checkDocs(root), []);
});

test('a relative link to nothing fails, naming the file and the line', () => {
  const root = repository({ 'README.md': GOOD_README, 'docs/guide.md': 'Intro.\n\nSee [deploying](deploying.md).\n' });
  assert.deepEqual(checkDocs(root), ['docs/guide.md:3: link to deploying.md: no such file']);
});

test('a link to a heading that does not exist fails', () => {
  const root = repository({
    'README.md': GOOD_README.replace('(docs/guide.md)', '(docs/guide.md#start)'),
    'docs/guide.md': '# Guide\n\n## Start `here`, now!\n\n[ok](#start-here-now), [ok too](guide.md#guide), [not](#the-end).\n',
  });
  assert.deepEqual(checkDocs(root), [
    'README.md:2: link to docs/guide.md#start: no such heading',
    'docs/guide.md:5: link to #the-end: no such heading',
  ]);
});

test('an image that is not there fails', () => {
  const root = repository({ 'README.md': GOOD_README, 'docs/guide.md': '![The widget](screenshot.png)\n' });
  assert.deepEqual(checkDocs(root), ['docs/guide.md:1: link to screenshot.png: no such file']);
});

test('a file path in backticks that does not exist fails', () => {
  const root = repository({ 'README.md': GOOD_README, 'docs/guide.md': 'The contacts: `src/state/contact.rs`.\n' });
  assert.deepEqual(checkDocs(root), ['docs/guide.md:1: `src/state/contact.rs`: no such file or folder']);
});

test('a link or a path outside the repository fails, even where the machine has it', () => {
  const root = repository({ 'README.md': GOOD_README, 'docs/guide.md': 'See [x](../../README.md) and `../../elsewhere/notes.md`.\n' });
  assert.deepEqual(checkDocs(root), [
    'docs/guide.md:1: link to ../../README.md: outside the repository',
    'docs/guide.md:1: `../../elsewhere/notes.md`: outside the repository',
  ]);
});

test('a make target the Makefile does not have fails, in a code block or in backticks', () => {
  const root = repository({
    'README.md': GOOD_README,
    'docs/guide.md': '```sh\nmake bench\n```\nThen `make docs`.\n',
  });
  assert.deepEqual(checkDocs(root), [
    'docs/guide.md:4: make docs: the Makefile has no such target',
    'docs/guide.md:2: make bench: the Makefile has no such target',
  ]);
});

test("a README rust block that is not the example's code fails", () => {
  const root = repository({ 'README.md': GOOD_README.replace('answer();', 'hang_up();'), 'docs/guide.md': '' });
  assert.deepEqual(checkDocs(root), ['README.md:8: this rust block is not verbatim in examples/minimal/src/main.rs']);
});

test('links and paths inside code are not links', () => {
  const root = repository({
    'README.md': GOOD_README,
    'docs/guide.md': '```text\n[not a link](nowhere.md)\n```\n`[nor this](nowhere.md)`\n',
  });
  assert.deepEqual(checkDocs(root), []);
});
