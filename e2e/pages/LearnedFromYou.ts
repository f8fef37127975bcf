// What the assistant learned from how the person says things, on "Things I've learned"
// (/learned): rewrites ("“kill the big lamp” means …", `data-testid="learned-rewrite"`), choices
// among versions of a title (`learned-preference`), and the "Learn from how I rephrase" switch.
// Controls by role and accessible name.
import { expect, type Locator, type Page } from '@playwright/test';

export class LearnedFromYou {
  constructor(readonly page: Page) {}

  /** From the Assistant page, the way a person does: its link "Things I've learned". */
  async open(): Promise<void> {
    await this.page.getByRole('link', { name: "Things I've learned" }).click();
    await expect(
      this.page.getByRole('heading', { level: 1, name: "Things I've learned" }),
    ).toBeVisible();
  }

  get rewritesSection(): Locator {
    return this.page.getByRole('region', { name: 'Learned from how you say things' });
  }

  get choicesSection(): Locator {
    return this.page.getByRole('region', { name: 'Your choices' });
  }

  /** A rewrite's card, by the words as said (“kill the big lamp” means …). */
  rewrite(said: string): Locator {
    return this.rewritesSection
      .getByRole('article')
      .filter({ has: this.page.getByRole('heading', { name: new RegExp(`^“${said}” means`) }) });
  }

  get rewrites(): Locator {
    return this.rewritesSection.getByRole('article');
  }

  async forget(said: string): Promise<void> {
    await this.rewrite(said)
      .getByRole('button', { name: `Forget: ${said}` })
      .click();
  }

  /** "Forgot …" with Undo. */
  get undoBar(): Locator {
    return this.page.getByRole('status').filter({ hasText: /^Forgot/ });
  }

  get learningSwitch(): Locator {
    return this.page.getByRole('switch', { name: 'Learn from how I rephrase' });
  }

  get learningStatus(): Locator {
    return this.page.getByTestId('learning-status');
  }

  preference(title: string): Locator {
    return this.choicesSection.getByTestId('learned-preference').filter({ hasText: title });
  }
}
