// Teaching the assistant in conversation, as the product brief tells it: a phrase it does not
// know, taught in ordinary words, done at once, remembered across a reload; a setting word taught
// on one light and used on another; a new name for a device. The console is spoken from the
// Living room (the demo home's default).
import { expect, test } from './fixtures.ts';
import { AssistantConsole } from './pages/AssistantConsole.ts';

const brightness = async (
  app: { entity(id: string): Promise<{ attributes: unknown } | undefined> },
  id: string,
) => ((await app.entity(id))?.attributes as { brightness?: number } | undefined)?.brightness;

test('"movie mode" taught in conversation works at once and after a reload', async ({
  app,
  page,
}) => {
  const assistant = new AssistantConsole(page);
  await app.open('/assistant');
  await expect(await assistant.say('movie mode')).toHaveText(
    "Assistant: I don't know what “movie mode” is. Do you want to teach me?",
  );
  await expect(await assistant.say('yes')).toHaveText('Assistant: What should “movie mode” do?');
  await expect(await assistant.say('lights 20%')).toContainText('Shall I save that?');
  await expect(await assistant.say('yes')).toContainText('Done. “movie mode” now means');
  for (const id of ['light.living_room_ceiling', 'light.living_room_lamp', 'light.tv_backlight'])
    await expect.poll(() => brightness(app, id), id).toBe(20);
  const learned = await page.evaluate(() => window.teachableHome!.taught.list());
  expect(learned).toEqual([
    expect.objectContaining({
      kind: 'command',
      title: 'movie mode',
      meaning: expect.stringContaining('20 %'),
    }),
  ]);

  // Change the lights, reload, and say it again.
  await assistant.say('set the living room lights to 70 percent');
  await expect.poll(() => brightness(app, 'light.living_room_lamp')).toBe(70);
  await app.reload();
  await expect(assistant.turns).toHaveCount(5);
  await expect(await assistant.say('movie mode')).toHaveText('Assistant: OK, “movie mode”.');
  await expect.poll(() => brightness(app, 'light.living_room_lamp')).toBe(20);
  await assistant.why().click();
  await expect(assistant.explanation()).toContainText(
    'Because you taught me “movie mode” on 3 March.',
  );
});

test('a setting word taught on one light is used on another', async ({ app, page }) => {
  const assistant = new AssistantConsole(page);
  await app.open('/assistant');
  await expect(await assistant.say('set the living room lamp to study mode')).toHaveText(
    'Assistant: What does “study mode” mean for a light?',
  );
  await assistant.say('full brightness and cool white');
  await assistant.say('yes');
  await expect.poll(() => brightness(app, 'light.living_room_lamp')).toBe(100);
  await expect(await assistant.say('set the bedside lamp to study mode')).toContainText(
    'Set the Bedside lamp to “study mode”.',
  );
  await expect.poll(() => brightness(app, 'light.bedside_lamp')).toBe(100);
});

test('"cancel" leaves nothing learned', async ({ app, page }) => {
  const assistant = new AssistantConsole(page);
  await app.open('/assistant');
  await assistant.say('party time');
  await assistant.say('yes');
  await expect(await assistant.say('cancel')).toHaveText("Assistant: OK, I won't learn that.");
  await expect(await assistant.say('party time')).toContainText('Do you want to teach me?');
});
