// Figure 4, IndexedDB at scale: the built app in headless Chromium (real IndexedDB), 100,000
// generated events written through the persistence layer, then the reads the app makes: one
// entity's last day, the Activity feed's first and deep pages with filters, and the /activity
// page itself. Queries run inside the page through window.teachableHome.debug (src/app/testApi.ts)
// and are timed there with performance.now().
import type { Browser, Page } from '@playwright/test';
import type { HomeEvent } from '../../src/domain/activity/event.ts';
import type { EventCursor, EventFilter } from '../../src/persistence/events.ts';
import { generateHistory } from './history.ts';
import {
  firstSeen,
  firstSeenScript,
  median,
  newBenchContext,
  round,
  type Figure,
  type Section,
} from './lib.ts';

const EVENTS = 100_000;
const DAYS = 60;
const BATCH = 10_000;
const SEED = 20260101;
/** The Activity feed's page size (src/features/activity/useEventFeed.ts). */
const PAGE = 100;
const DEEP_PAGE = 500;
const REPEATS = 5;
const DAY = 86_400_000;

/** Times `runs` calls of queryEvents or countEvents in the page; returns each run's ms and the rows of the last. */
async function timeQuery(
  page: Page,
  call:
    | { what: 'query'; filter: EventFilter; after?: EventCursor }
    | { what: 'count'; filter: EventFilter },
  runs = REPEATS,
): Promise<{ ms: number[]; rows: number }> {
  return page.evaluate(
    async ({ call, runs, limit }) => {
      const api = window.teachableHome!.debug;
      const ms: number[] = [];
      let rows = 0;
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        if (call.what === 'count') rows = await api.countEvents(call.filter);
        else
          rows = (
            await api.queryEvents(call.filter, {
              ...(call.after ? { after: call.after } : {}),
              limit,
            })
          ).rows.length;
        ms.push(performance.now() - start);
      }
      return { ms, rows };
    },
    { call, runs, limit: PAGE },
  );
}

/**
 * Pages through the feed up to `pages` deep, as the list does while a person scrolls. Returns
 * each page's ms and rows, and the cursor each page was asked with (`after`; none for page 1).
 */
async function walk(page: Page, filter: EventFilter, pages: number) {
  return page.evaluate(
    async ({ filter, pages, limit }) => {
      const api = window.teachableHome!.debug;
      const ms: number[] = [];
      const rows: number[] = [];
      const cursors: (EventCursor | undefined)[] = [];
      let after: EventCursor | undefined;
      for (let i = 0; i < pages; i++) {
        const start = performance.now();
        const result = await api.queryEvents(filter, { ...(after ? { after } : {}), limit });
        ms.push(performance.now() - start);
        rows.push(result.rows.length);
        cursors.push(after);
        if (!result.next) break;
        after = result.next;
      }
      return { ms, rows, cursors };
    },
    { filter, pages, limit: PAGE },
  );
}

async function loadActivity(page: Page, path: string, loads: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < loads; i++) {
    await page.goto(path);
    times.push((await firstSeen(page)).painted);
  }
  return times;
}

const describe = (filter: EventFilter) =>
  Object.entries(filter)
    .map(([k, v]) => `${k === 'causeKind' ? 'cause' : k}=${String(v)}`)
    .join(' & ') || 'no filter';

export async function benchIndexedDb(browser: Browser, url: string): Promise<Section> {
  const context = await newBenchContext(browser, url);
  try {
    const page = await context.newPage();
    await page.goto('/');
    await page.waitForSelector('[data-testid^="tile-"]');
    await page.waitForFunction(() => window.teachableHome !== undefined);
    // A paused clock: the simulation writes nothing while the figures are taken.
    await page.evaluate(() => window.teachableHome!.clock.pause());
    const end = await page.evaluate(() => window.teachableHome!.clock.now());

    const history = generateHistory(EVENTS, end - 60_000, DAYS, SEED);
    const before = await page.evaluate(() => window.teachableHome!.debug.countEvents());

    // Write: batches of 10,000 events, each one addEvents() call (validated, one transaction).
    // Batches travel as JSON text: Playwright's own argument serialization of 10,000 objects
    // costs seconds more. Only addEvents() itself is timed.
    let writeMs = 0;
    const wallStart = performance.now();
    for (let i = 0; i < history.events.length; i += BATCH) {
      const batch = JSON.stringify(history.events.slice(i, i + BATCH));
      writeMs += await page.evaluate(async (json) => {
        const events = JSON.parse(json) as HomeEvent[];
        const start = performance.now();
        await window.teachableHome!.debug.addEvents(events);
        return performance.now() - start;
      }, batch);
    }
    const writeWallMs = performance.now() - wallStart;
    const total = await page.evaluate(() => window.teachableHome!.debug.countEvents());
    if (total !== before + EVENTS)
      throw new Error(`Wrote ${EVENTS} events but the log holds ${total} (had ${before}).`);

    // One entity's last day: the busiest one in the history's last 24 hours.
    const lastDay = new Map<string, number>();
    for (const e of history.events)
      if (e.at >= end - DAY) lastDay.set(e.entityId, (lastDay.get(e.entityId) ?? 0) + 1);
    const [entityId] = [...lastDay].sort((a, b) => b[1] - a[1])[0]!;
    const entityDay = await page.evaluate(
      async ({ entityId, from, to, runs }) => {
        const ms: number[] = [];
        let rows = 0;
        for (let i = 0; i < runs; i++) {
          const start = performance.now();
          rows = (await window.teachableHome!.debug.eventsOfEntity(entityId, from, to)).length;
          ms.push(performance.now() - start);
        }
        return { ms, rows };
      },
      { entityId, from: end - DAY, to: end + 1, runs: REPEATS },
    );

    // The feed: first pages (with the count the feed reads alongside), then deep pages.
    const area = 'kitchen';
    const firstPages: EventFilter[] = [
      {},
      { area },
      { entityId },
      { causeKind: 'manual' },
      { area, causeKind: 'manual' },
    ];
    const figures: Figure[] = [
      {
        name: `Write ${EVENTS.toLocaleString('en-GB')} events`,
        value: round(writeMs / 1000, 2),
        unit: 's',
        detail: `${Math.round(EVENTS / (writeMs / 1000)).toLocaleString('en-GB')} events/s; ${EVENTS / BATCH} × addEvents(${BATCH.toLocaleString('en-GB')})`,
      },
      {
        name: `eventsOfEntity(), last day`,
        value: round(median(entityDay.ms), 1),
        unit: 'ms',
        detail: `${entityId}: ${entityDay.rows} rows; median of ${REPEATS}`,
      },
    ];
    const raw: Record<string, unknown> = {
      writeMs,
      writeWallMs,
      causes: history.causes,
      entityDay,
    };
    for (const filter of firstPages) {
      const query = await timeQuery(page, { what: 'query', filter });
      const count = await timeQuery(page, { what: 'count', filter }, 3);
      figures.push({
        name: `Feed page 1, ${describe(filter)}`,
        value: round(median(query.ms), 1),
        unit: 'ms',
        detail: `${query.rows} rows; countEvents ${round(median(count.ms), 1)} ms (${count.rows.toLocaleString('en-GB')} match)`,
      });
      raw[`page1 ${describe(filter)}`] = { query, count };
    }
    for (const filter of [
      {},
      { causeKind: 'manual' },
      { area, causeKind: 'manual' },
    ] as EventFilter[]) {
      const walked = await walk(page, filter, DEEP_PAGE);
      // Page 500, or with fewer matches the deepest full page (a short last page reads less).
      let deep = walked.ms.length;
      if (deep > 1 && walked.rows[deep - 1]! < PAGE) deep--;
      const after = walked.cursors[deep - 1];
      const again = await timeQuery(page, { what: 'query', filter, ...(after ? { after } : {}) });
      const walkMs = walked.ms.reduce((s, x) => s + x, 0);
      const note = deep < DEEP_PAGE ? ` (deepest full page of ${walked.ms.length})` : '';
      figures.push({
        name: `Feed page ${deep}${note}, ${describe(filter)}`,
        value: round(median(again.ms), 1),
        unit: 'ms',
        detail: `${again.rows} rows; walking pages 1–${walked.ms.length}: ${round(walkMs / 1000, 2)} s`,
      });
      raw[`deep ${describe(filter)}`] = { deep, walkMs, pageMs: walked.ms, again };
    }

    // The Activity page: a full load of /activity until the first event row is visible.
    await context.addInitScript(firstSeenScript('[data-testid^="event-"]'));
    const activity = await loadActivity(page, '/activity', REPEATS);
    const filtered = await loadActivity(page, `/activity?area=${area}&cause=manual`, REPEATS);
    figures.push(
      {
        name: 'Open /activity → first event row',
        value: round(median(activity), 0),
        unit: 'ms',
        detail: `median of ${REPEATS}: ${activity.map(Math.round).join(', ')}`,
      },
      {
        name: `Open /activity?area=${area}&cause=manual`,
        value: round(median(filtered), 0),
        unit: 'ms',
        detail: `median of ${REPEATS}: ${filtered.map(Math.round).join(', ')}`,
      },
    );
    raw.activity = activity;
    raw.activityFiltered = filtered;

    return {
      title: 'IndexedDB at scale (headless Chromium, real IndexedDB)',
      figures,
      notes: [
        `  history: ${EVENTS.toLocaleString('en-GB')} events over ${DAYS} days, the demo home through execute()/advance(), generated in ${round(history.generateMs / 1000, 1)} s (seed ${SEED})`,
        `  causes: ${Object.entries(history.causes)
          .sort((a, b) => b[1] - a[1])
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}`,
        `  write wall time incl. sending 10 batches to the page: ${round(writeWallMs / 1000, 2)} s; page size ${PAGE} as in the feed; query times are medians of ${REPEATS} in-page runs`,
      ],
      raw,
    };
  } finally {
    await context.close();
  }
}
