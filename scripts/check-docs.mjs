// Keeps the Markdown true to the repository. For every Markdown file (outside what .gitignore leaves out):
// - a relative link or image points to a file or folder that exists, inside the repository, and a link to
//   a heading (`robustness.md#bounded-by-bytes`) to a heading that exists;
// - a path in backticks (`src/state/`, `crates/agentdesktop-sdk/src/names.rs`) exists, when its first folder
//   does (relative to the repository or to the Markdown file; paths under what .gitignore leaves out, such as
//   `dist/`, are built, not kept, and are not checked); none leads outside the repository;
// - `make TARGET` in code names a target of the Makefile;
// - each rust block of README.md is verbatim in examples/minimal/src/main.rs, so the README's code is the
//   example's, compiled and tested end to end.
// `node scripts/check-docs.mjs [ROOT]` prints each problem and exits 1 if there is any; `make test` runs it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const README_CODE_SOURCE = 'examples/minimal/src/main.rs';

/// Paths .gitignore leaves out (`/dist`, `/examples/minimal/dist`), without their leading slash.
function ignoredPaths(root) {
  const file = join(root, '.gitignore');
  const lines = existsSync(file) ? readFileSync(file, 'utf8').split('\n') : [];
  return ['.git', ...lines.map((l) => l.trim().replace(/^\//, '').replace(/\/$/, '')).filter((l) => l && !l.startsWith('#'))];
}

const isUnder = (path, ignored) => ignored.some((i) => path === i || path.startsWith(`${i}/`));

function markdownFiles(root, ignored, dir = root) {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    if (isUnder(relative(root, path), ignored) || name === 'node_modules') return [];
    if (statSync(path).isDirectory()) return markdownFiles(root, ignored, path);
    return name.endsWith('.md') ? [path] : [];
  });
}

function makeTargets(root) {
  const file = join(root, 'Makefile');
  if (!existsSync(file)) return new Set();
  return new Set([...readFileSync(file, 'utf8').matchAll(/^([A-Za-z][\w-]*)\s*:(?!=)/gm)].map((m) => m[1]));
}

/// The Markdown split into prose (code blocks blanked, so their lines keep their numbers) and code: fenced
/// blocks with their language, and inline code spans.
function parse(text) {
  const blocks = [];
  const prose = [];
  let block = null;
  text.split('\n').forEach((line, index) => {
    const fence = line.match(/^\s*(```+|~~~+)\s*([\w-]*)/);
    if (block && fence && fence[1].startsWith(block.fence)) {
      blocks.push(block);
      block = null;
      prose.push('');
    } else if (block) {
      block.lines.push(line);
      prose.push('');
    } else if (fence) {
      block = { fence: fence[1], lang: fence[2], line: index + 1, lines: [] };
      prose.push('');
    } else {
      prose.push(line);
    }
  });
  const spans = prose.flatMap((line, index) =>
    [...line.matchAll(/(`+)(.+?)\1/g)].map((m) => ({ text: m[2].trim(), line: index + 1 })));
  // Links are looked for in prose with its code spans removed.
  const links = prose.flatMap((line, index) =>
    [...line.replace(/(`+).+?\1/g, '').matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)]
      .map((m) => ({ target: m[1], line: index + 1 })));
  return { blocks, spans, links, prose };
}

/// The anchors a code host makes for a Markdown file's headings: lower case, punctuation dropped, spaces
/// as hyphens.
function headingAnchors(file) {
  const { prose } = parse(readFileSync(file, 'utf8'));
  return new Set(prose.filter((line) => /^#{1,6}\s/.test(line)).map((line) => line.replace(/^#+\s+/, '').trim()
    .toLowerCase().replace(/`/g, '').replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-')));
}

const looksLikePath = (text) => /^[\w.-]+(\/[\w.-]+)*\/?$/.test(text) && text.includes('/') && !text.startsWith('/');

/// Every problem in the Markdown under `root`, as `file:line: message`.
export function checkDocs(root) {
  root = resolve(root);
  const ignored = ignoredPaths(root);
  const targets = makeTargets(root);
  const problems = [];
  const outside = (path) => relative(root, path).startsWith('..');
  for (const file of markdownFiles(root, ignored)) {
    const name = relative(root, file);
    const here = dirname(file);
    const { blocks, spans, links } = parse(readFileSync(file, 'utf8'));
    const report = (line, message) => problems.push(`${name}:${line}: ${message}`);

    for (const { target, line } of links) {
      if (/^[a-z][\w+.-]*:/i.test(target)) continue; // another site, a mail
      const [, pathPart, anchor] = target.match(/^([^#?]*)(?:\?[^#]*)?(?:#(.*))?$/);
      const path = pathPart ? resolve(here, decodeURIComponent(pathPart)) : file;
      if (outside(path)) report(line, `link to ${target}: outside the repository`);
      else if (!existsSync(path)) report(line, `link to ${target}: no such file`);
      else if (anchor && path.endsWith('.md') && !headingAnchors(path).has(anchor)) {
        report(line, `link to ${target}: no such heading`);
      }
    }

    for (const { text, line } of spans) {
      if (!looksLikePath(text)) continue;
      if (outside(resolve(here, text))) {
        report(line, `\`${text}\`: outside the repository`);
        continue;
      }
      const first = text.split('/')[0];
      for (const base of new Set([root, here])) {
        if (!existsSync(join(base, first)) || isUnder(relative(root, join(base, text)), ignored)) continue;
        if (!existsSync(join(base, text))) report(line, `\`${text}\`: no such file or folder`);
        break;
      }
    }

    const code = [...spans.map((s) => ({ text: s.text, line: s.line })),
      ...blocks.flatMap((b) => b.lines.map((text, i) => ({ text, line: b.line + 1 + i })))];
    for (const { text, line } of code) {
      for (const [, target] of text.matchAll(/(?:^|[\s;&|(])make\s+(?:[A-Z_]+=\S*\s+)*([a-z][\w-]*)/g)) {
        if (!targets.has(target)) report(line, `make ${target}: the Makefile has no such target`);
      }
    }

    if (name === 'README.md') {
      const source = existsSync(join(root, README_CODE_SOURCE)) ? readFileSync(join(root, README_CODE_SOURCE), 'utf8') : '';
      for (const block of blocks.filter((b) => b.lang === 'rust')) {
        if (!source.includes(block.lines.join('\n'))) {
          report(block.line, `this rust block is not verbatim in ${README_CODE_SOURCE}`);
        }
      }
    }
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..');
  const problems = checkDocs(root);
  for (const problem of problems) console.error(problem);
  if (problems.length > 0) {
    console.error(`\n${problems.length} problem(s) in the docs`);
    process.exit(1);
  }
  console.log('docs: every link, path and make target exists');
}
