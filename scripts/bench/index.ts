// `npm run bench`: the app's performance figures in one table, also written to .bench/latest.json.
// It reports and never gates: a figure over its budget prints OVER and the exit code stays 0;
// only a measurement that fails (a build error, a page that never shows a tile) exits non-zero.
// Timings depend on the machine and its load: compare runs on the same machine.
//
//   1. bundle.ts     first-page JS and CSS, gzipped (budget: JS ≤ 150 kB); lazy chunks listed
//   2. firstTile.ts  navigation → first device tile, fresh contexts and warm reloads
//   3. execute.ts    execute() and advance() on the demo home, in Node
//   4. indexeddb.ts  100,000 events in real IndexedDB: write, entity day, feed pages, /activity
//   5. interpret.ts  interpret() µs per utterance (HA corpus, large home; budget: median ≤ 50 µs),
//                    and `npm run -s interpret`: start and 1,000 requests
//   6. routines.ts   the scheduler and runner with 1,000 routines, a week at 3600×
//   7. skills.ts     interpret() with 100 skills, a question to the largest Q&A, suggestions
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from '@playwright/test';
import { benchBundle } from './bundle.ts';
import { benchExecute } from './execute.ts';
import { benchFirstTile } from './firstTile.ts';
import { benchHunchesInPage } from './hunchesInPage.ts';
import { benchIndexedDb } from './indexeddb.ts';
import { benchInterpret } from './interpret.ts';
import { benchRoutines } from './routines.ts';
import { benchSkills } from './skills.ts';
import { benchAwareness } from './awareness.ts';
import { benchLearning } from './learning.ts';
import {
  launchChromium,
  serveStatic,
  type Figure,
  type Section,
  type StaticServer,
} from './lib.ts';

interface Outcome {
  title: string;
  section?: Section;
  error?: string;
  seconds: number;
}

async function run(title: string, measure: () => Promise<Section>): Promise<Outcome> {
  const started = performance.now();
  process.stderr.write(`bench: ${title}…\n`);
  try {
    const section = await measure();
    return { title, section, seconds: (performance.now() - started) / 1000 };
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return { title, error: message, seconds: (performance.now() - started) / 1000 };
  }
}

const status = (f: Figure) => (f.budget === undefined ? '' : f.value <= f.budget ? 'PASS' : 'OVER');
const fmt = (value: number) =>
  Number.isInteger(value)
    ? value.toLocaleString('en-GB')
    : value.toLocaleString('en-GB', { maximumFractionDigits: 2 });

function print(outcomes: Outcome[]): void {
  const rows = outcomes.flatMap((o) => o.section?.figures ?? []);
  const nameWidth = Math.max(30, ...rows.map((f) => f.name.length));
  const valueWidth = Math.max(10, ...rows.map((f) => `${fmt(f.value)} ${f.unit}`.length));
  const line = (name: string, value: string, budget: string, state: string, detail: string) =>
    `  ${name.padEnd(nameWidth)}  ${value.padStart(valueWidth)}  ${budget.padEnd(11)}  ${state.padEnd(6)}  ${detail}`.trimEnd();
  const out: string[] = ['', line('Figure', 'Value', 'Budget', 'Status', 'Detail')];
  out.push(`  ${'-'.repeat(nameWidth + valueWidth + 32)}`);
  for (const o of outcomes) {
    out.push('', `${o.title}  (${o.seconds.toFixed(1)} s)`);
    if (o.error) {
      out.push(`  FAILED: ${o.error.split('\n').join('\n          ')}`);
      continue;
    }
    for (const f of o.section!.figures) {
      const budget = f.budget === undefined ? '' : `≤ ${fmt(f.budget)} ${f.unit}`;
      out.push(line(f.name, `${fmt(f.value)} ${f.unit}`, budget, status(f), f.detail ?? ''));
    }
    out.push(...o.section!.notes);
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

function gitCommit(): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return undefined;
  }
}

async function main(): Promise<number> {
  const started = performance.now();
  const outDir = mkdtempSync(join(tmpdir(), 'teachable-home-bench-'));
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  let browserVersion: string | undefined;
  const outcomes: Outcome[] = [];
  try {
    const bundle = await run('Bundle', () => benchBundle(outDir));
    outcomes.push(bundle);
    outcomes.push(await run('execute() throughput (Node)', () => benchExecute()));
    outcomes.push(await run('interpret() and the command line (Node)', () => benchInterpret()));
    outcomes.push(await run('Routines (Node)', () => benchRoutines()));
    outcomes.push(await run('Skills (Node)', () => benchSkills()));
    outcomes.push(await run('Awareness (Node)', () => benchAwareness()));
    outcomes.push(await run('Learning (Node)', () => benchLearning()));
    let cannot = bundle.error ? 'not measured: the build failed' : undefined;
    if (!cannot) {
      try {
        server = await serveStatic(outDir);
        browser = await launchChromium();
        browserVersion = `Chromium ${browser.version()}`;
      } catch (error) {
        cannot = `not measured: ${error instanceof Error ? error.message : String(error)}`;
      }
    }
    if (cannot || !browser || !server) {
      const error = cannot ?? 'not measured';
      outcomes.push(
        { title: 'Time to first tile (headless Chromium)', error, seconds: 0 },
        { title: 'IndexedDB at scale (headless Chromium)', error, seconds: 0 },
        { title: 'The assistant in the page (headless Chromium)', error, seconds: 0 },
      );
    } else {
      const b = browser;
      const url = server.url;
      outcomes.push(
        await run('Time to first tile (headless Chromium)', () => benchFirstTile(b, url)),
      );
      outcomes.push(
        await run('IndexedDB at scale (headless Chromium)', () => benchIndexedDb(b, url)),
      );
      outcomes.push(
        await run('The assistant in the page (headless Chromium)', () =>
          benchHunchesInPage(b, url),
        ),
      );
    }
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.close().catch(() => undefined);
    rmSync(outDir, { recursive: true, force: true });
  }

  print(outcomes);
  const failed = outcomes.filter((o) => o.error);
  const over = outcomes
    .flatMap((o) => o.section?.figures ?? [])
    .filter((f) => status(f) === 'OVER');
  const seconds = (performance.now() - started) / 1000;
  const summary = `${failed.length === 0 ? 'All figures measured' : `${failed.length} measurement(s) FAILED`}; ${over.length} over budget; ${seconds.toFixed(0)} s in all.`;
  process.stdout.write(`\n${summary}\n`);

  const report = {
    date: new Date().toISOString(),
    commit: gitCommit(),
    node: process.version,
    seconds: Math.round(seconds),
    browser: browserVersion,
    sections: outcomes.map((o) => ({
      title: o.title,
      seconds: Math.round(o.seconds * 10) / 10,
      ...(o.error ? { error: o.error } : {}),
      ...(o.section
        ? {
            figures: o.section.figures.map((f) => ({
              ...f,
              ...(f.budget !== undefined ? { status: status(f) } : {}),
            })),
            notes: o.section.notes,
            raw: o.section.raw,
          }
        : {}),
    })),
  };
  const reportDir = fileURLToPath(new URL('../../.bench/', import.meta.url));
  mkdirSync(reportDir, { recursive: true });
  writeFileSync(join(reportDir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write('Written to .bench/latest.json\n');
  return failed.length === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
