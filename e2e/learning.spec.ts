// Self-learning (issue 8) through the UI: a failed request, its rephrase and the offer to remember
// it, accepted, then the first words working with "Why?" saying so; "no, I meant …" taking the
// last turn back; forgetting a rewrite on "Things I've learned"; pausing learning; a preferred
// version of a title; axe on the page. The demo home's evening, clock paused; the console speaks
// from the Living room (the room with the most devices).
import { expectNoA11yViolations } from './a11y.ts';
import { expect, test, type App } from './fixtures.ts';
import { AssistantConsole } from './pages/AssistantConsole.ts';
import { LearnedFromYou } from './pages/LearnedFromYou.ts';

const LAMP = 'light.living_room_lamp';

const stateOf = async (app: App, id: string) => (await app.entity(id))?.state;

/** "kill the big lamp" fails, "turn off the living room lamp" works: the offer ends the reply. */
async function failThenRephrase(console_: AssistantConsole, app: App): Promise<void> {
  await console_.say('turn on the living room lamp');
  await expect(console_.reply()).toContainText(/Living room lamp/);
  await console_.say('kill the big lamp');
  await expect.poll(() => stateOf(app, LAMP)).toBe('on');
  await console_.say('turn off the living room lamp');
  await expect(console_.reply()).toContainText(
    'From now on, shall I take “kill the big lamp” to mean “turn off the living room lamp”?',
  );
}

/** "turn on the lamp" in the Living room, meaning another lamp: the Living room lamp goes on. */
async function wrongLampOn(console_: AssistantConsole, app: App): Promise<void> {
  await console_.say('turn off the living room lamp');
  await console_.say('turn on the lamp');
  await expect.poll(() => stateOf(app, LAMP)).toBe('on');
}

test('a rephrase is offered, accepted, and the first words then work — and Why? says so', async ({
  app,
  page,
}) => {
  const console_ = new AssistantConsole(page);
  await app.open('/assistant');
  await failThenRephrase(console_, app);
  await expect.poll(() => stateOf(app, LAMP)).toBe('off');

  await console_.say('yes');
  await expect(console_.reply()).toHaveText(
    /OK\. From now on, “kill the big lamp” means “turn off the living room lamp”\./,
  );

  await console_.say('turn on the living room lamp');
  await expect.poll(() => stateOf(app, LAMP)).toBe('on');
  await console_.say('kill the big lamp');
  await expect.poll(() => stateOf(app, LAMP)).toBe('off');
  await console_.why().click();
  await expect(console_.explanation()).toContainText(
    'I understood “kill the big lamp” as “turn off the living room lamp” (learned on 3 March).',
  );

  const learned = new LearnedFromYou(page);
  await learned.open();
  const card = learned.rewrite('kill the big lamp');
  await expect(card).toContainText('In use since 3 March (you said yes)');
  await card.getByText(/How I learned it/).click();
  await expect(card).toContainText(
    'you said “kill the big lamp”, then “turn off the living room lamp” worked.',
  );
  const state = await page.evaluate(() => window.teachableHome!.learning.state());
  expect(state.rewrites).toHaveLength(1);
  expect(state.rewrites[0]).toMatchObject({ status: 'promoted', confirmed: true });
});

test('"no, I meant …" takes the last change back and does what was meant', async ({
  app,
  page,
}) => {
  const console_ = new AssistantConsole(page);
  await app.open('/assistant');
  await wrongLampOn(console_, app);

  await console_.say('no, I meant the bedside lamp');
  await expect(console_.reply()).toContainText(
    'Sorry — I put the Living room lamp back as it was. Turned on the Bedside lamp.',
  );
  await expect.poll(() => stateOf(app, LAMP)).toBe('off');
  await expect.poll(() => stateOf(app, 'light.bedside_lamp')).toBe('on');
  // And offers to remember it.
  await expect(console_.reply()).toContainText('From now on, shall I take “turn on the lamp”');

  // "That's wrong" alone takes the last change back and asks.
  await console_.say('not now');
  await console_.say('turn on the desk lamp');
  await expect.poll(() => stateOf(app, 'light.desk_lamp')).toBe('on');
  await console_.say("that's wrong");
  await expect(console_.reply()).toContainText('Sorry — I put the Desk lamp back as it was.');
  await expect.poll(() => stateOf(app, 'light.desk_lamp')).toBe('off');
});

test('a change set back by hand on the panel counts as wrong: the rephrase after it is offered', async ({
  app,
  page,
  home,
}) => {
  const console_ = new AssistantConsole(page);
  await app.open('/assistant');
  await wrongLampOn(console_, app);
  // The person puts it right by hand, then says what they meant.
  await home.tile(LAMP).getByRole('switch', { name: 'Living room lamp' }).click();
  await expect.poll(() => stateOf(app, LAMP)).toBe('off');
  await console_.say('turn on the sideboard lamp');
  await expect(console_.reply()).toContainText(
    'From now on, shall I take “turn on the lamp” to mean “turn on the sideboard lamp”?',
  );
});

test('a learned rewrite is forgotten on "Things I\'ve learned", and the words fail again', async ({
  app,
  page,
}) => {
  const console_ = new AssistantConsole(page);
  const learned = new LearnedFromYou(page);
  await app.open('/assistant');
  await failThenRephrase(console_, app);
  await console_.say('yes');

  await learned.open();
  await expect(learned.rewrites).toHaveCount(1);
  await learned.forget('kill the big lamp');
  await expect(learned.undoBar).toContainText('Forgot');
  await expect(learned.rewrites).toHaveCount(0);
  await expect(learned.rewritesSection).toContainText('Nothing yet.');

  await app.reload();
  await expect(learned.rewrites).toHaveCount(0);
  await console_.open();
  // The conversation so far is back before anything new is said.
  await expect(console_.turns).toHaveCount(4);
  await console_.say('turn on the living room lamp');
  await console_.say('kill the big lamp');
  await expect(console_.reply()).toContainText("I don't know “the big lamp”");
  await expect.poll(() => stateOf(app, LAMP)).toBe('on');
});

test('paused, nothing new is learned; switched back on, it learns again', async ({ app, page }) => {
  const console_ = new AssistantConsole(page);
  const learned = new LearnedFromYou(page);
  await app.open('/assistant');
  await learned.open();
  await expect(learned.learningSwitch).toBeChecked();
  await learned.learningSwitch.click();
  await expect(learned.learningSwitch).not.toBeChecked();
  await expect(learned.learningStatus).toHaveText(
    'Paused: I keep using what I learned but learn nothing new.',
  );
  await app.reload();
  await expect(learned.learningSwitch).not.toBeChecked();

  await console_.open();
  await console_.say('turn on the living room lamp');
  await console_.say('kill the big lamp');
  await console_.say('turn off the living room lamp');
  await expect(console_.reply()).not.toContainText('From now on');
  expect((await page.evaluate(() => window.teachableHome!.learning.state())).rewrites).toEqual([]);

  await learned.open();
  await learned.learningSwitch.click();
  await expect(learned.learningSwitch).toBeChecked();
  await console_.open();
  await expect(console_.turns).toHaveCount(3);
  await failThenRephrase(console_, app);
});

test('"no, the Kate Bush one" is remembered: the next "play wow" plays that version', async ({
  app,
  page,
}) => {
  const console_ = new AssistantConsole(page);
  const learned = new LearnedFromYou(page);
  await app.open('/assistant');
  await console_.speakFrom('Kitchen');
  await console_.say('play wow');
  await expect(console_.reply()).toContainText(/^(Assistant: )?Playing Wow by/);
  await console_.say('no, the Kate Bush one');
  await expect
    .poll(
      async () =>
        ((await app.entity('media_player.kitchen_speaker'))?.attributes as { media_id?: string })
          .media_id,
    )
    .toBe('song.wow_kate_bush');
  await console_.say('turn off the kitchen speaker');
  await console_.say('play wow');
  await expect(console_.reply()).toContainText('Playing Wow by Kate Bush');
  await expect(console_.reply()).toContainText('you preferred');

  await learned.open();
  await expect(learned.preference('Wow')).toContainText('Kate Bush');
});

test('"Things I\'ve learned" with rewrites and choices passes axe', async ({ app, page }) => {
  test.slow();
  const console_ = new AssistantConsole(page);
  const learned = new LearnedFromYou(page);
  await app.open('/assistant');
  await failThenRephrase(console_, app);
  await expectNoA11yViolations(page, 'the console with an offer to remember a rephrase', {
    soft: true,
  });
  await console_.say('close the garage door');
  await console_.say('pop the garage');
  await console_.say('open the garage door');
  await expect(console_.reply()).toContainText('From now on, shall I take “pop the garage”');
  await learned.open();
  await expect(learned.rewrites).toHaveCount(2);
  await expect(learned.rewrite('pop the garage')).toContainText('Waits for your yes');
  await expectNoA11yViolations(page, "Things I've learned with rewrites", { soft: true });
});
