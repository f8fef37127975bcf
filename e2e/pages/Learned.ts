// The "Things I've learned" page (/learned): the list of taught commands, setting words and names
// (each a card, `data-testid="taught-<id>"`, named by its title), "Teach something new", and the
// editor of each kind (`/learned?new=<kind>`, `/learned?edit=<id>`). Controls by role and
// accessible name; the steps of a command in the editor are `step-<n>`.
import { expect, type Locator, type Page } from '@playwright/test';

export type TaughtKindChoice = 'A command' | 'A setting word' | 'A name';

export class LearnedPage {
  constructor(readonly page: Page) {}

  /** Goes to the page by its address (after `app.open()`, so the home is loaded). */
  async open(): Promise<void> {
    await this.page.goto('/learned');
    await expect(this.heading).toBeVisible();
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: "Things I've learned" });
  }

  /** A taught item's card, by its title (a command's first phrase, a word, a name). */
  card(title: string): Locator {
    return this.page.getByRole('article', { name: title, exact: true });
  }

  get cards(): Locator {
    return this.page.locator('article[data-testid^="taught-"]');
  }

  section(title: 'Commands' | 'Setting words' | 'Names'): Locator {
    return this.page.getByRole('region', { name: title, exact: true });
  }

  /** "Deleted “movie mode”." with Undo. */
  get undoBar(): Locator {
    return this.page.getByRole('status').filter({ hasText: /^Deleted/ });
  }

  // ---------- Teaching something new ----------

  async teach(kind: TaughtKindChoice): Promise<void> {
    await this.page
      .getByRole('region', { name: 'Teach something new' })
      .getByRole('link', { name: kind, exact: true })
      .click();
    await expect(this.page.getByRole('heading', { level: 1, name: /^Teach me a/ })).toBeVisible();
  }

  async edit(title: string): Promise<void> {
    await this.card(title).getByRole('link', { name: 'Edit' }).click();
    await expect(
      this.page.getByRole('heading', { level: 1, name: `Edit “${title}”` }),
    ).toBeVisible();
  }

  phrase(n: number): Locator {
    return this.page.getByRole('textbox', { name: `Phrase ${n}`, exact: true });
  }

  get saySteps(): Locator {
    return this.page.getByRole('textbox', { name: 'Add steps by saying them' });
  }

  /** Adds steps from words and waits until they are listed. */
  async addStepsBySaying(words: string): Promise<void> {
    const before = await this.steps.count();
    await this.saySteps.fill(words);
    await this.page.getByRole('button', { name: 'Add these steps' }).click();
    await expect.poll(() => this.steps.count()).toBeGreaterThan(before);
  }

  get steps(): Locator {
    return this.page.locator('[data-testid^="step-"]');
  }

  step(n: number): Locator {
    return this.page.getByTestId(`step-${n}`);
  }

  /** Saves; confirms "Save anyway" when asked. Ends back on the list. */
  async save({ confirm = false }: { confirm?: boolean } = {}): Promise<void> {
    await this.page.getByRole('button', { name: 'Save', exact: true }).click();
    if (confirm) await this.page.getByRole('button', { name: 'Save anyway' }).click();
    await expect(this.heading).toBeVisible();
  }
}
