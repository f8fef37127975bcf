// The Assistant page (/assistant): the console (conversation, text box, microphone, suggestions,
// the room the person speaks from) and the device panel beside it, or behind a tab on a phone.
// Controls by role and accessible name; each turn is `data-testid="turn-<turn id>"`, its words
// `said` and its reply `reply` inside it.
import { expect, type Locator, type Page } from '@playwright/test';

export class AssistantConsole {
  constructor(readonly page: Page) {}

  /** Goes to the console the way a person does: "Assistant" in the main navigation. */
  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Assistant' })
      .click();
    await expect(this.heading).toBeVisible();
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: 'Assistant' });
  }

  get box(): Locator {
    return this.page.getByRole('textbox', { name: 'Say something to your home' });
  }

  get conversation(): Locator {
    return this.page.getByRole('region', { name: 'Conversation' });
  }

  /** Every turn, oldest first. */
  get turns(): Locator {
    return this.conversation.locator('[data-testid^="turn-"]');
  }

  get lastTurn(): Locator {
    return this.turns.last();
  }

  /** A turn's reply, in words. */
  reply(turn: Locator = this.lastTurn): Locator {
    return turn.getByTestId('reply');
  }

  /** A turn's "Why?" disclosure button, and the explanation it shows. */
  why(turn: Locator = this.lastTurn): Locator {
    return turn.getByRole('button', { name: 'Why?' });
  }

  explanation(turn: Locator = this.lastTurn): Locator {
    return turn.getByTestId('why');
  }

  /** Types a request and presses Enter; resolves once its reply is in the conversation. */
  async say(text: string): Promise<Locator> {
    const before = await this.turns.count();
    await this.box.fill(text);
    await this.box.press('Enter');
    await expect(this.turns).toHaveCount(before + 1);
    await expect(this.lastTurn.getByTestId('said')).toHaveText(`You said: ${text}`);
    return this.reply();
  }

  /** A reply's words as read, without the "Assistant: " said to screen readers before them. */
  async replyText(turn: Locator = this.lastTurn): Promise<string> {
    const text = (await this.reply(turn).textContent()) ?? '';
    return text.replace(/^Assistant: /, '');
  }

  /**
   * One row of a turn's open "Why?" ("Understood", "Skill", "Session", "Why"…): what it says. The
   * rows are a description list, so the row is found by its term.
   */
  whyRow(term: string, turn: Locator = this.lastTurn): Locator {
    return this.explanation(turn)
      .locator('div')
      .filter({ has: this.page.getByRole('term').getByText(term, { exact: true }) })
      .getByRole('definition');
  }

  /**
   * While a skill session is open: the status "Talking to <name>" above the text box. Without a
   * name, any skill's.
   */
  skillSession(name?: string): Locator {
    return name === undefined
      ? this.page.getByRole('status', { name: /^Talking to / })
      : this.page.getByRole('status', { name: `Talking to ${name}`, exact: true });
  }

  /** The words that always work inside a session, as the status's buttons ("Help (Trivia)"). */
  skillButton(word: 'Help' | 'Repeat' | 'Stop', name: string): Locator {
    return this.skillSession(name).getByRole('button', { name: `${word} (${name})`, exact: true });
  }

  /** Presses one of them; resolves once its turn (said as the word) has its reply. */
  async pressSkillButton(word: 'Help' | 'Repeat' | 'Stop', name: string): Promise<Locator> {
    const before = await this.turns.count();
    await this.skillButton(word, name).click();
    await expect(this.turns).toHaveCount(before + 1);
    await expect(this.lastTurn.getByTestId('said')).toHaveText(`You said: ${word.toLowerCase()}`);
    return this.reply();
  }

  /** The room the person speaks from. */
  get room(): Locator {
    return this.page.getByRole('combobox', { name: 'Speaking from' });
  }

  /** Chooses the room and waits until the choice is saved (the chooser shows what is stored). */
  async speakFrom(roomName: string): Promise<void> {
    const [chosen] = await this.room.selectOption({ label: roomName });
    await expect(this.room).toHaveValue(chosen!);
  }

  get suggestions(): Locator {
    return this.page.getByRole('list', { name: 'Suggestions' }).getByRole('button');
  }

  suggestion(text: string): Locator {
    return this.page
      .getByRole('list', { name: 'Suggestions' })
      .getByRole('button', { name: text, exact: true });
  }

  get clear(): Locator {
    return this.page.getByRole('button', { name: 'Clear conversation' });
  }

  get undo(): Locator {
    return this.conversation.getByRole('button', { name: 'Undo' });
  }

  /** The microphone, before and while listening. */
  get mic(): Locator {
    return this.page.getByRole('button', { name: 'Speak a request' });
  }

  get stopListening(): Locator {
    return this.page.getByRole('button', { name: 'Stop listening' });
  }

  get speakReplies(): Locator {
    return this.page.getByRole('switch', { name: 'Speak replies' });
  }

  /** What screen readers are told: the live region holding the newest reply. */
  get announcement(): Locator {
    return this.page
      .getByRole('region', { name: 'Assistant' })
      .locator('[aria-live="polite"].sr-only');
  }

  /** On a phone, the console and the device panel are tabs. */
  tab(name: 'Conversation' | 'Devices'): Locator {
    return this.page.getByRole('tab', { name, exact: true });
  }
}
