// What a person types in the routine editor survives a reload until they save, cancel or discard
// it (UI.md: "forms never lose what was typed").
import { expect, test } from './fixtures.ts';
import { RoutinesPages } from './pages/Routines.ts';

const RESTORED = /Restored your unsaved changes from (a moment|\d+ \w+) ago\./;

test('a new routine being typed survives a reload and leaving the page, until it is discarded', async ({
  app,
  page,
}) => {
  const routines = new RoutinesPages(page);
  const phrase = routines.trigger(0).getByRole('textbox', { name: 'Phrase 1' });
  const notice = page.getByRole('status').filter({ hasText: 'Restored your unsaved changes' });
  await app.open('/');
  await routines.open();
  await routines.newRoutine();
  await expect(notice).toHaveCount(0);
  await routines.name.fill('Reading time');
  await phrase.fill('time to read');

  await app.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'New routine' })).toBeVisible();
  await expect(routines.name).toHaveValue('Reading time');
  await expect(phrase).toHaveValue('time to read');
  await expect(notice).toContainText(RESTORED);

  // An example opens as the example, not as the routine being typed…
  await page.getByRole('link', { name: 'All routines' }).click();
  await routines.useStarter('Movie night');
  await expect(routines.name).toHaveValue('Movie night');
  await expect(notice).toHaveCount(0);
  // …which is still there under New routine.
  await page.getByRole('link', { name: 'All routines' }).click();
  await routines.newRoutine();
  await expect(routines.name).toHaveValue('Reading time');
  await expect(notice).toContainText(RESTORED);

  await notice.getByRole('button', { name: 'Discard changes' }).click();
  await expect(routines.name).toHaveValue('');
  await expect(phrase).toHaveValue('');
  await expect(page.getByRole('status')).toContainText(['Discarded your unsaved changes.']);
  await expect(routines.name).toBeFocused();
  await app.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'New routine' })).toBeVisible();
  await expect(routines.name).toHaveValue('');
  await expect(notice).toHaveCount(0);
});

test('a routine typed across a reload is saved once, and the next one starts blank', async ({
  app,
  page,
}) => {
  const routines = new RoutinesPages(page);
  await app.open('/');
  await routines.open();
  await routines.newRoutine();
  await routines.name.fill('Reading time');
  await routines.trigger(0).getByRole('textbox', { name: 'Phrase 1' }).fill('time to read');
  await app.reload();
  await expect(routines.name).toHaveValue('Reading time');

  await routines.step(0).getByRole('button', { name: 'Remove step 1' }).click();
  await routines.addStep('Say something');
  await routines.step(0).getByLabel('What to say').fill('Enjoy your book');
  await routines.save();
  await expect(routines.card('Reading time')).toContainText("When you say 'time to read'");
  await expect(page.locator('article[data-testid^="routine-card-"]')).toHaveCount(1);

  await routines.newRoutine();
  await expect(routines.name).toHaveValue('');
  await expect(page.getByText(RESTORED)).toHaveCount(0);
});

test('a draft of a saved routine comes back with a warning when another tab changed it', async ({
  app,
  page,
}) => {
  const routines = new RoutinesPages(page);
  await app.open('/');
  await routines.open();
  await routines.useStarter('Movie night');
  await routines.save();
  await routines.edit('Movie night');
  await routines.trigger(0).getByRole('textbox', { name: 'Phrase 1' }).fill('cinema time');
  await routines.save();

  await routines.edit('Movie night');
  await routines.name.fill('Film night');
  await app.reload();
  await expect(routines.name).toHaveValue('Film night');
  await expect(page.getByText(RESTORED)).toBeVisible();
  await expect(page.getByText(/changed elsewhere/)).toHaveCount(0);

  // Another tab brings back the first version.
  const other = new RoutinesPages(await app.openTab('/routines'));
  await other.openHistory('Movie night');
  await other.versions.nth(1).getByRole('button', { name: 'Restore this version' }).click();
  await expect(other.versions).toHaveCount(3);
  await other.page.close();

  await app.reload();
  await expect(routines.name).toHaveValue('Film night');
  await expect(page.getByText(RESTORED)).toBeVisible();
  await expect(
    page.getByText('This routine was changed elsewhere since; saving will replace that change.'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Discard changes' }).click();
  await expect(routines.name).toHaveValue('Movie night');
  await expect(routines.trigger(0).getByRole('textbox', { name: 'Phrase 1' })).toHaveValue(
    'movie night',
  );
});
