// Shared pieces of `npm run bench`: the result shape, statistics, a seeded random source, a tiny
// static server for the built app, and headless Chromium with the project's launch flags.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';

/** One printed line of the table. `budget` is an upper limit in `unit`; OVER when exceeded. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  budget?: number;
  /** Extra context printed next to the value (counts, spread). */
  detail?: string;
}

export interface Section {
  title: string;
  figures: Figure[];
  /** Lines printed under the table (lazy chunks, caveats). */
  notes: string[];
  /** Anything else worth keeping in .bench/latest.json (raw samples). */
  raw?: Record<string, unknown>;
}

export function median(samples: readonly number[]): number {
  return quantile(samples, 0.5);
}

/** Nearest-rank quantile: p90 of 7 samples is the 7th smallest, i.e. the worst but for rounding. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) throw new Error('No samples to summarize.');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1]!;
}

export const round = (value: number, digits = 1): number => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};

export { seededRandom, type Random } from '../../src/domain/random.ts';
import type { Random } from '../../src/domain/random.ts';

export function pick<T>(random: Random, items: readonly T[]): T {
  if (items.length === 0) throw new Error('pick() from an empty list');
  return items[Math.floor(random() * items.length)]!;
}

/** Picks a key of `weights` with probability proportional to its weight. */
export function weighted<K extends string>(random: Random, weights: Record<K, number>): K {
  const entries = Object.entries(weights) as [K, number][];
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let x = random() * total;
  for (const [key, w] of entries) {
    x -= w;
    if (x < 0) return key;
  }
  return entries[entries.length - 1]![0];
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a built app on a free port of 127.0.0.1 the way a static host would: hashed files under
 * /assets/ are cached for good, anything that is not a file gets index.html (client-side routes
 * such as /activity). No compression: the server is local, so transfer size hardly matters.
 */
export async function serveStatic(dir: string): Promise<StaticServer> {
  const root = resolve(dir);
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root + sep) && file !== root) {
      res.writeHead(403).end();
      return;
    }
    if (!existsSync(file) || !statSync(file).isFile()) file = join(root, 'index.html');
    const immutable = path.startsWith('/assets/');
    res.writeHead(200, {
      'content-type': MIME[extname(file)] ?? 'application/octet-stream',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The launch flags of playwright.config.ts (see ../shared/TOOLCHAIN.md). */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}. Install Debian's (apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/**
 * A fresh context (its own, empty IndexedDB) sized like the e2e tests. tsx compiles with
 * esbuild's keepNames, which wraps named functions in `__name(...)`; functions handed to
 * page.evaluate carry those calls into the page, so the page gets a do-nothing `__name`.
 */
export async function newBenchContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 860 } });
  await context.addInitScript('globalThis.__name = (fn) => fn;');
  return context;
}

/**
 * Installed before the app's scripts run: records `performance.now()` (ms since navigation
 * start) when the first element matching `selector` is in the DOM with a non-empty box, and
 * again after the next frame (requestAnimationFrame, then a task: the frame has been painted).
 * Read it back with `firstSeen(page)`.
 */
export function firstSeenScript(selector: string): string {
  return `(() => {
    const mark = { inDom: undefined, painted: undefined };
    globalThis.__benchFirstSeen = mark;
    const visible = () => {
      const el = document.querySelector(${JSON.stringify(selector)});
      if (!el) return false;
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0;
    };
    const found = () => {
      mark.inDom = performance.now();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => { mark.painted = performance.now(); };
        channel.port2.postMessage(0);
      });
    };
    const observer = new MutationObserver(() => {
      if (mark.inDom === undefined && visible()) { observer.disconnect(); found(); }
    });
    observer.observe(document, { childList: true, subtree: true });
  })();`;
}

export interface FirstSeen {
  inDom: number;
  painted: number;
  /** Navigation start → DOMContentLoaded done: the first page's scripts fetched and run. */
  domContentLoaded: number;
}

declare global {
  var __benchFirstSeen: { inDom?: number; painted?: number } | undefined;
}

/** Waits for the marks of firstSeenScript() and returns them. */
export async function firstSeen(page: Page, timeout = 30_000): Promise<FirstSeen> {
  await page.waitForFunction(() => globalThis.__benchFirstSeen?.painted !== undefined, undefined, {
    timeout,
    polling: 20,
  });
  return page.evaluate(() => {
    const mark = globalThis.__benchFirstSeen!;
    const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    return {
      inDom: mark.inDom!,
      painted: mark.painted!,
      domContentLoaded: nav?.domContentLoadedEventEnd ?? Number.NaN,
    };
  });
}
