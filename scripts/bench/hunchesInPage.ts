// The assistant's first look in the page, in headless Chromium: the family-month scenario (four
// weeks, about 3,900 events) reloaded, from navigation start to the first hunch card painted, and
// the longest task the page ran meanwhile (the first look reads and indexes the history on the
// main thread: it must stay short enough to keep the page responsive).
import type { Browser } from '@playwright/test';
import { firstSeen, firstSeenScript, median, newBenchContext, round, type Section } from './lib.ts';

const LOADS = 5;
const CARD = '[data-testid^="hunch-card-"]';
/** A Tuesday at 22:00 in London: the scenario's garage door has been open since the evening. */
const LATE = '2026-03-03T22:00';

/** Records every long task (over 50 ms) from the start of the page, as the browser reports them. */
const LONG_TASKS = `(() => {
  globalThis.__benchLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) globalThis.__benchLongTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

declare global {
  var __benchLongTasks: number[] | undefined;
}

export async function benchHunchesInPage(browser: Browser, url: string): Promise<Section> {
  const context = await newBenchContext(browser, url);
  const shown: number[] = [];
  const longest: number[] = [];
  try {
    await context.addInitScript(firstSeenScript(CARD));
    await context.addInitScript(LONG_TASKS);
    const page = await context.newPage();
    // The scenario is built once; each reload then reads it back as a person's next visit does.
    await page.goto(`/?scenario=family-month&now=${LATE}`);
    await firstSeen(page);
    for (let i = 0; i < LOADS; i++) {
      await page.reload();
      const seen = await firstSeen(page);
      // The look that showed the card has finished by the time it is painted.
      const tasks = await page.evaluate(() => globalThis.__benchLongTasks ?? []);
      shown.push(seen.painted);
      longest.push(tasks.length > 0 ? Math.max(...tasks) : 0);
    }
  } finally {
    await context.close();
  }
  return {
    title: 'The assistant in the page (headless Chromium)',
    figures: [
      {
        name: 'First hunch on screen (family-month, reload)',
        value: round(median(shown), 0),
        unit: 'ms',
        detail: `median of ${LOADS}: ${shown.map((x) => Math.round(x)).join(', ')}`,
      },
      {
        name: 'Longest task until then',
        value: round(median(longest), 0),
        unit: 'ms',
        budget: 200,
        detail: `median of ${LOADS} (0: no task over 50 ms): ${longest.map((x) => Math.round(x)).join(', ')}`,
      },
    ],
    notes: [],
  };
}
