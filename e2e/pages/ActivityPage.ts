// The Activity page: every event newest first, with filters by room, device and cause.
// The list is virtualized: only the rows near the screen are in the DOM.
import { expect, type Locator, type Page } from '@playwright/test';

export type ActivityFilter = 'Room' | 'Device' | 'Cause';

export class ActivityPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Activity' })
      .click();
    await expect(this.heading).toBeVisible();
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: 'Activity' });
  }

  /** The list of events, newest first. */
  get list(): Locator {
    return this.page.getByRole('list', { name: 'Events, newest first' });
  }

  /** The rows now in the DOM, in list order (newest first). */
  get events(): Locator {
    return this.list.getByRole('listitem');
  }

  /** The n-th event from the top (0 = newest). */
  event(n: number): Locator {
    return this.events.nth(n);
  }

  /** The line that says how many events there are ("12 events." / "3 events match."). */
  get count(): Locator {
    return this.page.getByText(/\d[\d,]* events?( match)?\.$/);
  }

  get empty(): Locator {
    return this.page.getByText('Nothing has happened that matches these filters yet.', {
      exact: false,
    });
  }

  filter(name: ActivityFilter): Locator {
    return this.page
      .getByRole('search', { name: 'Filter events' })
      .getByRole('combobox', { name, exact: true });
  }

  /** Chooses a filter option by its visible label ("Kitchen", "Kettle", "By hand"). */
  async filterBy(name: ActivityFilter, optionLabel: string): Promise<void> {
    await this.filter(name).selectOption({ label: optionLabel });
  }

  get clearFilters(): Locator {
    return this.page.getByRole('button', { name: 'Clear filters' });
  }
}
