// Routines, as a person builds and uses them: the form, the console, the clock, the device panel,
// the runs' traces, the history and sharing. The demo home's evening: Tuesday 3 March 2026, 19:30
// in London (after sunset), the clock paused; Emma, Maya and Leo are home, Tom is out.
import { expectNoA11yViolations } from './a11y.ts';
import { expect, test } from './fixtures.ts';
import { AssistantConsole } from './pages/AssistantConsole.ts';
import { RoutinesPages } from './pages/Routines.ts';

test('builds "Good night" in the form and runs it by saying one of its phrases', async ({
  app,
  page,
}) => {
  const routines = new RoutinesPages(page);
  await app.open('/');
  await routines.open();
  await routines.newRoutine();
  await routines.name.fill('Good night');

  // A new routine starts with an empty phrase and an empty step to fill in.
  await routines.trigger(0).getByRole('textbox', { name: 'Phrase 1' }).fill('good night');
  await routines.trigger(0).getByRole('button', { name: 'Add a phrase' }).click();
  await routines.trigger(0).getByRole('textbox', { name: 'Phrase 2' }).fill('time for bed');

  await routines.controlAll(0, 'Lights', 'Living room', 'Turn off');
  await routines.addStep('Turn devices on/off or set them');
  await routines.controlAll(1, 'Lights', 'Kitchen', 'Turn off');
  await routines.addStep('Turn devices on/off or set them');
  await routines.control(2, 'Back door', 'Lock');
  await routines.addStep('Turn devices on/off or set them');
  await routines.control(3, 'Living room thermostat', 'Set temperature', {
    label: /^Temperature/,
    fill: '18',
  });
  await expect(page.getByText(/When you say 'good night' or 'time for bed'/).first()).toBeVisible();
  await routines.save();
  await expect(routines.card('Good night')).toContainText('lock the Back door');

  const assistant = new AssistantConsole(page);
  await assistant.open();
  await assistant.say('time for bed please');
  // The routine left the kitchen speaker playing in a dark kitchen: one next step is offered.
  await expect(assistant.reply()).toHaveText(
    'Assistant: OK, I ran “Good night”. Turn off the Kitchen speaker too?',
  );
  for (const id of [
    'light.living_room_ceiling',
    'light.living_room_lamp',
    'light.tv_backlight',
    'light.kitchen_ceiling',
    'light.kitchen_counter',
  ])
    await expect.poll(async () => (await app.entity(id))?.state, id).toBe('off');
  expect((await app.entity('lock.back_door'))?.state).toBe('locked');
  expect((await app.entity('climate.living_room'))?.attributes).toMatchObject({
    temperature: 18,
  });
  // Lights elsewhere were left alone.
  expect((await app.entity('light.hallway'))?.state).toBe('on');
});

test('a weekday 22:30 schedule runs on each weekday the clock passes, and not at the weekend', async ({
  app,
  page,
  clock,
}) => {
  const routines = new RoutinesPages(page);
  // Friday 6 March 2026, 21:00.
  await app.open('/', { now: '2026-03-06T21:00' });
  await routines.open();
  await routines.newRoutine();
  await routines.name.fill('Lights out');
  await routines.trigger(0).getByRole('button', { name: 'Remove trigger 1' }).click();
  await routines.addTrigger('At a time');
  await routines.trigger(0).getByLabel('Time').fill('22:30');
  await routines.trigger(0).getByRole('button', { name: 'Weekdays' }).click();
  await routines.step(0).getByRole('button', { name: 'Remove step 1' }).click();
  await routines.addStep('Send a notification');
  await routines.step(0).getByLabel('Title').fill('Lights out');
  await routines.save();

  // Fast-forward to Monday 9 March, 23:00: Friday 22:30 and Monday 22:30 are due, the weekend not.
  await clock.setTime('2026-03-09', '23:00');
  await routines.openRuns('Lights out');
  await expect(routines.runs).toHaveCount(2);
  const starts = await page.evaluate(async () =>
    (await window.teachableHome!.routines.runs('Lights out')).map((r) => r.startedAt),
  );
  expect(starts).toEqual([Date.parse('2026-03-09T22:30:00Z'), Date.parse('2026-03-06T22:30:00Z')]);
  await expect(routines.runs.first()).toContainText('Done');
  await expect(routines.runs.first()).toContainText('at 22:30');
});

test('"the front door opens after sunset" runs when the door sensor tile is used', async ({
  app,
  page,
  home,
}) => {
  const routines = new RoutinesPages(page);
  await app.open('/');
  await routines.open();
  await routines.newRoutine();
  await routines.name.fill('Welcome light');
  await routines.trigger(0).getByRole('button', { name: 'Remove trigger 1' }).click();
  await routines.addTrigger('A device changes');
  await routines
    .trigger(0)
    .getByLabel('Device', { exact: true })
    .selectOption({ label: 'Front door sensor' });
  await routines.trigger(0).getByLabel('Changes to').selectOption({ label: 'Opens' });
  await routines.addCondition('It is dark or light outside');
  await routines.condition(0).getByLabel('Outside it is').selectOption('dark');
  await routines.control(0, 'Porch light', 'Set brightness', { label: /^Brightness/, fill: '40' });
  await routines.save();

  await home.open();
  await home.button('Open Front door sensor').click();
  await expect
    .poll(async () => (await app.entity('light.porch'))?.attributes)
    .toMatchObject({ brightness: 40 });

  // Its change in Activity links back to the run that made it.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Activity' })
    .click();
  await page.getByRole('link', { name: 'See how “Welcome light” ran' }).first().click();
  await expect(page.locator('li[data-testid^="run-"]').first()).toContainText(
    'the Front door sensor opens',
  );
  await expect(page.locator('li[data-testid^="run-"]').first()).toContainText(/after sunset/);
});

test('a run that its conditions stopped is traced, saying which condition and why', async ({
  app,
  page,
}) => {
  const routines = new RoutinesPages(page);
  await app.open('/');
  await routines.open();
  await routines.newRoutine();
  await routines.name.fill('Empty house');
  await routines.trigger(0).getByRole('textbox', { name: 'Phrase 1' }).fill('house check');
  await routines.addCondition('Someone is home or away');
  await routines.condition(0).getByLabel('Is').selectOption({ label: 'Away (nobody is home)' });
  await routines.controlAll(0, 'Lights', 'The whole home', 'Turn off');
  await routines.save();

  await routines.card('Empty house').getByRole('button', { name: 'Run now' }).click();
  await expect(routines.card('Empty house')).toContainText(/skipped: .*home/);
  await routines.openRuns('Empty house');
  const run = routines.runs.first();
  await expect(run).toContainText(/Skipped: .*are home/);
  await expect(run).toContainText('Run now');
  // Nothing changed.
  expect((await app.entity('light.hallway'))?.state).toBe('on');
});

test('an earlier version of a routine can be seen and restored', async ({ app, page }) => {
  const routines = new RoutinesPages(page);
  await app.open('/');
  await routines.open();
  await routines.useStarter('Movie night');
  await routines.save();
  await routines.edit('Movie night');
  await routines.trigger(0).getByRole('textbox', { name: 'Phrase 1' }).fill('cinema time');
  await routines.save();
  await expect(routines.card('Movie night')).toContainText("'cinema time'");

  await routines.openHistory('Movie night');
  await expect(routines.versions).toHaveCount(2);
  const older = routines.versions.nth(1);
  await expect(older).toContainText("'movie night'");
  await older.getByRole('button', { name: 'Restore this version' }).click();
  await expect(routines.versions).toHaveCount(3);
  await routines.open();
  await expect(routines.card('Movie night')).toContainText("When you say 'movie night'");
});

test('a routine shared as a link is imported into another home, its devices mapped', async ({
  app,
  page,
  browser,
}) => {
  const routines = new RoutinesPages(page);
  await app.open('/');
  await routines.open();
  await routines.useStarter('Good night');
  await routines.save();
  await routines.card('Good night').getByRole('link', { name: 'Edit' }).click();
  await page.getByRole('button', { name: 'Share' }).click();
  const link = await page.getByLabel('Link to this routine').inputValue();
  expect(link).toContain('/routines/import#routine=');

  // Someone else, with the small apartment home, opens the link.
  const other = await browser.newContext();
  const theirs = await other.newPage();
  const url = new URL(link);
  await theirs.goto(`/routines/import?scenario=apartment&now=2026-03-03T19:30${url.hash}`);
  await expect(theirs.getByRole('heading', { level: 1, name: 'Import a routine' })).toBeVisible();
  await expect(theirs.getByRole('heading', { name: 'Good night' })).toBeVisible();
  await expect(theirs.getByRole('heading', { name: 'Devices in this routine' })).toBeVisible();
  // Anything the apartment cannot match must be chosen before adding.
  for (const select of await theirs.locator('select').all()) {
    if ((await select.inputValue()) === '') {
      const options = await select.locator('option').allTextContents();
      const first = options.find((o) => !o.startsWith('Choose'));
      if (first) await select.selectOption({ label: first });
    }
  }
  await theirs.getByRole('button', { name: 'Add routine' }).click();
  const anyway = theirs.getByRole('button', { name: 'Add anyway' });
  if (await anyway.isVisible()) await anyway.click();
  await expect(theirs.getByRole('heading', { level: 1, name: 'Routines' })).toBeVisible();
  await expect(
    theirs.locator('article[data-testid^="routine-card-"]').filter({ hasText: 'Good night' }),
  ).toBeVisible();
  await other.close();
});

test('a damaged shared routine is refused with a clear message and adds nothing', async ({
  app,
  page,
}) => {
  await app.open('/routines/import');
  await page
    .getByRole('textbox', { name: 'Shared routine' })
    .fill('{"format":"teachable-home/routine","version":1}');
  await page.getByRole('button', { name: 'Show routine' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Nothing was added' })).toBeVisible();
  const list = await page.evaluate(() => window.teachableHome!.routines.list());
  expect(list).toEqual([]);
});

test('the routines pages pass an accessibility scan', async ({ app, page }) => {
  test.slow(); // five pages scanned: on a loaded 2-core machine that nears the default timeout
  const routines = new RoutinesPages(page);
  await app.open('/');
  await routines.open();
  await expectNoA11yViolations(page, 'the routines list with the gallery', { soft: true });
  await routines.useStarter('Good morning');
  await expectNoA11yViolations(page, 'the editor with a starter', { soft: true });
  await page.getByRole('button', { name: 'What would happen now?' }).click();
  await expect(page.getByText(/Nothing was changed/i).first()).toBeVisible();
  await expectNoA11yViolations(page, 'the editor with its dry run', { soft: true });
  await routines.save();
  await routines.card('Good morning').getByRole('button', { name: 'Run now' }).click();
  await routines.openRuns('Good morning');
  await expect(routines.runs).toHaveCount(1);
  await expectNoA11yViolations(page, 'the runs page', { soft: true });
  await routines.open();
  await routines.openHistory('Good morning');
  await expectNoA11yViolations(page, 'the history page', { soft: true });
  await page.goto('/routines/import');
  await expectNoA11yViolations(page, 'the import page', { soft: true });
});
