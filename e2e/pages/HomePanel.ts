// The Home page: the device panel. Tiles are found by entity id (data-testid="tile-<id>"),
// controls by role and accessible name, as a screen-reader user would find them.
import { expect, type Locator, type Page } from '@playwright/test';

export class HomePanel {
  constructor(readonly page: Page) {}

  /** Goes to the panel the way a person does: the "Home" link of the main navigation. */
  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Home' })
      .click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Your home' })).toBeVisible();
  }

  /** A device's tile (a region named after the device); people are chips in the household row. */
  tile(entityId: string): Locator {
    return this.page.getByTestId(`tile-${entityId}`);
  }

  /** The state in words on a tile: "On · 80 %", "Heating to 21 °C", "Door open". */
  status(entityId: string): Locator {
    return this.tile(entityId).getByTestId('tile-status');
  }

  /** A thermostat's room temperature as shown on its tile. */
  currentTemperature(entityId: string): Locator {
    return this.tile(entityId).getByTestId('current-temperature');
  }

  switch(name: string): Locator {
    return this.page.getByRole('switch', { name, exact: true });
  }

  slider(name: string): Locator {
    return this.page.getByRole('slider', { name, exact: true });
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  /** One choice of a radio group, e.g. radio('Living room thermostat mode', 'Cool'). */
  radio(group: string, option: string): Locator {
    return this.page
      .getByRole('radiogroup', { name: group, exact: true })
      .getByRole('radio', { name: option, exact: true });
  }

  get household(): Locator {
    return this.page.getByRole('region', { name: 'Household' });
  }

  get summary(): Locator {
    return this.page.getByTestId('home-summary');
  }

  /** Moves a slider with the keyboard: focus its thumb, then press `key` `times` times. */
  async slide(
    name: string,
    key:
      'ArrowRight' | 'ArrowLeft' | 'ArrowUp' | 'ArrowDown' | 'PageUp' | 'PageDown' | 'Home' | 'End',
    times = 1,
  ): Promise<void> {
    const slider = this.slider(name);
    await slider.focus();
    for (let i = 0; i < times; i++) await slider.press(key);
  }

  /** Opens a light's colour popover and picks a swatch by its name ("green", "warm white"). */
  async chooseColour(lightName: string, colour: string): Promise<void> {
    await this.button(`Colour of ${lightName}`).click();
    await this.button(`Set ${lightName} to ${colour}`).click();
  }

  /** The "Remember this as…" dialog (open it with openRemember). */
  get rememberDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Remember this as…' });
  }

  /** Opens "Remember this as…" from the heading of the page. */
  async openRemember(): Promise<Locator> {
    await this.button('Remember this as…').click();
    await expect(this.rememberDialog).toBeVisible();
    return this.rememberDialog;
  }

  /** A device's tick box in the open "Remember this as…" dialog, named by the device. */
  rememberBox(deviceName: string): Locator {
    return this.rememberDialog.getByRole('checkbox', { name: deviceName, exact: true });
  }

  /** The dialog's line saying what the words will do. */
  get rememberPreview(): Locator {
    return this.rememberDialog.getByTestId('remember-preview');
  }

  /** Names what is ticked and presses "Remember"; the dialog stays open if something is wrong. */
  async rememberAs(name: string): Promise<void> {
    await this.rememberDialog.getByRole('textbox', { name: 'Name' }).fill(name);
    await this.rememberDialog.getByRole('button', { name: 'Remember', exact: true }).click();
  }
}
