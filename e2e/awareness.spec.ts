// Self-awareness as a person meets it: the family-month scenario (four weeks of a household's
// life, the garage door left open at the end) at a late hour shows a hunch with its evidence;
// answering it puts the door right with the hunch as the cause, or stops the question; the
// assistant acting on its own once allowed, and undone in one click; a habit offered as a routine
// opens the routine editor filled in; a hunch spoken after "good night" and answered by voice.
import { expectNoA11yViolations } from './a11y.ts';
import { expect, test } from './fixtures.ts';
import { AssistantConsole } from './pages/AssistantConsole.ts';
import { Awareness } from './pages/Awareness.ts';

/** A Tuesday at 22:00 in London: the garage door has been open since the evening. */
const LATE = '2026-03-03T22:00';
const GARAGE = 'cover.garage_door';

test.describe('hunches', () => {
  test('a late hour shows a hunch with its evidence; Yes closes the door, with the hunch as cause', async ({
    app,
    page,
    activity,
  }) => {
    const awareness = new Awareness(page);
    await app.open('/', { scenario: 'family-month', now: LATE });
    const card = awareness.hunch(GARAGE);
    await expect(card).toContainText('The Garage door is usually closed by now');
    await expect(card).toContainText(
      /closed at this time on (each of the last|\d+ of the last) \d+ days/,
    );
    await expect(card).toContainText('Close it?');
    // The test API sees what the page shows.
    const hunches = await page.evaluate(() => window.teachableHome?.awareness.hunches() ?? []);
    expect(hunches.map((h) => h.entityId)).toContain(GARAGE);
    const evidence = await awareness.why(card);
    await expect(evidence.getByRole('listitem').first()).toContainText('closed');

    await awareness.answer(GARAGE, 'Yes');
    await expect.poll(async () => (await app.entity(GARAGE))?.state).toMatch(/closing|closed/);

    await activity.open();
    await activity.filterBy('Cause', 'Hunch');
    await expect(activity.event(0)).toContainText('Garage door');
    await expect(activity.event(0)).toContainText('hunch');
  });

  test("Don't ask about this device stops it for good, until Settings asks again", async ({
    app,
    page,
  }) => {
    const awareness = new Awareness(page);
    await app.open('/', { scenario: 'family-month', now: LATE });
    await awareness.answer(GARAGE, "Don't ask about this device");
    await app.reload();
    // The panel has had its look at the home: other cards may show, this one does not.
    await expect(page.getByRole('heading', { level: 1, name: 'Your home' })).toBeVisible();
    await expect(awareness.hunch(GARAGE)).toHaveCount(0);
    expect((await app.entity(GARAGE))?.state).toBe('open');

    await awareness.openSettings();
    const never = page.getByRole('region', { name: "Devices I won't ask about" });
    await expect(never).toContainText('Garage door');
    await never.getByRole('button', { name: /Ask again/ }).click();
    await expect(never).not.toContainText('Garage door');
    await awareness.openHome();
    await expect(awareness.hunch(GARAGE)).toBeVisible();
  });

  test('Not now hides it for the rest of the evening, across a reload', async ({ app, page }) => {
    const awareness = new Awareness(page);
    await app.open('/', { scenario: 'family-month', now: LATE });
    await awareness.answer(GARAGE, 'Not now');
    await app.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Your home' })).toBeVisible();
    await expect(awareness.hunch(GARAGE)).toHaveCount(0);
  });

  test('allowed to act on its own, the assistant closes the door, says so, and Undo opens it again', async ({
    app,
    page,
    activity,
  }) => {
    test.slow();
    const awareness = new Awareness(page);
    await app.open('/', { scenario: 'family-month', now: LATE });
    await expect(awareness.hunch(GARAGE)).toBeVisible();
    await awareness.openSettings();
    await awareness.automaticSwitch('Garage door').click();
    await expect(awareness.automaticSwitch('Garage door')).toBeChecked();

    await expect.poll(async () => (await app.entity(GARAGE))?.state).toMatch(/closing|closed/);
    await awareness.openHome();
    const done = awareness.automatic.first();
    await expect(done).toContainText('Garage door');
    await done.getByRole('button', { name: /Undo/ }).click();
    await expect.poll(async () => (await app.entity(GARAGE))?.state).toMatch(/opening|open/);
    // Undone: not done again this evening.
    await expect(awareness.automatic).toHaveCount(0);

    await activity.open();
    await activity.filterBy('Cause', 'The assistant on its own');
    await expect(activity.event(0)).toContainText('Garage door');
    await expect(activity.event(0)).toContainText('usually closed');
  });
});

test('a habit is offered as a routine and opens the routine editor filled in', async ({
  app,
  page,
}) => {
  const awareness = new Awareness(page);
  await app.open('/', { scenario: 'family-month', now: LATE });
  const offer = awareness.habitOffers.first();
  await expect(offer).toContainText(/You often .* around \d\d:\d\d/);
  await offer.getByRole('link', { name: 'Make a routine' }).click();
  await expect(page).toHaveURL(/\/routines\/new\?draft=/);
  await expect(page.getByRole('heading', { level: 1, name: 'New routine' })).toBeVisible();
  await expect(page.getByText('Filled in from something you often do')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue(/.+/);
});

test('a hunch is spoken after "good night" and answered by voice', async ({ app, page }) => {
  const awareness = new Awareness(page);
  const console_ = new AssistantConsole(page);
  await app.open('/', { scenario: 'family-month', now: LATE });
  // The card shows once the assistant has read the history.
  await expect(awareness.hunch(GARAGE)).toBeVisible();
  await console_.open();
  await console_.say('good night');
  // Good night ran (the family's own routine), then what it noticed.
  await expect(console_.reply()).toContainText(
    'By the way, the Garage door is open. Want me to close it?',
  );
  expect((await app.entity('lock.front_door'))?.state).toBe('locked');
  await console_.say('yes');
  await expect(console_.reply()).toContainText('Garage door');
  await expect.poll(async () => (await app.entity(GARAGE))?.state).toMatch(/closing|closed/);
  await console_.why().click();
  await expect(console_.explanation()).toContainText('My hunch');
});

test("the Home page with the assistant's cards and Settings → Assistant pass an accessibility scan", async ({
  app,
  page,
}) => {
  test.slow();
  const awareness = new Awareness(page);
  await app.open('/', { scenario: 'family-month', now: LATE });
  await expect(awareness.hunch(GARAGE)).toBeVisible();
  await awareness.why(awareness.hunch(GARAGE));
  await expectNoA11yViolations(page, 'the Home page with hunch cards', { soft: true });
  await awareness.openSettings();
  await expectNoA11yViolations(page, 'Settings → Assistant', { soft: true });
});

test('Add 4 weeks of history gives a fresh demo home something to learn from', async ({
  app,
  page,
  activity,
}) => {
  test.slow();
  const awareness = new Awareness(page);
  await app.open('/settings/assistant');
  await page.getByRole('button', { name: 'Add 4 weeks of history' }).click();
  await expect(page.getByText(/\d[\d,]* events/).first()).toBeVisible({ timeout: 20_000 });
  await activity.open();
  await expect(activity.count).toContainText(/\d,\d{3} events/);
  await awareness.openHome();
});

test('a follow-up offer is answered by voice, explained, and its acceptance shows in Settings', async ({
  app,
  page,
}) => {
  const console_ = new AssistantConsole(page);
  const awareness = new Awareness(page);
  await app.open('/assistant');
  await console_.speakFrom('Kitchen');
  // The kitchen speaker plays in the demo evening: the lights going off brings one offer.
  await console_.say('turn off the lights');
  await expect(console_.reply()).toContainText('Turn off the Kitchen speaker too?');
  await console_.why().click();
  await expect(console_.explanation()).toContainText('What I offered');
  await console_.say('yes please');
  await expect
    .poll(async () => (await app.entity('media_player.kitchen_speaker'))?.state)
    .toBe('off');
  await awareness.openSettings();
  const rule = page.getByRole('region', { name: 'Suggestions after requests' });
  await expect(rule).toContainText('Accepted 1 of 1 time');
  // Switched off there, it is not offered again.
  await page.getByRole('switch', { name: /Offer: When a room’s lights go off/ }).click();
  await console_.open();
  await console_.say('turn on the kitchen speaker');
  await console_.say('turn on the lights');
  await console_.say('turn off the lights');
  await expect(console_.reply()).not.toContainText('too?');
});

test('a habit refused with Never ask is listed in Settings and can be offered again', async ({
  app,
  page,
}) => {
  const awareness = new Awareness(page);
  await app.open('/', { scenario: 'family-month', now: LATE });
  const offer = awareness.habitOffers.first();
  await expect(offer).toBeVisible();
  const id = await offer.getAttribute('data-testid');
  await offer.getByRole('button', { name: 'Never ask' }).click();
  await expect(page.getByTestId(id!)).toHaveCount(0);
  await awareness.openSettings();
  const refused = page.getByRole('region', { name: "Habits I won't offer" });
  await refused.getByRole('button', { name: /Offer again/ }).click();
  await expect(refused.getByRole('button', { name: /Offer again/ })).toHaveCount(0);
  await awareness.openHome();
  await expect(page.getByTestId(id!)).toBeVisible();
});
