// Talking to skills in the console: a session opened by voice, the words that always work in one
// (help, repeat, start over, stop — also as the status bar's buttons), skills that remember
// between sessions and reloads, answers that follow the simulated clock, one-shot questions,
// "Why?", a session left alone ending, and a skill switched off. The skills are seeded with the
// test API (their forms have their own spec); everything else is done through the console. The
// demo home's evening: Tuesday 3 March 2026, 19:30 in London, the clock paused.
import type { Page } from '@playwright/test';
import type { BlueprintId } from '../src/domain/blueprints/types.ts';
import { expectNoA11yViolations } from './a11y.ts';
import { expect, test } from './fixtures.ts';
import { AssistantConsole } from './pages/AssistantConsole.ts';
import { HomePanel } from './pages/HomePanel.ts';

/** Adds a skill as saving its form does; without `config`, the template's example. */
async function addSkill(
  page: Page,
  skill: { blueprint: BlueprintId; name: string; config?: unknown },
): Promise<void> {
  await page.evaluate((skill) => window.teachableHome!.skills.add(skill), skill);
}

// ---- Trivia ---------------------------------------------------------------------------------

/** The right answers of the trivia template's example (src/domain/blueprints/templates/trivia.ts). */
const TRIVIA_ANSWERS: Record<string, string> = {
  'Which animal sleeps standing up?': 'Horse',
  'Which planet is the biggest?': 'Jupiter',
  'What do bees make?': 'Honey',
  'How many legs does a spider have?': 'Eight',
  'Which fruit is yellow and bendy?': 'Banana',
  'What is the closest star to Earth?': 'The Sun',
  'Which bird cannot fly?': 'Penguin',
  'What is pizza cheese usually made from?': 'Milk',
};

interface Asked {
  number: number;
  of: number;
  question: string;
  /** "Horse", "Cat", "Rabbit": in the order read out as A, B, C. */
  choices: string[];
  right: string;
}

/** The question a trivia reply asks: "Question 2 of 5: Which …? A: Horse, B: Cat or C: Rabbit." */
function questionIn(reply: string): Asked {
  const found = /Question (\d+) of (\d+): (.+?\?) (A: .+)\.$/.exec(reply);
  if (!found) throw new Error(`No question in the reply: ${reply}`);
  const [, number, of, question, read] = found;
  const choices = read!.split(/,\s|\sor\s(?=[A-E]: )/).map((c) => c.replace(/^[A-E]: /, ''));
  const right = TRIVIA_ANSWERS[question!];
  if (!right) throw new Error(`A question the example does not have: ${question}`);
  return { number: Number(number), of: Number(of), question: question!, choices, right };
}

const letterOf = (asked: Asked, choice: string) => 'ABCDE'[asked.choices.indexOf(choice)] ?? '?';

/** Answers the question the last reply asks: right, wrong (by letter), or "skip". */
async function answer(
  assistant: AssistantConsole,
  how: 'right' | 'wrong' | 'skip',
): Promise<{ asked: Asked; reply: string; said: string }> {
  const asked = questionIn(await assistant.replyText());
  const wrong = asked.choices.find((c) => c !== asked.right)!;
  const said = how === 'right' ? asked.right : how === 'wrong' ? letterOf(asked, wrong) : 'skip';
  await assistant.say(said);
  const reply = await assistant.replyText();
  const rightOne = `${letterOf(asked, asked.right)}: ${asked.right}`;
  if (how === 'right') expect(reply).toMatch(/^Right!/);
  if (how === 'wrong') expect(reply).toMatch(new RegExp(`^Not quite: it's ${rightOne}\\.`));
  if (how === 'skip')
    expect(reply).toMatch(new RegExp(`^Skipped\\. The answer was ${rightOne}\\.`));
  return { asked, reply, said };
}

test('a game of trivia is scored, and the best score is remembered for the next game', async ({
  app,
  page,
}) => {
  test.slow(); // two whole games, a dozen turns each
  const assistant = new AssistantConsole(page);
  await app.open('/assistant');
  await addSkill(page, { blueprint: 'trivia', name: 'Family trivia' });

  await expect(await assistant.say('open family trivia')).toContainText(
    "Welcome to Family trivia! Today's questions are about animals, space and food. 5 questions",
  );
  await expect(assistant.skillSession('Family trivia')).toBeVisible();
  expect(questionIn(await assistant.replyText()).number).toBe(1);

  // Right, wrong, skipped, right, right: 3 out of 5, each question asked once.
  const plan = ['right', 'wrong', 'skip', 'right', 'right'] as const;
  const questions: string[] = [];
  for (const [i, how] of plan.entries()) {
    const { asked, reply } = await answer(assistant, how);
    expect(asked).toMatchObject({ number: i + 1, of: 5 });
    questions.push(asked.question);
    if (i < plan.length - 1) expect(questionIn(reply).number).toBe(i + 2);
  }
  expect(new Set(questions).size).toBe(5);
  await expect(assistant.reply()).toContainText(
    "You got 3 out of 5. That's the score to beat next time. Play again? Say yes or no.",
  );
  await expect(assistant.skillSession('Family trivia')).toBeVisible();
  await expect(await assistant.say('no')).toHaveText('Assistant: Thanks for playing!');
  await expect(assistant.skillSession()).toBeHidden();

  // Another session: the best so far is in the session's "Why?", and a better game beats it.
  await assistant.say('open family trivia');
  await assistant.why().click();
  await expect(assistant.whyRow('Session')).toContainText('Best: 3');
  for (let i = 0; i < 5; i++) await answer(assistant, 'right');
  await expect(assistant.reply()).toContainText(
    "You got 5 out of 5. That's a new best! Play again? Say yes or no.",
  );
  await expect(await assistant.say('no thanks')).toHaveText('Assistant: Thanks for playing!');
  await expect(assistant.skillSession()).toBeHidden();
});

// ---- Whose turn -----------------------------------------------------------------------------

test('whose turn rotates fairly, remembered across reloads, and a skip passes the turn on', async ({
  app,
  page,
}) => {
  test.slow(); // three reloads
  const assistant = new AssistantConsole(page);
  // A reload shows the conversation so far before anything more is said.
  const reload = async () => {
    const turns = await assistant.turns.count();
    await app.reload();
    await expect(assistant.turns).toHaveCount(turns);
  };
  await app.open('/assistant');
  // The example: the dishes go Maya, Leo, Emma.
  await addSkill(page, { blueprint: 'whoseTurn', name: 'Chore turns' });

  // A one-shot question: answered, no session.
  await expect(await assistant.say('ask chore turns whose turn is it to do the dishes')).toHaveText(
    "Assistant: It's Maya's turn to do the dishes. Next up: Leo.",
  );
  await expect(assistant.skillSession()).toBeHidden();

  await reload();
  await expect(await assistant.say('ask chore turns whose turn is it to do the dishes')).toHaveText(
    "Assistant: It's Leo's turn to do the dishes. Next up: Emma.",
  );

  // In a session this time: which task, then whose turn, and Emma can't.
  await reload();
  await expect(await assistant.say('open chore turns')).toContainText('Whose turn for what?');
  await expect(assistant.skillSession('Chore turns')).toBeVisible();
  await expect(await assistant.say('the dishes')).toHaveText(
    "Assistant: It's Emma's turn to do the dishes. Next up: Maya.",
  );
  await expect(await assistant.say('skip')).toHaveText(
    "Assistant: Okay, it's Maya's turn to do the dishes. Emma goes first next time.",
  );
  await assistant.pressSkillButton('Stop', 'Chore turns');
  await expect(assistant.skillSession()).toBeHidden();

  // The skipped person comes first the next time.
  await reload();
  await expect(await assistant.say('ask chore turns whose turn is it to do the dishes')).toHaveText(
    "Assistant: It's Emma's turn to do the dishes. Next up: Leo.",
  );
});

// ---- Countdown ------------------------------------------------------------------------------

test('a countdown follows the simulated clock, down to the day itself', async ({
  app,
  page,
  clock,
}) => {
  const assistant = new AssistantConsole(page);
  await app.open('/assistant');
  // The example: Grandma's visit on 3 April, Maya's birthday on 12 May (with a message), …
  await addSkill(page, { blueprint: 'countdown', name: 'Big days' });

  const first = await assistant.say('open big days');
  await expect(first).toContainText("31 days until Grandma's visit.");
  await expect(first).toContainText("Maya's birthday in 70 days");
  // A countdown answers and is done: no session stays open.
  await expect(assistant.skillSession()).toBeHidden();

  // A day later, with the clock bar's "Set time".
  await clock.setTime('2026-03-04', '19:30');
  await clock.expectShows({ day: 'Wednesday' });
  const next = await assistant.say('open big days');
  await expect(next).toContainText("30 days until Grandma's visit.");
  await expect(next).toContainText("Maya's birthday in 69 days");

  // The day before, and on the day: the message written for it.
  await page.evaluate(() => window.teachableHome!.clock.set('2026-05-11T08:00'));
  await expect(await assistant.say("ask big days how long until Maya's birthday")).toHaveText(
    "Assistant: Maya's birthday is tomorrow!",
  );
  await page.evaluate(() => window.teachableHome!.clock.set('2026-05-12T08:00'));
  await expect(await assistant.say("ask big days how long until Maya's birthday")).toHaveText(
    "Assistant: Happy birthday, Maya! Nine years old today. Let's have cake!",
  );
  await expect(await assistant.say('open big days')).toContainText(
    "Happy birthday, Maya! Nine years old today. Let's have cake!",
  );
});

// ---- The session frame ----------------------------------------------------------------------

test('help, repeat, start over and stop work by voice and with the status bar’s buttons', async ({
  app,
  page,
}) => {
  const assistant = new AssistantConsole(page);
  await app.open('/assistant');
  await addSkill(page, { blueprint: 'trivia', name: 'Family trivia' });

  await assistant.say('open family trivia');
  const welcome = await assistant.replyText();
  const session = assistant.skillSession('Family trivia');
  await expect(session).toContainText('Talking to Family trivia');
  for (const word of ['Help', 'Repeat', 'Stop'] as const)
    await expect(assistant.skillButton(word, 'Family trivia')).toBeVisible();
  // Inside a skill, the home's suggestions step aside.
  await expect(assistant.suggestions).toHaveCount(0);

  const { choices } = questionIn(welcome);
  await expect(await assistant.say('help')).toHaveText(
    `Assistant: Say the answer, like “${choices[0]}”, or its letter, like “B”. Say “skip” to pass, “repeat” to hear the question again, or “stop” to end the game.`,
  );
  // "Repeat" repeats what the skill last asked, not the help.
  await expect(await assistant.say('say that again')).toHaveText(`Assistant: ${welcome}`);

  await answer(assistant, 'right');
  expect(questionIn(await assistant.replyText()).number).toBe(2);
  await expect(await assistant.say('start over')).toContainText('Welcome to Family trivia!');
  const restarted = await assistant.replyText();
  expect(questionIn(restarted).number).toBe(1);
  await assistant.why().click();
  await expect(assistant.whyRow('Session')).toContainText('Score: 0');

  // The same words as buttons.
  await expect(await assistant.pressSkillButton('Help', 'Family trivia')).toContainText(
    'Say “skip” to pass',
  );
  await expect(await assistant.pressSkillButton('Repeat', 'Family trivia')).toHaveText(
    `Assistant: ${restarted}`,
  );
  await answer(assistant, 'right');
  await expect(await assistant.pressSkillButton('Stop', 'Family trivia')).toHaveText(
    'Assistant: You had 1 out of 1 so far. Goodbye from Family trivia.',
  );
  await expect(assistant.skillSession()).toBeHidden();
  await expect(assistant.suggestions.first()).toBeVisible();

  // And "stop" said: the next words are the home's again.
  await assistant.say('open family trivia');
  await expect(session).toBeVisible();
  await expect(await assistant.say('stop')).toHaveText('Assistant: Goodbye from Family trivia.');
  await expect(assistant.skillSession()).toBeHidden();
  await expect(await assistant.say('B')).not.toContainText(/Right!|Not quite/);
});

test('three unexpected answers in a row end the session politely', async ({ app, page }) => {
  const assistant = new AssistantConsole(page);
  await app.open('/assistant');
  await addSkill(page, { blueprint: 'trivia', name: 'Family trivia' });
  await assistant.say('open family trivia');
  const { choices } = questionIn(await assistant.replyText());
  const read = choices.map((c, i) => `${'ABCDE'[i]}: ${c}`);

  const reprompt = new RegExp(`^Assistant: Say one of the choices — ${read[0]}, .* or “skip”\\.$`);
  await expect(await assistant.say('purple monkey dishwasher')).toHaveText(reprompt);
  await expect(assistant.skillSession('Family trivia')).toBeVisible();
  await expect(await assistant.say('my socks are green')).toHaveText(reprompt);
  await expect(assistant.skillSession('Family trivia')).toBeVisible();
  await expect(await assistant.say('tra la la')).toHaveText(
    "Assistant: Let's stop here. Say “open Family trivia” when you want to come back.",
  );
  await expect(assistant.skillSession()).toBeHidden();
});

test('a request of its own inside a session leaves the skill and is done', async ({
  app,
  page,
}) => {
  const assistant = new AssistantConsole(page);
  const home = new HomePanel(page);
  await app.open('/assistant');
  await addSkill(page, { blueprint: 'trivia', name: 'Family trivia' });
  await expect(home.tile('light.living_room_lamp')).toHaveAttribute('data-state', 'on');

  await assistant.say('open family trivia');
  await expect(assistant.skillSession('Family trivia')).toBeVisible();
  await expect(await assistant.say('turn off the living room lamp')).toContainText(
    "I've left Family trivia.",
  );
  await expect(assistant.lastTurn).toHaveAttribute('data-outcome', 'acted');
  await expect(home.tile('light.living_room_lamp')).toHaveAttribute('data-state', 'off');
  await expect(home.status('light.living_room_lamp')).toContainText('Off');
  await expect(assistant.skillSession()).toBeHidden();
});

test('"ask house guide where are the towels" answers at once, without a session', async ({
  app,
  page,
}) => {
  const assistant = new AssistantConsole(page);
  await app.open('/assistant');
  await addSkill(page, { blueprint: 'houseguest', name: 'House guide' });

  await expect(await assistant.say('ask house guide where are the towels')).toContainText(
    'in the hall cupboard, on the top shelf',
  );
  await expect(assistant.lastTurn).toHaveAttribute('data-outcome', 'answered');
  await expect(assistant.skillSession()).toBeHidden();
  await assistant.why().click();
  // The question as the assistant read it (articles are dropped when words are read).
  await expect(assistant.whyRow('Understood')).toHaveText(
    /^Ask “House guide”: where are (the )?towels$/,
  );
  await expect(assistant.whyRow('Skill')).toHaveText('House guide (Houseguest guide)');
  await expect(assistant.whyRow('Session')).toHaveCount(0);
  await expect(assistant.whyRow('Why')).toContainText('I matched your words:');
  await expect(assistant.whyRow('Why')).toContainText('where are the towels');
});

test('"Why?" under a skill’s reply shows the skill, its template, the session and the match', async ({
  app,
  page,
}) => {
  const assistant = new AssistantConsole(page);
  await app.open('/assistant');
  await addSkill(page, { blueprint: 'trivia', name: 'Family trivia' });
  await assistant.say('open family trivia');
  await assistant.why().click();
  await expect(assistant.whyRow('Understood')).toHaveText('Open the skill “Family trivia”');
  await expect(assistant.whyRow('Skill')).toHaveText('Family trivia (Trivia quiz)');
  await expect(assistant.whyRow('Session')).toContainText('Question 1 of 5');

  const { asked, said } = await answer(assistant, 'right');
  const turn = assistant.lastTurn;
  await assistant.why(turn).click();
  await expect(assistant.whyRow('Understood', turn)).toHaveText('An answer for “Family trivia”');
  await expect(assistant.whyRow('Skill', turn)).toHaveText('Family trivia (Trivia quiz)');
  const session = assistant.whyRow('Session', turn).getByRole('listitem');
  await expect(session).toHaveText(['Question 2 of 5', 'Score: 1', 'No games finished yet']);
  const why = assistant.whyRow('Why', turn).getByRole('listitem');
  await expect(why).toHaveText([
    '“Family trivia” is a skill you made from the Trivia quiz template.',
    'You were talking to “Family trivia”.',
    `I matched your words: “${said}” picks ${letterOf(asked, asked.right)}: ${asked.right}.`,
  ]);
});

test('a session left alone ends: the status goes, and the next "yes" is not the skill’s', async ({
  app,
  page,
}) => {
  const assistant = new AssistantConsole(page);
  await app.open('/assistant');
  await addSkill(page, {
    blueprint: 'trivia',
    name: 'Quick quiz',
    config: {
      categories: [],
      questions: [
        { question: 'What do bees make?', choices: ['Milk', 'Honey', 'Butter'], answer: 'Honey' },
      ],
      perGame: 1,
    },
  });
  await assistant.say('open quick quiz');
  await expect(await assistant.say('honey')).toContainText('Play again? Say yes or no.');
  await expect(assistant.skillSession('Quick quiz')).toBeVisible();

  // Four minutes later it is still waiting; six minutes after the last words it is over.
  await page.evaluate(() => window.teachableHome!.clock.set('2026-03-03T19:34'));
  await expect(assistant.skillSession('Quick quiz')).toBeVisible();
  await page.evaluate(() => window.teachableHome!.clock.set('2026-03-03T19:36'));
  await expect(assistant.skillSession()).toBeHidden();

  const reply = await assistant.say('yes');
  await expect(reply).not.toContainText('Here we go');
  await expect(reply).not.toContainText('What do bees make?');
  // Not a skill's reply: no "Why?" naming a skill under it.
  await expect(assistant.why()).toHaveCount(0);
});

test('a skill switched off on the Skills page is no longer started by voice', async ({
  app,
  page,
}) => {
  const assistant = new AssistantConsole(page);
  await app.open('/assistant');
  await addSkill(page, { blueprint: 'trivia', name: 'Family trivia' });
  await expect(await assistant.say('open family trivia')).toContainText(
    'Welcome to Family trivia!',
  );
  await expect(assistant.skillSession('Family trivia')).toBeVisible();

  // Switched off while its session is open.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Skills' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Skills' })).toBeVisible();
  const use = page.getByRole('switch', { name: 'Use “Family trivia”', exact: true });
  await expect(use).toBeChecked();
  await use.click();
  await expect(use).not.toBeChecked();

  await assistant.open();
  await expect(assistant.turns).toHaveCount(1);
  await expect(assistant.skillSession()).toBeHidden();
  const reply = await assistant.say('open family trivia');
  await expect(reply).not.toContainText('Welcome to Family trivia');
  await expect(assistant.skillSession()).toBeHidden();
  expect(await page.evaluate(() => window.teachableHome!.skills.list())).toEqual([
    expect.objectContaining({ name: 'Family trivia', status: 'disabled' }),
  ]);
});

test('the Assistant page with a skill session open passes an accessibility scan', async ({
  app,
  page,
}) => {
  const assistant = new AssistantConsole(page);
  await app.open('/assistant');
  await addSkill(page, { blueprint: 'trivia', name: 'Family trivia' });
  await assistant.say('open family trivia');
  await assistant.why().click();
  await expect(assistant.skillSession('Family trivia')).toBeVisible();
  await expect(assistant.whyRow('Skill')).toBeVisible();
  await expectNoA11yViolations(page, 'the Assistant page with a skill session open');
});
