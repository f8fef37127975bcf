// What the assistant noticed, on the Home page ("The assistant noticed": hunch cards, habits it
// offers as routines, what it put right on its own) and its settings (Settings → Assistant).
// Cards are `data-testid="hunch-card-<entity id>"`, `habit-offer-<id>` and `automatic-<event id>`.
import { expect, type Locator, type Page } from '@playwright/test';

export class Awareness {
  constructor(readonly page: Page) {}

  get section(): Locator {
    return this.page.getByRole('region', { name: 'The assistant noticed' });
  }

  hunch(entityId: string): Locator {
    return this.page.getByTestId(`hunch-card-${entityId}`);
  }

  get habitOffers(): Locator {
    return this.page.locator('[data-testid^="habit-offer-"]');
  }

  get automatic(): Locator {
    return this.page.locator('[data-testid^="automatic-"]');
  }

  /** Answers a hunch card with one of its buttons. */
  async answer(entityId: string, answer: 'Yes' | 'Not now' | "Don't ask about this device") {
    await this.hunch(entityId).getByRole('button', { name: answer, exact: true }).click();
    await expect(this.hunch(entityId)).toHaveCount(0);
  }

  /** Opens a card's "Why?" and returns the evidence shown. */
  async why(card: Locator): Promise<Locator> {
    const button = card.getByRole('button', { name: 'Why?' });
    await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    return card.getByRole('list');
  }

  /** Settings → Assistant, through the main navigation and the section tabs. */
  async openSettings(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Settings' })
      .click();
    await this.page
      .getByRole('navigation', { name: 'Settings sections' })
      .getByRole('link', { name: 'Assistant' })
      .click();
    await expect(
      this.page.getByRole('heading', { name: 'Put things right on its own' }),
    ).toBeVisible();
  }

  automaticSwitch(deviceName: string): Locator {
    return this.page.getByRole('switch', { name: `Act on its own: ${deviceName}` });
  }

  async openHome(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Home' })
      .click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Your home' })).toBeVisible();
  }
}
