// The Routines pages (/routines): the list with its cards and the starter gallery, the editor
// (one row per trigger, condition and step: `trigger-row-<n>`, `condition-row-<n>`,
// `action-row-<n>`), a routine's runs (`run-<id>`) and history (`version-<seq>`), sharing and
// importing. Controls by role and accessible name; rows and cards by their test ids.
import { expect, type Locator, type Page } from '@playwright/test';

export class RoutinesPages {
  constructor(readonly page: Page) {}

  /** Goes to the list the way a person does: "Routines" in the main navigation. */
  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Routines' })
      .click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Routines' })).toBeVisible();
  }

  card(name: string): Locator {
    return this.page.locator('article[data-testid^="routine-card-"]').filter({
      has: this.page.getByRole('heading', { name, exact: true }),
    });
  }

  // ---------- The editor ----------

  async newRoutine(): Promise<void> {
    await this.page.getByRole('link', { name: 'New routine' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'New routine' })).toBeVisible();
  }

  async useStarter(title: string): Promise<void> {
    await this.page
      .locator('[data-testid^="starter-"]')
      .filter({ has: this.page.getByRole('heading', { name: title, exact: true }) })
      .getByRole('link', { name: 'Use this' })
      .click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'New routine' })).toBeVisible();
  }

  async edit(name: string): Promise<void> {
    await this.card(name).getByRole('link', { name: 'Edit' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
  }

  get name(): Locator {
    return this.page.getByLabel('Name', { exact: true });
  }

  trigger(n: number): Locator {
    return this.page.getByTestId(`trigger-row-${n}`);
  }

  condition(n: number): Locator {
    return this.page.getByTestId(`condition-row-${n}`);
  }

  step(n: number): Locator {
    return this.page.getByTestId(`action-row-${n}`);
  }

  private async add(button: string, item: string): Promise<void> {
    await this.page.getByRole('button', { name: button }).click();
    await this.page.getByRole('menuitem', { name: item }).click();
  }

  addTrigger(kind: string): Promise<void> {
    return this.add('Add a trigger', kind);
  }

  addCondition(kind: string): Promise<void> {
    return this.add('Add a condition', kind);
  }

  addStep(kind: string): Promise<void> {
    return this.add('Add a step', kind);
  }

  /** A "Turn devices on/off or set them" step for every device of a kind in a room. */
  async controlAll(n: number, kind: string, room: string, command: string): Promise<void> {
    const row = this.step(n);
    await row.getByLabel('What to control').selectOption({ label: 'Every device of a kind' });
    await row.getByLabel('Kind of device').selectOption({ label: kind });
    await row.getByLabel('Where').selectOption({ label: room });
    await row.getByLabel('Command').selectOption({ label: command });
  }

  /** A "Turn devices on/off or set them" step for one device, with a value if the command has one. */
  async control(
    n: number,
    device: string,
    command: string,
    value?: { label: string | RegExp; fill: string },
  ): Promise<void> {
    const row = this.step(n);
    await row.getByLabel('What to control').selectOption({ label: 'One device' });
    await row.getByLabel('Device', { exact: true }).selectOption({ label: device });
    await row.getByLabel('Command').selectOption({ label: command });
    if (value) await row.getByLabel(value.label).fill(value.fill);
  }

  /** Saves; confirms "Save anyway" when the editor warns. Ends back on the list. */
  async save({ confirm = false }: { confirm?: boolean } = {}): Promise<void> {
    await this.page.getByRole('button', { name: 'Save routine' }).click();
    if (confirm) await this.page.getByRole('button', { name: 'Save anyway' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Routines' })).toBeVisible();
  }

  // ---------- Runs and history ----------

  async openRuns(name: string): Promise<void> {
    await this.card(name).getByRole('link', { name: 'Runs' }).click();
    await expect(this.page.getByText(/The last \d+ runs are kept/)).toBeVisible();
  }

  get runs(): Locator {
    return this.page.locator('li[data-testid^="run-"]');
  }

  async openHistory(name: string): Promise<void> {
    await this.card(name).getByRole('link', { name: 'History' }).click();
    await expect(this.page.getByText(/Every save is kept as a version/)).toBeVisible();
  }

  get versions(): Locator {
    return this.page.locator('li[data-testid^="version-"]');
  }
}
