// Settings: /settings/home (temperature unit, location, household) and /settings/data (backup,
// restore, reset to a scenario).
import { expect, type Download, type Locator, type Page } from '@playwright/test';

export interface FilePayload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export class SettingsPage {
  constructor(readonly page: Page) {}

  private section(label: 'Home' | 'Data'): Locator {
    return this.page
      .getByRole('navigation', { name: 'Settings sections' })
      .getByRole('link', { name: label });
  }

  /** Settings → Home, through the main navigation and the section tabs. */
  async openHome(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Settings' })
      .click();
    await this.section('Home').click();
    await expect(this.page.getByRole('heading', { name: 'Temperature unit' })).toBeVisible();
  }

  /** Settings → Data. */
  async openData(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Settings' })
      .click();
    await this.section('Data').click();
    await expect(this.page.getByRole('heading', { name: 'Back up and restore' })).toBeVisible();
  }

  // --- Home -----------------------------------------------------------------------------------

  unit(unit: 'C' | 'F'): Locator {
    return this.page.getByRole('radio', {
      name: unit === 'C' ? 'Celsius (°C)' : 'Fahrenheit (°F)',
    });
  }

  get location(): Locator {
    return this.page.getByRole('region', { name: 'Location' });
  }

  locationField(label: 'Place name' | 'Time zone' | 'Latitude' | 'Longitude'): Locator {
    return this.location.getByLabel(label, { exact: true });
  }

  get saveLocation(): Locator {
    return this.location.getByRole('button', { name: 'Save location' });
  }

  get people(): Locator {
    return this.page.getByRole('list', { name: 'People' });
  }

  person(name: string): Locator {
    return this.people.getByRole('listitem').filter({ hasText: name });
  }

  async addPerson(name: string): Promise<void> {
    const card = this.page.getByRole('region', { name: 'Household' });
    await card.getByLabel('Add a person').fill(name);
    await card.getByRole('button', { name: 'Add person' }).click();
  }

  async renamePerson(from: string, to: string): Promise<void> {
    await this.page.getByRole('button', { name: `Rename ${from}` }).click();
    await this.page.getByLabel(`New name for ${from}`).fill(to);
    await this.page.getByRole('button', { name: 'Save', exact: true }).click();
  }

  async removePerson(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Remove ${name}` }).click();
  }

  // --- Data -----------------------------------------------------------------------------------

  /** Clicks "Download backup" and returns the download. */
  async downloadBackup(): Promise<Download> {
    const downloading = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Download backup' }).click();
    return downloading;
  }

  /** The hidden file input behind "Restore from a file…" (a person clicks that button). */
  get backupFileInput(): Locator {
    return this.page.getByLabel('Backup file to restore');
  }

  /** Chooses a file through "Restore from a file…" (and the browser's file chooser). */
  async chooseBackupFile(file: string | FilePayload): Promise<void> {
    const choosing = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Restore from a file…' }).click();
    const chooser = await choosing;
    await chooser.setFiles(file);
  }

  get restoreDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Restore this backup?' });
  }

  /** Chooses the file and confirms "Replace everything". */
  async restoreBackup(file: string | FilePayload): Promise<void> {
    await this.chooseBackupFile(file);
    await this.restoreDialog.getByRole('button', { name: 'Replace everything' }).click();
    await expect(this.restoreDialog).toBeHidden();
  }

  /** The message shown when a file was refused. */
  get restoreFailure(): Locator {
    return this.page.getByRole('region', { name: 'Back up and restore' }).getByRole('alert');
  }

  /** Resets to a scenario, chosen by its title ("Family house", "One-bedroom flat"), confirming. */
  async resetTo(scenarioTitle: string): Promise<void> {
    await this.page.getByLabel('Scenario', { exact: true }).selectOption({ label: scenarioTitle });
    await this.page.getByRole('button', { name: 'Reset to this scenario' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Reset the home?' });
    await dialog.getByRole('button', { name: 'Reset', exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  /** A notice (toast) by its title. */
  notice(title: string): Locator {
    return this.page.getByTestId('notice').filter({ hasText: title });
  }
}
