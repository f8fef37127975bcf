// A skill from each of the 13 templates, made as a person makes one: the Skills page from the
// navigation, "Use this template", a name of their own and at least one field changed in the
// form, "Save and turn on"; then a whole conversation with it in the Assistant, whose replies
// prove the changed field was used. The demo home's evening: Tuesday 3 March 2026, 19:30 in
// London, the clock paused.
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { AssistantConsole } from './pages/AssistantConsole.ts';
import type { SkillsPages } from './pages/Skills.ts';

/**
 * Opens the Skills page from the navigation, starts a skill from `template`, names it, lets
 * `change` fill in the form, saves it turned on and goes to the Assistant.
 */
async function makeSkill(
  skills: SkillsPages,
  template: string,
  name: string,
  change: () => Promise<void>,
): Promise<AssistantConsole> {
  await skills.open();
  await skills.useTemplate(template);
  await skills.name.fill(name);
  await change();
  await skills.saveAndTurnOn();
  await expect(skills.card(name)).toHaveAttribute('data-status', 'enabled');
  await expect(skills.card(name)).toContainText(`Say “open ${name}”`);
  const assistant = new AssistantConsole(skills.page);
  await assistant.open();
  return assistant;
}

/** The words of the last reply, without what screen readers hear before them. */
const words = (assistant: AssistantConsole) => assistant.replyText();

test.beforeEach(async ({ app }) => {
  await app.open('/');
});

// ---- Fun & games ----------------------------------------------------------------------------

test('Trivia quiz: a question rewritten in the form is asked and scored in a whole game', async ({
  skills,
}) => {
  test.slow(); // a whole game: eight questions
  // The example's questions with their right answers, question 1 rewritten below.
  const answers: Record<string, string> = {
    'Which animal has long ears?': 'Rabbit',
    'Which planet is the biggest?': 'Jupiter',
    'What do bees make?': 'Honey',
    'How many legs does a spider have?': 'Eight',
    'Which fruit is yellow and bendy?': 'Banana',
    'What is the closest star to Earth?': 'The Sun',
    'Which bird cannot fly?': 'Penguin',
    'What is pizza cheese usually made from?': 'Milk',
  };
  const assistant = await makeSkill(skills, 'Trivia quiz', 'Quiz night', async () => {
    const first = skills.item('Question', 1);
    await skills.field('Question', first).fill('Which animal has long ears?');
    await skills.field('Right answer', first).fill('Rabbit');
    await skills.field('Questions in a game').fill('8');
  });

  await expect(await assistant.say('open quiz night')).toContainText(
    "Welcome to Quiz night! Today's questions are about animals, space and food. 8 questions",
  );
  await expect(assistant.skillSession('Quiz night')).toBeVisible();
  // The order is new each game: each question is read from the reply and answered.
  const asked: string[] = [];
  for (let n = 1; n <= 8; n++) {
    const found = /Question (\d+) of 8: (.+?\?) A: /.exec(await words(assistant));
    expect(found, `question ${n} in: ${await words(assistant)}`).not.toBeNull();
    expect(Number(found![1])).toBe(n);
    const question = found![2]!;
    asked.push(question);
    await expect(await assistant.say(answers[question]!)).toContainText('Right!');
  }
  expect(asked).toContain('Which animal has long ears?');
  expect(new Set(asked).size).toBe(8);
  await expect(assistant.reply()).toContainText('You got 8 out of 8.');
  await expect(await assistant.say('no')).toHaveText('Assistant: Thanks for playing!');
  await expect(assistant.skillSession()).toBeHidden();
});

/** Another, then no: two different items of the list, then goodbye. */
async function twoThenNo(
  assistant: AssistantConsole,
  name: string,
  items: readonly string[],
): Promise<void> {
  const item = async (reply: Locator) => {
    await expect(reply).toContainText('Want another?');
    const said = (await words(assistant)).replace(/ Want another\?$/, '');
    expect(items).toContain(said);
    return said;
  };
  const first = await item(await assistant.say(`open ${name.toLowerCase()}`));
  await expect(assistant.skillSession(name)).toBeVisible();
  const second = await item(await assistant.say('another'));
  // None comes again until every one was said.
  expect(second).not.toBe(first);
  await expect(await assistant.say('no')).toHaveText('Assistant: Okay, see you next time!');
  await expect(assistant.skillSession()).toBeHidden();
}

test('Jokes: jokes of one’s own, typed into an emptied form, are told', async ({ skills }) => {
  const jokes = [
    'What do you call a bear with no teeth? A gummy bear.',
    'Why did the bicycle fall over? It was two tired.',
  ];
  const assistant = await makeSkill(skills, 'Jokes', 'Silly jokes', async () => {
    await skills.startEmpty();
    // One empty box is left, as the list takes at least one: the first joke typed fills it.
    await expect(skills.words('Jokes')).toHaveCount(1);
    await expect(skills.word('joke', 1)).toHaveValue('');
    for (const joke of jokes) await skills.addWord('joke', joke);
    await expect(skills.words('Jokes')).toHaveCount(2);
  });
  await twoThenNo(assistant, 'Silly jokes', jokes);
});

test('Compliments: the list cut down and rewritten in the form is what is said', async ({
  skills,
}) => {
  const kind = ['You tell the best stories.', 'Your hugs fix everything.'];
  const assistant = await makeSkill(skills, 'Compliments', 'Kind words', async () => {
    await expect(skills.words('Compliments')).toHaveCount(8);
    // Seven removed one by one from the second place, the first rewritten, one more added.
    for (let i = 0; i < 7; i++) await skills.removeWord('compliment', 2);
    await expect(skills.words('Compliments')).toHaveCount(1);
    await skills.word('compliment', 1).fill(kind[0]!);
    await skills.addWord('compliment', kind[1]!);
  });
  await twoThenNo(assistant, 'Kind words', kind);
});

// ---- Learning -------------------------------------------------------------------------------

test('Custom Q&A: an answer changed in the form, asked in other words and in one go', async ({
  skills,
}) => {
  const pickle = 'Our dog is called Pickle. She is a poodle and loves the park.';
  const assistant = await makeSkill(skills, 'Custom Q&A', 'Family answers', async () => {
    const dog = skills.item('Question', 2);
    await expect(skills.word('way to ask', 1, dog)).toHaveValue("what is the dog's name");
    await skills.field('Answer', dog).fill(pickle);
  });

  await expect(await assistant.say('open family answers')).toContainText(
    'Hi! I know all sorts of things about our family.',
  );
  await expect(assistant.skillSession('Family answers')).toBeVisible();
  // None of the ways to ask it written in the form.
  await expect(await assistant.say("what's our dog's name?")).toHaveText(
    `Assistant: ${pickle} Anything else? Ask another question, or say no.`,
  );
  await expect(await assistant.say('no thanks')).toHaveText('Assistant: All right. Bye for now!');
  await expect(assistant.skillSession()).toBeHidden();

  await expect(await assistant.say('ask family answers what is our dog called')).toHaveText(
    `Assistant: ${pickle}`,
  );
  await expect(assistant.skillSession()).toBeHidden();
});

test('Flash cards: a card and the instruction changed in the form, practised to the end', async ({
  skills,
}) => {
  test.slow(); // all eight cards
  const backs: Record<string, string> = {
    cat: 'minou',
    dog: 'chien',
    apple: 'pomme',
    house: 'maison',
    bread: 'pain',
    'thank you': 'merci',
    'good night': 'bonne nuit',
    friend: 'ami',
  };
  const assistant = await makeSkill(skills, 'Flash cards', 'French practice', async () => {
    await skills.field('What to say before each card').fill('Say in French');
    const first = skills.item('Card', 1);
    await expect(skills.field('Front', first)).toHaveValue('cat');
    await skills.field('Answer (the back)', first).fill('minou');
  });

  await expect(await assistant.say('open french practice')).toContainText(
    "Let's practise 8 cards.",
  );
  const fronts: string[] = [];
  for (let n = 1; n <= 8; n++) {
    const found = /Say in French “([^”]+)”\./.exec(await words(assistant));
    expect(found, `a card in: ${await words(assistant)}`).not.toBeNull();
    const front = found![1]!;
    fronts.push(front);
    await expect(await assistant.say(backs[front]!)).toContainText('Yes!');
  }
  expect(fronts.sort()).toEqual(Object.keys(backs).sort());
  await expect(assistant.reply()).toHaveText(
    'Assistant: Yes! You knew all 8 the first time. Brilliant!',
  );
  await expect(assistant.skillSession()).toBeHidden();
});

test('Fun facts: facts of one’s own are told, another, then no', async ({ skills }) => {
  const facts = [
    'A hummingbird’s heart beats over a thousand times a minute.',
    'Some turtles can breathe through their bottoms.',
  ];
  const assistant = await makeSkill(skills, 'Fun facts', 'Nature facts', async () => {
    await skills.startEmpty();
    for (const fact of facts) await skills.addWord('fact', fact);
  });
  await twoThenNo(assistant, 'Nature facts', facts);
});

// ---- Home & family --------------------------------------------------------------------------

test('Whose turn: a name changed in the form takes the next turn', async ({ skills }) => {
  const assistant = await makeSkill(skills, 'Whose turn', 'Turn taker', async () => {
    const cat = skills.item('Task', 2);
    await expect(skills.field('Task', cat)).toHaveValue('feed the cat');
    await skills.word('name', 1, cat).fill('Granny');
  });

  await expect(await assistant.say('open turn taker')).toContainText('Whose turn for what?');
  await expect(assistant.skillSession('Turn taker')).toBeVisible();
  await expect(await assistant.say('feed the cat')).toHaveText(
    "Assistant: It's Granny's turn to feed the cat. Next up: Maya.",
  );
  await expect(await assistant.say('thanks')).toHaveText('Assistant: All right!');
  await expect(assistant.skillSession()).toBeHidden();
});

test('Houseguest guide: a place changed in the form, asked in other words and in one go', async ({
  skills,
}) => {
  const assistant = await makeSkill(skills, 'Houseguest guide', 'Guest help', async () => {
    const towels = skills.item('Thing', 1);
    await expect(skills.field('Thing', towels)).toHaveValue('towels');
    await skills.field('Where it is', towels).fill('in the blue basket in the bathroom');
    await skills.field('Wi-Fi password').fill('starfish-77');
  });

  await expect(await assistant.say('open guest help')).toContainText(
    'Welcome to our home! Make yourself comfortable.',
  );
  await expect(await assistant.say('how do I get on the internet here?')).toContainText(
    'The Wi-Fi password is “starfish-77”.',
  );
  await expect(await assistant.say('nothing else')).toHaveText(
    'Assistant: All right. Bye for now!',
  );
  await expect(assistant.skillSession()).toBeHidden();

  await expect(await assistant.say('ask guest help where can I find a towel')).toHaveText(
    'Assistant: The towels are in the blue basket in the bathroom.',
  );
});

test('Babysitter guide: a topic changed in the form, asked in other words and in one go', async ({
  skills,
}) => {
  const assistant = await makeSkill(skills, 'Babysitter guide', 'Sitter notes', async () => {
    const bedtime = skills.item('Topic', 1);
    await expect(skills.field('Topic', bedtime)).toHaveValue('bedtime');
    await skills
      .field('What to say', bedtime)
      .fill('Leo goes to bed at 7 and Maya at half past 8.');
  });

  await expect(await assistant.say('open sitter notes')).toContainText(
    'Hi, and thank you for looking after Maya and Leo tonight!',
  );
  await expect(await assistant.say('tell me about bedtime please')).toHaveText(
    'Assistant: Leo goes to bed at 7 and Maya at half past 8. Anything else? Ask another question, or say no.',
  );
  await expect(await assistant.say('no')).toHaveText('Assistant: All right. Bye for now!');

  await expect(await assistant.say('ask sitter notes when is bedtime')).toHaveText(
    'Assistant: Leo goes to bed at 7 and Maya at half past 8.',
  );
  await expect(assistant.skillSession()).toBeHidden();
});

test('Chore chart: a day ticked in the form is in today’s chores, for whoever is asking', async ({
  skills,
}) => {
  const assistant = await makeSkill(skills, 'Chore chart', 'Home jobs', async () => {
    const cat = skills.item('Chore', 3);
    await expect(skills.field('Chore', cat)).toHaveValue('feed the cat');
    await expect(skills.field('Who does it', cat)).toHaveValue('Maya');
    const tuesday = skills.day('On these days', 'Tuesday', cat);
    await expect(tuesday).not.toBeChecked();
    await tuesday.check();
  });

  await expect(await assistant.say('open home jobs')).toContainText('Ask me about chores');
  // Today is a Tuesday.
  await expect(await assistant.say('what are my chores today?')).toHaveText(
    "Assistant: Who's asking: Emma, Maya or Leo?",
  );
  await expect(await assistant.say('Maya')).toHaveText(
    'Assistant: Your chores today, Maya: feed the cat and set the table.',
  );
  await expect(assistant.skillSession('Home jobs')).toBeVisible();
});

test('Countdown: a date changed in the form is counted down to, in one reply', async ({
  skills,
}) => {
  const assistant = await makeSkill(skills, 'Countdown', 'Days to go', async () => {
    const visit = skills.item('Event', 2);
    await expect(skills.field('Event', visit)).toHaveValue("Grandma's visit");
    await skills.field('Date', visit).fill('2026-03-13');
  });

  const reply = await assistant.say('open days to go');
  await expect(reply).toContainText("10 days until Grandma's visit.");
  await expect(reply).toContainText("Then Maya's birthday in 70 days");
  // A countdown answers and is done.
  await expect(assistant.skillSession()).toBeHidden();
});

// ---- Storytelling ---------------------------------------------------------------------------

test('Bedtime story: the child’s name from the form and the words chosen, to “The end”', async ({
  skills,
}) => {
  const assistant = await makeSkill(skills, 'Bedtime story', 'Story time', async () => {
    await skills.field("Child's name").fill('Leo');
  });

  await expect(await assistant.say('open story time')).toHaveText(
    "Assistant: Let's make up a story for Leo! What animal should be in the story? You could say owl, hedgehog, dragon or bunny, or “surprise me”.",
  );
  await expect(await assistant.say('a dragon')).toContainText('Where was it hiding?');
  await expect(await assistant.say('the big oak tree')).toContainText('What goes in the sandwich?');
  await expect(await assistant.say('jam')).toContainText('What colour was the little door?');
  const story = await assistant.say('purple');
  await expect(story).toContainText(
    'Once upon a time, Leo found a tiny dragon hiding under the big oak tree.',
  );
  await expect(story).toContainText('So Leo packed a jam sandwich');
  await expect(story).toContainText('a little door glowing purple');
  await expect(story).toContainText(/The end\. Sleep tight, Leo\.$/);
  await expect(assistant.skillSession()).toBeHidden();
});

test('Sample dialogues: an answer changed in the form, for a sentence like its example', async ({
  skills,
}) => {
  const assistant = await makeSkill(skills, 'Sample dialogues', 'Pizza place', async () => {
    const first = skills.item('Example', 1);
    await expect(skills.field('A person says', first)).toHaveValue("I'd like a [size] pizza");
    await skills.field('The skill answers', first).fill('One [size] pizza, ready in a jiffy!');
  });

  await expect(await assistant.say('open pizza place')).toHaveText(
    "Assistant: Welcome to Tony's Pizza! What can I get you?",
  );
  await expect(await assistant.say('can I get a large pizza please')).toHaveText(
    'Assistant: One large pizza, ready in a jiffy!',
  );
  await expect(assistant.skillSession('Pizza place')).toBeVisible();
  await assistant.pressSkillButton('Stop', 'Pizza place');
  await expect(assistant.skillSession()).toBeHidden();
});
