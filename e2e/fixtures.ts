// The suite's `test`: Playwright's, extended with the app's page models and an `app` fixture.
//
// A fresh home for every test. Playwright gives each test its own browser context, and a context
// starts with empty storage: no IndexedDB database, no localStorage (where the simulation keeps
// its heartbeat). The `app` fixture checks that before the test starts, and `app.open()` loads a
// named scenario with `?scenario=` anyway, so a test never depends on what another one left.
//
// A clock the test controls. `app.open()` adds `?now=` (default: the demo home's own evening,
// Tuesday 3 March 2026 19:30 in London), which starts the simulated clock *paused* there: nothing
// moves until the test runs the clock. To drive time, install Playwright's fake clock before the
// first navigation (`await page.clock.install()`): the app's simulated time is a function of
// Date.now() and its simulation ticks on setInterval, so `page.clock.fastForward()` and
// `page.clock.runFor()` move a running simulated clock (at its rate: 1 s at 3600× is an hour).
//
// No fixed sleeps: wait with web-first assertions (`await expect(locator).toHaveText(…)`) and
// `expect.poll(() => app.entity(id))` for states that are not on screen.
import { test as base, expect, type Page } from '@playwright/test';
import type { Entity } from '../src/domain/home/model.ts';
import { HomePanel } from './pages/HomePanel.ts';
import { ClockBar } from './pages/ClockBar.ts';
import { ActivityPage } from './pages/ActivityPage.ts';
import { SettingsPage } from './pages/SettingsPage.ts';
import { SkillsPages } from './pages/Skills.ts';

export { expect };
export type { Entity };

/** The demo home's evening, in the home's time zone (Europe/London): a Tuesday. */
export const DEMO_NOW = '2026-03-03T19:30';

export interface OpenOptions {
  /** A scenario loaded into a fresh database (`?scenario=`); null keeps whatever is stored. */
  scenario?: string | null;
  /** Where the simulated clock starts, paused (`?now=`); null leaves the clock as it is. */
  now?: string | null;
}

/** The app as a whole: opening it, and reading the home through `window.teachableHome`. */
export class App {
  constructor(readonly page: Page) {}

  /** Opens `path` on a freshly loaded scenario (demo by default) with the clock paused at `now`. */
  async open(path = '/', { scenario = 'demo', now = DEMO_NOW }: OpenOptions = {}): Promise<void> {
    const params = new URLSearchParams();
    if (scenario) params.set('scenario', scenario);
    if (now) params.set('now', now);
    const query = params.toString();
    await this.page.goto(query ? `${path}?${query}` : path);
    await this.ready();
  }

  /** Waits until the app has booted and its test API sees the home. */
  async ready(page: Page = this.page): Promise<void> {
    await page.waitForFunction(() => (window.teachableHome?.entities().length ?? 0) > 0);
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.ready();
  }

  /** Another tab of the same browser (same context, same database), opened at `path`. */
  async openTab(path = '/'): Promise<Page> {
    const other = await this.page.context().newPage();
    await other.goto(path);
    await this.ready(other);
    return other;
  }

  entity(id: string, page: Page = this.page): Promise<Entity | undefined> {
    return page.evaluate((id) => window.teachableHome?.entity(id), id);
  }

  entities(page: Page = this.page): Promise<Entity[]> {
    return page.evaluate(() => window.teachableHome?.entities() ?? []);
  }

  /** The home as stored, sorted by id: for "nothing changed" and "same as before" comparisons. */
  async storedHome(page: Page = this.page): Promise<Entity[]> {
    const entities = await page.evaluate(
      () => window.teachableHome?.readEntities() ?? Promise.resolve([]),
    );
    return [...entities].sort((a, b) => a.id.localeCompare(b.id));
  }

  /** Lets the simulation catch up with the simulated now (after pausing the clock, say). */
  async settle(page: Page = this.page): Promise<void> {
    await page.evaluate(() => window.teachableHome?.settle());
  }

  /** Simulated epoch ms now. */
  simNow(page: Page = this.page): Promise<number> {
    return page.evaluate(() => window.teachableHome?.clock.now() ?? Number.NaN);
  }
}

interface Fixtures {
  app: App;
  home: HomePanel;
  clock: ClockBar;
  activity: ActivityPage;
  settings: SettingsPage;
  skills: SkillsPages;
}

export const test = base.extend<Fixtures>({
  app: async ({ page, context }, use, testInfo) => {
    // Fresh database: this test's context has no storage at all before the first navigation.
    const storage = await context.storageState({ indexedDB: true });
    expect(
      storage.origins,
      'a test starts with empty storage (no IndexedDB, no localStorage)',
    ).toEqual([]);

    // An uncaught error in the page fails the test, whatever the test itself checked.
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`${error.name}: ${error.message}`));
    await use(new App(page));
    if (errors.length > 0) {
      await testInfo.attach('page errors', { body: errors.join('\n'), contentType: 'text/plain' });
    }
    expect(errors, 'uncaught errors in the page').toEqual([]);
  },
  home: async ({ page }, use) => use(new HomePanel(page)),
  clock: async ({ page }, use) => use(new ClockBar(page)),
  activity: async ({ page }, use) => use(new ActivityPage(page)),
  settings: async ({ page }, use) => use(new SettingsPage(page)),
  skills: async ({ page }, use) => use(new SkillsPages(page)),
});
