// The clock bar in the header of every page: the simulated day, date and time, pause/run, speed
// and "Set time".
import { expect, type Locator, type Page } from '@playwright/test';

export type ClockSpeed = '1×' | '60×' | '3600×';

export class ClockBar {
  readonly region: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Simulated clock' });
  }

  get day(): Locator {
    return this.region.getByTestId('clock-day');
  }
  get date(): Locator {
    return this.region.getByTestId('clock-date');
  }
  get time(): Locator {
    return this.region.getByTestId('clock-time');
  }
  get pausedBadge(): Locator {
    return this.region.getByText('Paused', { exact: true });
  }
  get runButton(): Locator {
    return this.region.getByRole('button', { name: 'Run the clock' });
  }
  get pauseButton(): Locator {
    return this.region.getByRole('button', { name: 'Pause the clock' });
  }
  speed(label: ClockSpeed): Locator {
    return this.region
      .getByRole('radiogroup', { name: 'Clock speed' })
      .getByRole('radio', { name: label, exact: true });
  }

  /** Asserts what the bar shows; `paused` also checks the badge and the pause/run button. */
  async expectShows({
    day,
    date,
    time,
    paused,
  }: {
    day?: string;
    date?: string;
    time?: string;
    paused?: boolean;
  }): Promise<void> {
    if (day !== undefined) await expect(this.day).toHaveText(day);
    if (date !== undefined) await expect(this.date).toHaveText(date);
    if (time !== undefined) await expect(this.time).toHaveText(time);
    if (paused === true) {
      await expect(this.pausedBadge).toBeVisible();
      await expect(this.runButton).toBeVisible();
    } else if (paused === false) {
      await expect(this.pausedBadge).toBeHidden();
      await expect(this.pauseButton).toBeVisible();
    }
  }

  async run(): Promise<void> {
    await this.runButton.click();
    await expect(this.pauseButton).toBeVisible();
  }

  async pause(): Promise<void> {
    await this.pauseButton.click();
    await expect(this.runButton).toBeVisible();
  }

  /** Runs the clock at a speed (choosing a speed also starts a paused clock). */
  async runAt(label: ClockSpeed): Promise<void> {
    await this.speed(label).click();
    await expect(this.speed(label)).toBeChecked();
    await expect(this.pauseButton).toBeVisible();
  }

  /** Sets the simulated time with the "Set time" dialog; date as YYYY-MM-DD, time as HH:MM. */
  async setTime(date: string, time: string): Promise<void> {
    await this.region.getByRole('button', { name: 'Set time' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Set the simulated time' });
    await dialog.getByLabel('Date').fill(date);
    await dialog.getByLabel('Time').fill(time);
    await dialog.getByRole('button', { name: 'Set time' }).click();
    await expect(dialog).toBeHidden();
  }
}
