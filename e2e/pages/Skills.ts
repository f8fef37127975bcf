// The Skills pages (/skills): the list of the person's skills (cards `data-testid="skill-card"`)
// with the gallery of templates below it (`template-card`), the editor of a skill with its live
// preview ("Try it"), the share page and "Import a skill". Controls by role and accessible name;
// cards and a form's list items by their test ids or their group's name ("Question 2").
//
// The editor's fields are named by their template's FieldSpec labels: a text, number, choice or
// date by its label; a words list is a group named by its label holding boxes "<Item> N", a box
// "New <item>" and "Add <item>"; a list of records is a group named by its label holding groups
// "<Item> N", each with the record's own fields inside.
import { expect, type Locator, type Page } from '@playwright/test';

/** Where to look for a field: the page, or a list item (`skills.item('Question', 2)`). */
type Scope = Page | Locator;

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const withArticle = (word: string) => `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;

export class SkillsPages {
  constructor(readonly page: Page) {}

  // ---------- The list and the gallery ----------

  /** Goes to the list the way a person does: "Skills" in the main navigation. */
  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Skills', exact: true })
      .click();
    await expect(this.listHeading).toBeVisible();
  }

  get listHeading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: 'Skills', exact: true });
  }

  /** Every skill card on the list. */
  get cards(): Locator {
    return this.page.locator('article[data-testid="skill-card"]');
  }

  /** A skill's card, by its name (the card's heading). */
  card(name: string): Locator {
    return this.cards.filter({
      has: this.page.getByRole('heading', { name, exact: true }),
    });
  }

  /** The switch "Use “<name>”" on an on/off skill's card. */
  useSwitch(name: string): Locator {
    return this.card(name).getByRole('switch', { name: `Use “${name}”`, exact: true });
  }

  /** A template in the gallery (on the list or on /skills/new), by its title ("Trivia quiz"). */
  templateCard(title: string): Locator {
    return this.page.locator('article[data-testid="template-card"]').filter({
      has: this.page.getByRole('heading', { name: title, exact: true }),
    });
  }

  /** "Use this template" on a template's card: the editor opens with its example. */
  async useTemplate(title: string): Promise<void> {
    await this.templateCard(title).getByRole('link', { name: 'Use this template' }).click();
    await expect(this.editorHeading).toHaveText(`New skill: ${title}`);
  }

  /** "Deleted “X”." with Undo, and later "“X” is back.". */
  get deletedBar(): Locator {
    return this.page.getByRole('status').filter({ hasText: /^Deleted “/ });
  }

  async edit(name: string): Promise<void> {
    await this.card(name).getByRole('link', { name: 'Edit', exact: true }).click();
    await expect(this.editorHeading).toHaveText(`Edit “${name}”`);
  }

  // ---------- The editor: starting it ----------

  get editorHeading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** The editor's form ("New skill: Trivia quiz", "Edit skill Quiz night"). */
  get form(): Locator {
    return this.page.getByRole('form', { name: /^(New skill: |Edit skill )/ });
  }

  get name(): Locator {
    return this.page.getByRole('textbox', { name: 'What do you call it?', exact: true });
  }

  /** The skill's other start phrases, "Phrase 1"… */
  phrase(n: number): Locator {
    return this.page.getByRole('textbox', { name: `Phrase ${n}`, exact: true });
  }

  /** Adds a start phrase in the next empty box. */
  async addPhrase(text: string): Promise<void> {
    const count = await this.page.getByRole('textbox', { name: /^Phrase \d+$/ }).count();
    await this.page.getByRole('button', { name: 'Add a phrase', exact: true }).click();
    await this.phrase(count + 1).fill(text);
  }

  // ---------- The editor: the template's fields ----------

  /** A text, number, choice or date field by its label (inside `scope`, such as a list item). */
  field(label: string, scope: Scope = this.page): Locator {
    return scope.getByLabel(label, { exact: true });
  }

  /** A list of records ("Questions") or a words list ("Categories") as a whole: its group. */
  group(label: string, scope: Scope = this.page): Locator {
    return scope.getByRole('group', { name: label, exact: true });
  }

  /** One record of a list: `item('Question', 2)` is the group "Question 2". */
  item(itemLabel: string, n: number, scope: Scope = this.page): Locator {
    return scope.getByRole('group', { name: `${capitalize(itemLabel)} ${n}`, exact: true });
  }

  /** Every record of a list, in order: `items('Questions')`. */
  items(listLabel: string, scope: Scope = this.page): Locator {
    return this.group(listLabel, scope).getByTestId('form-list-item');
  }

  /** "Add a question", "Add an event": a new empty record at the end of the list. */
  async addItem(itemLabel: string, scope: Scope = this.page): Promise<void> {
    await scope.getByRole('button', { name: `Add ${withArticle(itemLabel)}`, exact: true }).click();
  }

  async removeItem(itemLabel: string, n: number, scope: Scope = this.page): Promise<void> {
    await scope.getByRole('button', { name: `Remove ${itemLabel} ${n}`, exact: true }).click();
  }

  /** One entry of a words list: `word('name', 2)` is the box "Name 2". */
  word(itemLabel: string, n: number, scope: Scope = this.page): Locator {
    return scope.getByRole('textbox', { name: `${capitalize(itemLabel)} ${n}`, exact: true });
  }

  /** The entries of a words list (by the list's label), in order. */
  words(label: string, scope: Scope = this.page): Locator {
    return this.group(label, scope).getByRole('listitem').getByRole('textbox');
  }

  /** Types an entry in the box "New <item>" and presses Enter, as a person adds one. */
  async addWord(itemLabel: string, text: string, scope: Scope = this.page): Promise<void> {
    const box = scope.getByRole('textbox', { name: `New ${itemLabel}`, exact: true });
    await box.fill(text);
    await box.press('Enter');
    await expect(box).toHaveValue('');
  }

  async removeWord(itemLabel: string, n: number, scope: Scope = this.page): Promise<void> {
    await scope.getByRole('button', { name: `Remove ${itemLabel} ${n}`, exact: true }).click();
  }

  /** A day's tick box in a days field ("On these days"). */
  day(label: string, day: string, scope: Scope = this.page): Locator {
    return this.group(label, scope).getByRole('checkbox', { name: day, exact: true });
  }

  /** The suggestions under a words list ("Suggestions. More like these (Colours):"). */
  suggestions(scope: Scope = this.page): Locator {
    return scope.getByRole('group', { name: /^Suggestions\. More like these/ });
  }

  /** The words suggested, as chips. */
  suggestionChips(scope: Scope = this.page): Locator {
    return this.suggestions(scope).getByTestId('suggestion-chip');
  }

  async acceptSuggestion(word: string, scope: Scope = this.page): Promise<void> {
    await this.suggestions(scope)
      .getByRole('button', { name: `Add ${word}`, exact: true })
      .click();
  }

  async rejectSuggestion(word: string, scope: Scope = this.page): Promise<void> {
    await this.suggestions(scope)
      .getByRole('button', { name: `Don't suggest ${word}`, exact: true })
      .click();
  }

  /** "Start empty": every template field emptied, for a skill of one's own. */
  async startEmpty(): Promise<void> {
    await this.page.getByRole('button', { name: 'Start empty', exact: true }).click();
    await expect(
      this.page.getByRole('button', { name: 'Put the example back', exact: true }),
    ).toBeVisible();
  }

  // ---------- The editor: saving ----------

  get saveAndTurnOnButton(): Locator {
    return this.page.getByRole('button', { name: 'Save and turn on', exact: true });
  }

  get saveAsDraftButton(): Locator {
    return this.page.getByRole('button', { name: 'Save as draft', exact: true });
  }

  /** "Save" (a skill already on or off). */
  get saveButton(): Locator {
    return this.page.getByRole('button', { name: 'Save', exact: true });
  }

  /** Saves a new skill (or a draft) and turns it on; ends back on the list. */
  async saveAndTurnOn(): Promise<void> {
    await this.saveAndTurnOnButton.click();
    await expect(this.listHeading).toBeVisible();
  }

  async saveAsDraft(): Promise<void> {
    await this.saveAsDraftButton.click();
    await expect(this.listHeading).toBeVisible();
  }

  /** "N things need fixing" at the top of the form, its problems as buttons. */
  get problems(): Locator {
    return this.page.getByRole('alert').filter({
      has: this.page.getByRole('heading', { name: /^\d+ things? needs? fixing$/ }),
    });
  }

  /** One problem of the summary: "Questions › Question 1 › Right answer: the answer must…". */
  problem(where: string): Locator {
    return this.problems.getByRole('button', { name: new RegExp(`^${escape(where)}: `) });
  }

  /** The store's refusal above the buttons. */
  get refusal(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'This skill can’t be saved' });
  }

  /** The "Save anyway?" dialog, for a phrase that is also something else. */
  get saveAnywayDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Save anyway?' });
  }

  /** "Brought back what you typed … Discard changes", after a reload. */
  get draftNotice(): Locator {
    return this.page.getByTestId('draft-notice');
  }

  // ---------- The editor: the preview ----------

  get preview(): Locator {
    return this.page.getByRole('region', { name: 'Try it', exact: true });
  }

  /** The preview's conversation log. */
  previewLog(name: string): Locator {
    return this.preview.getByRole('log', { name: `Preview of ${name}`, exact: true });
  }

  /** The skill's replies in the preview, oldest first. */
  get previewReplies(): Locator {
    return this.preview.locator('[data-testid="preview-message"][data-from="skill"]');
  }

  /** Presses Start in the preview; resolves with the skill's first reply. */
  async previewStart(): Promise<Locator> {
    const before = await this.previewReplies.count();
    await this.preview.getByRole('button', { name: 'Start', exact: true }).click();
    await expect(this.previewReplies).toHaveCount(before + 1);
    return this.previewReplies.last();
  }

  /** Says something to the skill in the preview; resolves with its reply. */
  async previewSay(name: string, text: string): Promise<Locator> {
    const before = await this.previewReplies.count();
    const box = this.preview.getByRole('textbox', { name: `Say something to ${name}` });
    await box.fill(text);
    await this.preview.getByRole('button', { name: 'Send', exact: true }).click();
    await expect(this.previewReplies).toHaveCount(before + 1);
    return this.previewReplies.last();
  }

  // ---------- Sharing and importing ----------

  async openShare(name: string): Promise<void> {
    await this.card(name).getByRole('link', { name: 'Share', exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(`Share “${name}”`);
  }

  get shareLinkBox(): Locator {
    return this.page.getByRole('textbox', { name: 'Link to this skill', exact: true });
  }

  /** The link to the skill, as the share page shows it. */
  async shareLink(): Promise<string> {
    await expect(this.shareLinkBox).toHaveValue(/#skill=/);
    return this.shareLinkBox.inputValue();
  }

  /** "Import a skill" from the list. */
  async openImport(): Promise<void> {
    await this.page.getByRole('link', { name: 'Import a skill', exact: true }).click();
    await expect(this.importHeading).toBeVisible();
  }

  get importHeading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: 'Import a skill', exact: true });
  }

  /** Pastes a shared link or file's text, and presses "Show skill". */
  async pasteShared(text: string): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Shared skill', exact: true }).fill(text);
    await this.page.getByRole('button', { name: 'Show skill', exact: true }).click();
  }

  /** What a shared skill does, in words, before it is added. */
  get importPreview(): Locator {
    return this.page.getByTestId('import-preview');
  }

  /** "Nothing was added: … can’t be imported." */
  get importRefusal(): Locator {
    return this.page.getByRole('alert').filter({ hasText: /^Nothing was added: / });
  }

  get turnOnNow(): Locator {
    return this.page.getByRole('checkbox', { name: 'Turn it on now', exact: true });
  }

  get addThisSkillButton(): Locator {
    return this.page.getByRole('button', { name: 'Add this skill', exact: true });
  }

  /** Adds the skill shown; ends in its editor ("Edit “<name>”"). */
  async addThisSkill(name: string): Promise<void> {
    await this.addThisSkillButton.click();
    await expect(this.editorHeading).toHaveText(`Edit “${name}”`);
  }
}

/** Text as a regular expression matching itself. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
