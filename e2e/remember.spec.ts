// "Remember this as…" on the Home page (issue 5, teaching by showing): the ticked devices as they
// are now become words the assistant understands, and saying them puts the devices back.
import { expectNoA11yViolations } from './a11y.ts';
import { expect, test } from './fixtures.ts';
import { AssistantConsole } from './pages/AssistantConsole.ts';

const LAMP = 'light.living_room_lamp';

test.describe('Remember this as…', () => {
  test('keeps the living room as it is, and saying the name puts it back', async ({
    app,
    home,
    page,
  }) => {
    await app.open('/');
    await home.slide('Living room lamp brightness', 'ArrowLeft', 15);
    await expect(home.status(LAMP)).toHaveText('On · 30 %');

    const dialog = await home.openRemember();
    // It starts in the room with most lights on, with its lights, blinds and TV ticked.
    await expect(dialog.getByRole('combobox', { name: 'Room' })).toHaveValue('living_room');
    await expect(home.rememberBox('Living room lamp')).toBeChecked();
    await expect(home.rememberBox('Living room ceiling')).toBeChecked();
    await expect(home.rememberBox('TV backlight')).toBeChecked();
    await expect(home.rememberBox('Living room thermostat')).not.toBeChecked();
    await expect(home.rememberBox('Living room lamp')).toHaveAccessibleDescription('on · 30 %');
    await expect(dialog.getByRole('textbox', { name: 'Name' })).toBeFocused();

    await dialog.getByRole('textbox', { name: 'Name' }).fill('cosy evening');
    await expect(home.rememberPreview).toContainText(
      'Saying “cosy evening” will set the Living room ceiling to warm white and 70 %, set the Living room lamp to orange and 30 %',
    );
    await home.rememberAs('cosy evening');
    await expect(dialog).toBeHidden();
    await expect(page.getByText('Remembered “cosy evening”')).toBeVisible();
    await expect(home.button('Remember this as…')).toBeFocused();

    await home.slide('Living room lamp brightness', 'ArrowRight', 50);
    await expect(home.status(LAMP)).toHaveText('On · 80 %');

    const assistant = new AssistantConsole(page);
    await assistant.open();
    await assistant.say('cosy evening');
    await expect
      .poll(async () => (await app.entity(LAMP))?.attributes)
      .toMatchObject({ brightness: 30, rgb_color: '#ffa94d' });
    // The other devices were already as remembered: they stay so.
    expect((await app.entity('light.living_room_ceiling'))?.attributes).toMatchObject({
      brightness: 70,
    });
  });

  test('refuses words that steer the conversation and asks before taking a built-in command', async ({
    app,
    home,
  }) => {
    await app.open('/');
    const dialog = await home.openRemember();
    await home.rememberAs('help');
    await expect(dialog.getByRole('alert')).toContainText('how you ask me what I can do');
    await expect(dialog.getByRole('button', { name: 'Save anyway' })).toHaveCount(0);

    await home.rememberAs('turn off the lights');
    const warning = dialog.getByRole('alert');
    await expect(warning).toContainText('turn off the lights');
    await warning.getByRole('button', { name: 'Save anyway' }).click();
    await expect(dialog).toBeHidden();
    await expect(home.page.getByText('Remembered “turn off the lights”')).toBeVisible();
  });

  test('the open dialog has no accessibility violations', async ({ app, home, page }) => {
    await app.open('/');
    const dialog = await home.openRemember();
    await dialog.getByRole('button', { name: 'Clear' }).click();
    await home.rememberAs('');
    await expect(dialog.getByRole('alert')).toHaveCount(2);
    await expectNoA11yViolations(page, 'the "Remember this as…" dialog', {
      include: '[role="dialog"]',
    });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
  });
});
