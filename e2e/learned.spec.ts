// "Things I've learned": teaching by form, trying, editing and deleting what was taught. The demo
// home's evening: Tuesday 3 March 2026, 19:30 in London, the clock paused.
import { expectNoA11yViolations } from './a11y.ts';
import { expect, test } from './fixtures.ts';
import { AssistantConsole } from './pages/AssistantConsole.ts';
import { LearnedPage } from './pages/Learned.ts';

const LIVING_ROOM_LIGHTS = [
  'light.living_room_ceiling',
  'light.living_room_lamp',
  'light.tv_backlight',
];

test('"reading mode" = lights all the way up, taught by form and then said in the Assistant', async ({
  app,
  page,
}) => {
  const learned = new LearnedPage(page);
  await app.open('/');
  await learned.open();
  await expect(page.getByText('You haven’t taught me anything yet.')).toBeVisible();

  await learned.teach('A command');
  await learned.phrase(1).fill('reading mode');
  await learned.addStepsBySaying('living room lights to 100 percent');
  await expect(learned.step(0)).toContainText('Living room');
  await expect(learned.step(0)).toContainText('100 %');
  await learned.save();

  await expect(page.getByText('Saved “reading mode”')).toBeVisible();
  const card = learned.card('reading mode');
  await expect(card).toContainText('100 %');
  await expect(card).toContainText('Taught in the form on 3 March');
  await expect(page.getByTestId('learned-count')).toHaveText('1 thing');

  // The lights are not at 100 % now, so saying it changes something that can be seen.
  const brightness = async () =>
    Promise.all(LIVING_ROOM_LIGHTS.map(async (id) => (await app.entity(id))?.attributes));
  expect((await brightness()).some((a) => (a as { brightness?: number }).brightness !== 100)).toBe(
    true,
  );

  const assistant = new AssistantConsole(page);
  await assistant.open();
  await assistant.say('reading mode');
  for (const id of LIVING_ROOM_LIGHTS) {
    await expect.poll(async () => (await app.entity(id))?.state, id).toBe('on');
    await expect
      .poll(
        async () => ((await app.entity(id))?.attributes as { brightness?: number }).brightness,
        id,
      )
      .toBe(100);
  }
});

test('a taught item is renamed in the editor, deleted, and brought back with Undo', async ({
  app,
  page,
}) => {
  const learned = new LearnedPage(page);
  await app.open('/');
  await learned.open();
  await learned.teach('A name');
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('the big light');
  await page
    .getByRole('combobox', { name: 'What it names' })
    .selectOption({ label: 'Living room ceiling' });
  await learned.save();
  await expect(learned.card('the big light')).toContainText(
    '“the big light” is another name for the Living room ceiling',
  );

  // Try it asks about the name, which shows what it points to and changes nothing.
  await learned.card('the big light').getByRole('button', { name: 'Try it' }).click();
  await expect(learned.card('the big light').getByRole('status')).toContainText(
    'Living room ceiling',
  );

  // Rename: the same item, under its new words.
  const id = await learned.card('the big light').getAttribute('data-testid');
  await learned.edit('the big light');
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('the main light');
  await learned.save();
  await expect(learned.card('the main light')).toHaveAttribute('data-testid', id!);
  await expect(learned.card('the big light')).toHaveCount(0);
  await expect(learned.cards).toHaveCount(1);

  // Delete, then Undo.
  await learned.card('the main light').getByRole('button', { name: 'Delete' }).click();
  await expect(learned.undoBar).toContainText('Deleted “the main light”.');
  await expect(learned.card('the main light')).toHaveCount(0);
  await learned.undoBar.getByRole('button', { name: 'Undo' }).click();
  await expect(learned.card('the main light')).toBeVisible();
  await expect(page.getByText('“the main light” is back.')).toBeVisible();

  // The assistant knows it by its new name.
  const assistant = new AssistantConsole(page);
  await assistant.open();
  await assistant.say('turn off the main light');
  await expect.poll(async () => (await app.entity('light.living_room_ceiling'))?.state).toBe('off');
});

test('the form says what is missing, in words, next to each field', async ({ app, page }) => {
  const learned = new LearnedPage(page);
  await app.open('/');
  await learned.open();
  await learned.teach('A command');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Write the phrase, or remove it')).toBeVisible();
  await expect(page.getByText('Add at least one step')).toBeVisible();

  // Words the reader can't turn into steps get its hint, and keep what was typed.
  await learned.saySteps.fill('flibber the wotsits');
  await page.getByRole('button', { name: 'Add these steps' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'flibber the wotsits' })).toBeVisible();
  await expect(learned.saySteps).toHaveValue('flibber the wotsits');

  // A setting word needs a kind of device and at least one setting.
  await page.getByRole('button', { name: 'Cancel' }).click();
  await learned.teach('A setting word');
  await page.getByRole('textbox', { name: 'Word' }).fill('study mode');
  await page.getByRole('combobox', { name: 'Kind of device' }).selectOption({ label: 'Lights' });
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Choose at least one setting')).toBeVisible();
  await page.getByRole('textbox', { name: 'Brightness (%)' }).fill('150');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Enter a number from 0 to 100')).toBeVisible();
  await page.getByRole('textbox', { name: 'Brightness (%)' }).fill('100');
  await page.getByRole('combobox', { name: 'Colour or shade of white' }).fill('cool white');
  await expect(
    page.getByText('“study mode” for lights means brightness 100 % and cool white.'),
  ).toBeVisible();
  await learned.save();
  await expect(learned.card('study mode')).toContainText('brightness 100 % and cool white');

  // Tried on a lamp it was not taught on.
  const card = learned.card('study mode');
  await card
    .getByRole('combobox', { name: 'Device to try it on' })
    .selectOption({ label: 'Desk lamp' });
  await card.getByRole('button', { name: 'Try it' }).click();
  await expect(card.getByRole('status')).toContainText('Desk lamp');
  await expect
    .poll(async () => (await app.entity('light.desk_lamp'))?.attributes)
    .toMatchObject({ brightness: 100, color_temp_kelvin: 4000 });
});

test('what is typed in the editor survives a reload until it is saved or cancelled', async ({
  app,
  page,
}) => {
  const learned = new LearnedPage(page);
  await app.open('/');
  await learned.open();
  await learned.teach('A command');
  await learned.phrase(1).fill('movie mode');
  await learned.addStepsBySaying('living room lights to 20 percent');
  await expect
    .poll(() =>
      page.evaluate(() => localStorage.getItem('teachable-home:taught-draft:new:command')),
    )
    .toContain('movie mode');

  await app.reload();
  await expect(page.getByTestId('draft-notice')).toContainText('Brought back what you typed');
  await expect(learned.phrase(1)).toHaveValue('movie mode');
  await expect(learned.step(0)).toContainText('20 %');

  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(learned.heading).toBeVisible();
  await learned.teach('A command');
  await expect(learned.phrase(1)).toHaveValue('');
  await expect(learned.steps).toHaveCount(0);
});

test('a command whose device is gone says so in the list, and an override is marked', async ({
  app,
  page,
}) => {
  await app.open('/');
  // As a backup from another home could leave them: written straight into the database, then the
  // page is opened (it reads what is stored).
  await page.evaluate(async () => {
    const at = Date.parse('2026-03-01T10:00:00Z');
    const rows = [
      {
        id: 'taught-shed',
        kind: 'command',
        source: 'conversation',
        taughtAt: at,
        updatedAt: at,
        phrases: ['shed time'],
        steps: [
          {
            type: 'control',
            target: { kind: 'entity', entityId: 'light.shed' },
            command: 'turn_on',
          },
          {
            type: 'control',
            target: { kind: 'entity', entityId: 'light.porch' },
            command: 'turn_on',
          },
        ],
      },
      {
        id: 'taught-lights-out',
        kind: 'command',
        source: 'showing',
        taughtAt: at,
        updatedAt: at,
        overrides: true,
        phrases: ['turn off the lights'],
        steps: [
          {
            type: 'control',
            target: { kind: 'entity', entityId: 'light.porch' },
            command: 'turn_off',
          },
        ],
      },
    ];
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('teachable-home');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction('taught', 'readwrite');
        for (const row of rows) tx.objectStore('taught').put(row);
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
  });
  const learned = new LearnedPage(page);
  await learned.open();

  const shed = learned.card('shed time');
  await expect(shed.getByRole('note')).toHaveText(/The Shed light no longer exists\./);
  await expect(shed).toContainText('Taught in conversation on 1 March');
  await expect(shed.getByText('Overrides a built-in meaning')).toHaveCount(0);

  const lightsOut = learned.card('turn off the lights');
  await expect(lightsOut.getByText('Overrides a built-in meaning')).toBeVisible();
  await expect(lightsOut.getByRole('note')).toHaveCount(0);
  await expect(lightsOut).toContainText('Taught by showing on 1 March');

  // Trying it says what is missing instead of failing silently.
  await shed.getByRole('button', { name: 'Try it' }).click();
  await expect(shed.getByRole('status')).toContainText('no longer exists');
});

test('the page and the editor pass an accessibility scan', async ({ app, page }) => {
  test.slow(); // five scans
  const learned = new LearnedPage(page);
  await app.open('/');
  await learned.open();
  await expectNoA11yViolations(page, 'the empty “Things I’ve learned” page');

  await learned.teach('A command');
  await learned.phrase(1).fill('movie mode');
  await learned.addStepsBySaying('living room lights to 20 percent and close the blinds');
  await page.getByRole('button', { name: 'Use the home as it is now' }).click();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expectNoA11yViolations(page, 'the command editor');
  await expect(learned.heading).toBeVisible();

  await learned.teach('A setting word');
  await page
    .getByRole('combobox', { name: 'Kind of device' })
    .selectOption({ label: 'Thermostats' });
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expectNoA11yViolations(page, 'the setting word editor, with its problems shown');
  await page.getByRole('button', { name: 'Cancel' }).click();

  await learned.teach('A name');
  await expectNoA11yViolations(page, 'the name editor');
  await page.getByRole('button', { name: 'Cancel' }).click();

  await expect(learned.card('movie mode')).toBeVisible();
  await expectNoA11yViolations(page, 'the list with a taught command');
});
