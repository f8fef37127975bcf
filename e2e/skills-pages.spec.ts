// The Skills pages themselves: the editor refusing what it cannot save, suggestions, a draft of
// the form kept across a reload, a skill kept as a draft until turned on, Duplicate and Delete
// with Undo, a start phrase that is also a built-in command, sharing a skill as a link and
// importing it into another home, a damaged link refused, and the accessibility of every page.
// Skills are made through the form, or seeded with the test API where the form is not the point.
// The demo home's evening: Tuesday 3 March 2026, 19:30 in London, the clock paused.
import type { Page } from '@playwright/test';
import type { BlueprintId } from '../src/domain/blueprints/types.ts';
import { expectNoA11yViolations } from './a11y.ts';
import { App, DEMO_NOW, expect, test } from './fixtures.ts';
import { AssistantConsole } from './pages/AssistantConsole.ts';
import { SkillsPages } from './pages/Skills.ts';

/** Adds a skill as saving its form does (the template's example); for tests about the list. */
async function seedSkill(page: Page, blueprint: BlueprintId, name: string): Promise<void> {
  await page.evaluate((skill) => window.teachableHome!.skills.add(skill), { blueprint, name });
}

const storedSkills = (page: Page) => page.evaluate(() => window.teachableHome!.skills.list());

test('the editor refuses a form with problems, says what and where, and saves nothing', async ({
  app,
  page,
  skills,
}) => {
  await app.open('/');
  await skills.open();
  await skills.useTemplate('Trivia quiz');
  await skills.name.fill('');
  const first = skills.item('Question', 1);
  const answer = skills.field('Right answer', first);
  await answer.fill('Zebra');
  await skills.saveAndTurnOnButton.click();

  await expect(skills.problems).toContainText('2 things need fixing');
  await expect(skills.problem('Name')).toHaveText(
    'Name: give the skill a name of at least 2 letters',
  );
  await expect(skills.problem('Questions › Question 1 › Right answer')).toHaveText(
    'Questions › Question 1 › Right answer: the answer must be one of the choices',
  );
  // Next to the field too, and the field is marked as wrong.
  await expect(first.getByRole('alert')).toHaveText('The answer must be one of the choices');
  await expect(answer).toHaveAttribute('aria-invalid', 'true');
  // Choosing a problem takes the focus to its field.
  await skills.problem('Questions › Question 1 › Right answer').click();
  await expect(answer).toBeFocused();
  // The preview waits for the form to be fixed.
  await expect(skills.preview).toContainText('Fix the form first, then try it here:');
  // Still in the editor, and nothing was saved.
  await expect(skills.editorHeading).toHaveText('New skill: Trivia quiz');
  expect(await storedSkills(page)).toEqual([]);

  // Each problem fixed leaves the summary, and the form saves.
  await answer.fill('Horse');
  await expect(skills.problems).toContainText('1 thing needs fixing');
  await expect(first.getByRole('alert')).toHaveCount(0);
  await skills.name.fill('Quiz night');
  await expect(skills.problems).toBeHidden();
  await skills.saveAndTurnOn();
  await expect(skills.card('Quiz night')).toHaveAttribute('data-status', 'enabled');
});

test('a suggested word can be added to a list, and another turned down for good', async ({
  app,
  skills,
}) => {
  await app.open('/');
  await skills.open();
  await skills.useTemplate('Trivia quiz');
  await expect(skills.words('Categories')).toHaveCount(3);
  const categories = skills.group('Categories');
  await expect(skills.suggestions(categories)).toHaveAccessibleName(
    'Suggestions. More like these (Trivia categories):',
  );
  const chip = (word: string) =>
    skills.suggestionChips(categories).and(skills.page.locator(`[data-value="${word}"]`));
  await expect(chip('history')).toBeVisible();
  await expect(chip('science')).toBeVisible();

  await skills.acceptSuggestion('history', categories);
  await expect(skills.words('Categories')).toHaveCount(4);
  await expect(skills.word('category', 4)).toHaveValue('history');
  await expect(chip('history')).toHaveCount(0);

  await skills.rejectSuggestion('science', categories);
  await expect(chip('science')).toHaveCount(0);
  await expect(skills.words('Categories')).toHaveCount(4);
  // Another list change does not bring it back.
  await skills.removeWord('category', 4);
  await expect(chip('history')).toBeVisible();
  await expect(chip('science')).toHaveCount(0);
  await skills.acceptSuggestion('history', categories);

  // The preview uses the list as it is now.
  await expect(await skills.previewStart()).toContainText(
    "Today's questions are about animals, space, food and history.",
  );
});

test('what was typed in the editor comes back after a reload, and can be discarded', async ({
  app,
  skills,
}) => {
  await app.open('/');
  await skills.open();
  await skills.useTemplate('Whose turn');
  await skills.name.fill('Dish duty');
  const first = skills.item('Task', 1);
  await skills.field('Task', first).fill('wash up');
  await skills.word('name', 3, first).fill('Grandpa');

  await app.reload();
  await expect(skills.editorHeading).toHaveText('New skill: Whose turn');
  await expect(skills.draftNotice).toContainText('Brought back what you typed');
  await expect(skills.name).toHaveValue('Dish duty');
  await expect(skills.field('Task', first)).toHaveValue('wash up');
  await expect(skills.word('name', 3, first)).toHaveValue('Grandpa');

  await skills.draftNotice.getByRole('button', { name: 'Discard changes' }).click();
  await expect(skills.name).toHaveValue('Whose turn');
  await expect(skills.field('Task', first)).toHaveValue('do the dishes');
  await expect(skills.page.getByText('Discarded your unsaved changes.')).toBeVisible();
  await app.reload();
  await expect(skills.name).toHaveValue('Whose turn');
  await expect(skills.draftNotice).toBeHidden();
});

test('a skill saved as a draft does not start by voice until it is turned on', async ({
  app,
  page,
  skills,
}) => {
  const assistant = new AssistantConsole(page);
  await app.open('/');
  await skills.open();
  await skills.useTemplate('Countdown');
  await skills.name.fill('Big days');
  await skills.saveAsDraft();
  const card = skills.card('Big days');
  await expect(card).toHaveAttribute('data-status', 'draft');
  await expect(card).toContainText('Draft');
  await expect(card).toContainText('it does not start by voice until you turn it on');

  await assistant.open();
  const reply = await assistant.say('open big days');
  await expect(reply).not.toContainText("Grandma's visit");
  await expect(assistant.why()).toHaveCount(0);

  await skills.open();
  await card.getByRole('button', { name: 'Turn on', exact: true }).click();
  await expect(card).toHaveAttribute('data-status', 'enabled');
  await expect(skills.useSwitch('Big days')).toBeChecked();

  await assistant.open();
  await expect(await assistant.say('open big days')).toContainText(
    "31 days until Grandma's visit.",
  );
});

test('Duplicate makes a draft copy; Delete can be undone', async ({ app, page, skills }) => {
  await app.open('/');
  await seedSkill(page, 'jokes', 'Jokes');
  await skills.open();
  await expect(skills.cards).toHaveCount(1);

  await skills.card('Jokes').getByRole('button', { name: 'Duplicate', exact: true }).click();
  await expect(skills.cards).toHaveCount(2);
  await expect(skills.card('Jokes 2')).toHaveAttribute('data-status', 'draft');
  await expect(skills.card('Jokes')).toHaveAttribute('data-status', 'enabled');

  await skills.card('Jokes').getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(skills.card('Jokes')).toHaveCount(0);
  await expect(skills.deletedBar).toContainText('Deleted “Jokes”.');
  const undo = skills.deletedBar.getByRole('button', { name: 'Undo', exact: true });
  await expect(undo).toBeFocused();
  expect((await storedSkills(page)).map((s) => s.name)).toEqual(['Jokes 2']);

  await undo.click();
  await expect(page.getByRole('status').filter({ hasText: '“Jokes” is back.' })).toBeVisible();
  await expect(skills.card('Jokes')).toHaveAttribute('data-status', 'enabled');
  expect((await storedSkills(page)).map((s) => s.name).sort()).toEqual(['Jokes', 'Jokes 2']);
});

test('a start phrase that is also a built-in command is saved only with "Save anyway"', async ({
  app,
  page,
  skills,
}) => {
  await app.open('/');
  await skills.open();
  await skills.useTemplate('Jokes');
  await skills.name.fill('Laughs');
  await skills.addPhrase('turn off the lights');

  await skills.saveAndTurnOnButton.click();
  await expect(skills.saveAnywayDialog).toContainText('turn off the lights');
  await expect(skills.saveAnywayDialog).toContainText('Saying it will open Laughs instead.');
  await skills.saveAnywayDialog.getByRole('button', { name: 'Go back', exact: true }).click();
  await expect(skills.saveAnywayDialog).toBeHidden();
  await expect(skills.editorHeading).toHaveText('New skill: Jokes');
  expect(await storedSkills(page)).toEqual([]);

  await skills.saveAndTurnOnButton.click();
  await skills.saveAnywayDialog.getByRole('button', { name: 'Save anyway', exact: true }).click();
  await expect(skills.listHeading).toBeVisible();
  await expect(skills.card('Laughs')).toContainText('Say “open Laughs” or “turn off the lights”');
  expect(await storedSkills(page)).toEqual([
    expect.objectContaining({ name: 'Laughs', phrases: ['turn off the lights'] }),
  ]);

  // As the warning said: the phrase now opens the skill, and the lights stay as they were.
  const assistant = new AssistantConsole(page);
  await assistant.open();
  await expect(await assistant.say('turn off the lights')).toContainText('Want another?');
  await expect(assistant.skillSession('Laughs')).toBeVisible();
  expect((await app.entity('light.living_room_lamp'))?.state).toBe('on');
});

test('a skill shared as a link is tried and added in another home', async ({
  app,
  page,
  skills,
  browser,
}) => {
  await app.open('/');
  await skills.open();
  await skills.useTemplate('Custom Q&A');
  await skills.name.fill('Our family');
  await skills.field('Welcome').fill('Hello from the Hill family!');
  await skills.saveAndTurnOn();
  await skills.openShare('Our family');
  await expect(page.getByRole('region', { name: 'What is shared' })).toBeVisible();
  const link = await skills.shareLink();
  expect(link).toContain('/skills/import#skill=');

  // Someone else, in a home of their own (a new context: a fresh database), opens the link.
  const other = await browser.newContext();
  try {
    const theirs = await other.newPage();
    const them = new SkillsPages(theirs);
    await theirs.goto(`/skills/import?scenario=demo&now=${DEMO_NOW}${new URL(link).hash}`);
    await new App(theirs).ready();
    await expect(them.importHeading).toBeVisible();
    await expect(theirs.getByRole('heading', { level: 2, name: 'Our family' })).toBeVisible();
    await expect(them.importPreview).not.toBeEmpty();
    // Tried before anything is added.
    await expect(await them.previewStart()).toContainText('Hello from the Hill family!');
    expect(await storedSkills(theirs)).toEqual([]);

    await them.addThisSkill('Our family');
    await expect(theirs.getByText('Added “Our family” as a draft')).toBeVisible();
    expect(await storedSkills(theirs)).toEqual([
      expect.objectContaining({ name: 'Our family', blueprint: 'qa', status: 'draft' }),
    ]);
  } finally {
    await other.close();
  }
});

test('a damaged shared link is refused with a clear message and adds nothing', async ({
  app,
  page,
  skills,
}) => {
  await app.open('/');
  await seedSkill(page, 'trivia', 'Family trivia');
  await skills.open();
  await skills.openShare('Family trivia');
  const link = await skills.shareLink();

  // Cut short, as a link copied in part would be.
  await skills.page.getByRole('link', { name: 'All skills' }).click();
  await skills.openImport();
  await skills.pasteShared(link.slice(0, Math.floor(link.length / 2)));
  await expect(skills.importRefusal).toContainText(
    'Nothing was added: what you pasted can’t be imported.',
  );
  await expect(skills.addThisSkillButton).toHaveCount(0);
  expect((await storedSkills(page)).map((s) => s.name)).toEqual(['Family trivia']);
});

test('the skills pages pass an accessibility scan', async ({ app, page, skills }) => {
  test.slow(); // six pages scanned
  await app.open('/');
  await seedSkill(page, 'trivia', 'Family trivia');
  await skills.open();
  await expect(skills.cards).toHaveCount(1);
  await expectNoA11yViolations(page, 'the skills list with the gallery', { soft: true });

  await page.goto('/skills/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Make a skill' })).toBeVisible();
  await expectNoA11yViolations(page, 'the gallery page', { soft: true });

  await skills.useTemplate('Flash cards');
  await skills.previewStart();
  await skills.previewSay('French words', 'show me');
  await expectNoA11yViolations(page, 'the editor with its preview used', { soft: true });

  await skills.open();
  await skills.openShare('Family trivia');
  await expectNoA11yViolations(page, 'the share page', { soft: true });
  const link = await skills.shareLink();

  await page.goto('/skills/import');
  await expect(skills.importHeading).toBeVisible();
  await expectNoA11yViolations(page, 'the import page', { soft: true });
  await skills.pasteShared(link);
  await expect(skills.addThisSkillButton).toBeEnabled();
  await expectNoA11yViolations(page, 'the import page with a skill shown', { soft: true });
});
