// Figure 2, time to first tile: the built app in headless Chromium, from navigation start to the
// first device tile painted, measured inside the page with performance.now() (so Playwright's
// own overhead is not counted). First visits each get a fresh context, whose empty IndexedDB
// makes the app load the demo scenario; warm reloads reuse one context.
import type { Browser } from '@playwright/test';
import {
  firstSeen,
  firstSeenScript,
  median,
  newBenchContext,
  quantile,
  round,
  type FirstSeen,
  type Section,
} from './lib.ts';

const LOADS = 7;
const TILE = '[data-testid^="tile-"]';

async function firstVisit(browser: Browser, url: string): Promise<FirstSeen> {
  const context = await newBenchContext(browser, url);
  try {
    await context.addInitScript(firstSeenScript(TILE));
    const page = await context.newPage();
    await page.goto('/');
    return await firstSeen(page);
  } finally {
    await context.close();
  }
}

export async function benchFirstTile(browser: Browser, url: string): Promise<Section> {
  // One load that is not counted: the browser's first page pays for process start-up.
  await firstVisit(browser, url);

  const freshLoads: FirstSeen[] = [];
  for (let i = 0; i < LOADS; i++) freshLoads.push(await firstVisit(browser, url));

  const warmLoads: FirstSeen[] = [];
  const context = await newBenchContext(browser, url);
  try {
    await context.addInitScript(firstSeenScript(TILE));
    const page = await context.newPage();
    await page.goto('/');
    await firstSeen(page);
    for (let i = 0; i < LOADS; i++) {
      // Let the page settle (the first simulation write, the heartbeat) as a person would.
      await page.waitForTimeout(300);
      await page.reload();
      warmLoads.push(await firstSeen(page));
    }
  } finally {
    await context.close();
  }

  const fresh = freshLoads.map((l) => l.painted);
  const warm = warmLoads.map((l) => l.painted);
  const dcl = (loads: FirstSeen[]) => Math.round(median(loads.map((l) => l.domContentLoaded)));
  const show = (xs: number[]) => xs.map((x) => Math.round(x)).join(', ');
  return {
    title: 'Time to first tile (headless Chromium)',
    figures: [
      {
        name: 'First visit (fresh context), median',
        value: round(median(fresh), 0),
        unit: 'ms',
        detail: `${LOADS} loads, demo loaded into IndexedDB; DOMContentLoaded at ${dcl(freshLoads)} ms`,
      },
      {
        name: 'First visit (fresh context), p90',
        value: round(quantile(fresh, 0.9), 0),
        unit: 'ms',
      },
      {
        name: 'Warm reload, median',
        value: round(median(warm), 0),
        unit: 'ms',
        detail: `${LOADS} reloads; DOMContentLoaded at ${dcl(warmLoads)} ms`,
      },
      { name: 'Warm reload, p90', value: round(quantile(warm, 0.9), 0), unit: 'ms' },
    ],
    notes: [
      `  first visits (ms): ${show(fresh)}`,
      `  warm reloads (ms): ${show(warm)}`,
      '  from navigation start to the frame after the first [data-testid^="tile-"] is visible; local static server, no throttling',
    ],
    raw: { fresh: freshLoads, warm: warmLoads },
  };
}
