// Figure 1, bundle: builds the app into a temporary folder (never dist/, which the e2e tests
// serve) and weighs what the first page loads: the entry script of index.html, every chunk it
// imports statically or preloads, and their CSS, gzipped. Lazy chunks (pages loaded on visit)
// are listed but not counted.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { round, type Section } from './lib.ts';

export const FIRST_PAGE_JS_BUDGET_KB = 150;

/** Runs `npx vite build` into `outDir` (with a manifest, used to cross-check the import graph). */
export async function buildInto(outDir: string): Promise<number> {
  const started = performance.now();
  const args = [
    'vite',
    'build',
    '--outDir',
    outDir,
    '--emptyOutDir',
    '--manifest',
    '--logLevel',
    'warn',
  ];
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn('npx', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d: Buffer) => output.push(d.toString()));
    child.stderr.on('data', (d: Buffer) => output.push(d.toString()));
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (code !== 0)
    throw new Error(`npx ${args.join(' ')} failed (exit ${code}):\n${output.join('')}`);
  return performance.now() - started;
}

/** Attribute values of the tags in index.html that load the first page. */
export function firstPageFromHtml(html: string): {
  scripts: string[];
  preloads: string[];
  styles: string[];
} {
  const attr = (tag: string, name: string) =>
    new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`).exec(tag)?.[1];
  const scripts: string[] = [];
  const preloads: string[] = [];
  const styles: string[] = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
    const src = attr(tag, 'src');
    if (src && attr(tag, 'type') === 'module') scripts.push(src);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    const rel = attr(tag, 'rel');
    const href = attr(tag, 'href');
    if (!href) continue;
    if (rel === 'modulepreload') preloads.push(href);
    if (rel === 'stylesheet') styles.push(href);
  }
  return { scripts, preloads, styles };
}

/**
 * The specifiers of a module's static imports. Bundlers hoist them to the top of a chunk, so
 * this reads the leading `import ... from "x"` / `import "x"` statements (skipping comments) and
 * stops at the first other statement; `import(...)` and `import.meta` are not static imports.
 */
export function staticImports(code: string): string[] {
  const found: string[] = [];
  const statement =
    /import\s*(?:(?:[\w$]+\s*,?\s*)?(?:\*\s*as\s*[\w$]+|\{[^}]*\})?\s*from\s*)?(["'])([^"']+)\1\s*;?/y;
  const gap = /(?:\s+|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/y;
  let at = 0;
  for (;;) {
    gap.lastIndex = at;
    gap.exec(code);
    at = gap.lastIndex;
    if (!code.startsWith('import', at)) break;
    // `import(` is a dynamic import, `import.meta` an expression, `imported` an identifier.
    if (!/[\s{*"']/.test(code[at + 6] ?? '')) break;
    statement.lastIndex = at;
    const match = statement.exec(code);
    if (!match) break;
    found.push(match[2]!);
    at = statement.lastIndex;
  }
  return found;
}

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

const kb = (bytes: number) => round(bytes / 1000, 2);
const gz = (data: Buffer) => gzipSync(data, { level: 9 }).length;

export async function benchBundle(outDir: string): Promise<Section> {
  const buildMs = await buildInto(outDir);
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const { scripts, preloads, styles } = firstPageFromHtml(html);
  if (scripts.length === 0)
    throw new Error('index.html has no module script: cannot find the entry chunk.');
  const toFile = (url: string) => url.replace(/^\//, '');

  // The first page: the entry, what index.html preloads, and the closure of static imports.
  const firstJs = new Set<string>();
  const queue = [...scripts, ...preloads].map(toFile);
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (firstJs.has(file)) continue;
    firstJs.add(file);
    const code = readFileSync(join(outDir, file), 'utf8');
    for (const spec of staticImports(code)) {
      if (!spec.startsWith('.') && !spec.startsWith('/')) continue; // bare specifiers: none in a build
      const resolved = spec.startsWith('/') ? toFile(spec) : join(file, '..', spec);
      queue.push(resolved);
    }
  }

  // Cross-check with Vite's manifest, and collect the CSS that static chunks bring in.
  const manifest = JSON.parse(
    readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8'),
  ) as Record<string, ManifestChunk>;
  const entry = Object.values(manifest).find((c) => c.isEntry);
  const viaManifest = new Set<string>();
  const firstCss = new Set(styles.map(toFile));
  const walk = (chunk: ManifestChunk | undefined) => {
    if (!chunk || viaManifest.has(chunk.file)) return;
    viaManifest.add(chunk.file);
    chunk.css?.forEach((css) => firstCss.add(css));
    chunk.imports?.forEach((key) => walk(manifest[key]));
  };
  walk(entry);
  const notes: string[] = [];
  const differ = [...firstJs]
    .filter((f) => !viaManifest.has(f))
    .concat([...viaManifest].filter((f) => !firstJs.has(f)));
  if (differ.length > 0)
    notes.push(
      `Note: index.html + import scan and Vite's manifest disagree on: ${differ.join(', ')}`,
    );

  const assets = readdirSync(join(outDir, 'assets'));
  const size = (file: string) => {
    const data = readFileSync(join(outDir, file));
    return { file, raw: data.length, gzip: gz(data) };
  };
  const first = [...firstJs].map(size).sort((a, b) => b.gzip - a.gzip);
  const css = [...firstCss].map(size);
  const lazy = assets
    .map((f) => `assets/${f}`)
    .filter((f) => f.endsWith('.js') && !firstJs.has(f))
    .map(size)
    .sort((a, b) => b.gzip - a.gzip);
  const lazyCss = assets
    .map((f) => `assets/${f}`)
    .filter((f) => f.endsWith('.css') && !firstCss.has(f))
    .map(size);
  const sum = (list: { gzip: number }[]) => list.reduce((s, x) => s + x.gzip, 0);
  const sumRaw = (list: { raw: number }[]) => list.reduce((s, x) => s + x.raw, 0);

  const line = (x: { file: string; raw: number; gzip: number }) =>
    `    ${x.file.padEnd(44)} ${kb(x.gzip).toFixed(2).padStart(8)} kB gz  (${kb(x.raw).toFixed(2)} kB raw)`;
  notes.push('  first-page JS chunks:', ...first.map(line));
  notes.push('  first-page CSS:', ...css.map(line));
  notes.push(`  lazy JS chunks (${lazy.length}, not counted):`, ...lazy.map(line));
  if (lazyCss.length > 0) notes.push('  lazy CSS:', ...lazyCss.map(line));
  notes.push(`  (gzip level 9, kB = 1000 bytes; vite build took ${Math.round(buildMs)} ms)`);

  return {
    title: 'Bundle',
    figures: [
      {
        name: 'First-page JS (gzip)',
        value: kb(sum(first)),
        unit: 'kB',
        budget: FIRST_PAGE_JS_BUDGET_KB,
        detail: `${first.length} chunks, ${kb(sumRaw(first)).toFixed(1)} kB raw`,
      },
      {
        name: 'First-page CSS (gzip)',
        value: kb(sum(css)),
        unit: 'kB',
        detail: `${kb(sumRaw(css)).toFixed(1)} kB raw`,
      },
      {
        name: 'Lazy JS, all chunks (gzip)',
        value: kb(sum(lazy)),
        unit: 'kB',
        detail: `${lazy.length} chunks, loaded on visit`,
      },
    ],
    notes,
    raw: {
      firstPageJs: first,
      firstPageCss: css,
      lazyJs: lazy,
      lazyCss,
      buildMs: Math.round(buildMs),
    },
  };
}
