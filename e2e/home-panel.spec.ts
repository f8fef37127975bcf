// The device panel: a person changes every kind of device by hand — mouse, then keyboard only —
// and what they did is still there after a reload and is in the Activity log as "By hand".
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

test.describe('Home panel', () => {
  test('every domain can be changed by hand, and the home keeps it across a reload', async ({
    page,
    app,
    home,
    clock,
  }) => {
    test.slow(); // a long journey: about 40 changes, a reload and their checks
    // Covers travel over seconds of simulated time: Playwright's clock lets the test move them.
    await page.clock.install();
    await app.open();
    await expect(page.getByRole('heading', { level: 1, name: 'Your home' })).toBeVisible();

    // Light: switch on, brightness by keyboard, a colour swatch.
    await expect(home.status('light.sideboard_lamp')).toHaveText('Off');
    await home.switch('Sideboard lamp').click();
    await expect(home.switch('Sideboard lamp')).toBeChecked();
    await expect(home.status('light.sideboard_lamp')).toHaveText('On · 40 %');

    await home.slide('Living room lamp brightness', 'ArrowRight', 5);
    await expect(home.slider('Living room lamp brightness')).toHaveValue('50');
    await expect(home.status('light.living_room_lamp')).toHaveText('On · 50 %');

    await home.chooseColour('Living room lamp', 'green');
    await expect
      .poll(async () => (await app.entity('light.living_room_lamp'))?.attributes)
      .toMatchObject({
        color_mode: 'rgb',
        rgb_color: '#008000',
      });

    // Plug.
    await home.switch('Kettle').click();
    await expect(home.status('switch.kettle')).toHaveText('On');

    // Fan: on, then speed by keyboard (steps of 5 %).
    await home.switch('Ceiling fan').click();
    await expect(home.status('fan.living_room_ceiling_fan')).toHaveText('On · 40 %');
    await home.slide('Ceiling fan speed', 'ArrowRight', 2);
    await expect(home.status('fan.living_room_ceiling_fan')).toHaveText('On · 50 %');

    // Lock: unlock the front door, lock the back door.
    await home.button('Unlock Front door').click();
    await expect(home.status('lock.front_door')).toHaveText('Unlocked');
    await expect(home.button('Lock Front door')).toBeVisible();
    await home.button('Lock Back door').click();
    await expect(home.status('lock.back_door')).toHaveText('Locked');

    // Thermostat: raise the target twice (half a degree a step), switch the other one to cooling.
    await home.button('Raise Living room thermostat target temperature').click();
    await expect(home.tile('climate.living_room').getByRole('status')).toHaveText('21.5 °C');
    await home.button('Raise Living room thermostat target temperature').click();
    await expect(home.tile('climate.living_room').getByRole('status')).toHaveText('22 °C');
    await home.radio('Bedroom thermostat mode', 'Cool').click();
    await expect(home.radio('Bedroom thermostat mode', 'Cool')).toBeChecked();

    // TV: play, pause, volume by keyboard, mute.
    await home.button('Play Living room TV').click();
    await expect(home.status('media_player.living_room_tv')).toHaveText(/^Playing: /);
    await home.button('Pause Living room TV').click();
    await expect(home.status('media_player.living_room_tv')).toHaveText(/^Paused: /);
    await home.slide('Living room TV volume', 'ArrowUp', 5);
    await expect(home.tile('media_player.living_room_tv')).toContainText('30%');
    await home.button('Mute Living room TV').click();
    await expect(home.button('Unmute Living room TV')).toBeVisible();

    // Sensor: simulate a reading with its stepper (one step of 5 % from where it is: 46 % → 51 %).
    await expect(home.status('sensor.living_room_humidity')).toHaveText('46 %');
    await home.button('Raise Living room humidity reading').click();
    await expect(home.status('sensor.living_room_humidity')).toHaveText('51 %');

    // Motion and door sensors, triggered by hand.
    await home.button('Trigger Hallway motion').click();
    await expect(home.status('binary_sensor.hallway_motion')).toHaveText('Motion detected');
    await home.button('Open Front door sensor').click();
    await expect(home.status('binary_sensor.front_door')).toHaveText('Door open');
    await expect(home.button('Close Front door sensor')).toBeVisible();

    // A person comes home.
    await home.switch('Tom is home').click();
    await expect(home.tile('person.tom')).toHaveAttribute('data-state', 'home');
    await expect(home.household).toContainText('Tom · Home');

    // Covers: open the blinds, close the office shade; they take seconds of simulated time.
    await home.button('Open Living room blinds').click();
    await expect(home.status('cover.living_room_blinds')).toHaveText('Opening…');
    await home.button('Close Office shade').click();
    await expect(home.status('cover.office_shade')).toHaveText('Closing…');
    await clock.run();
    await page.clock.fastForward(10_000);
    await expect(home.status('cover.living_room_blinds')).toHaveText('Open');
    await expect(home.status('cover.office_shade')).toHaveText('Closed');
    await clock.pause();
    await app.settle();

    // Everything above, as the home holds it, must survive a reload.
    const before = await app.storedHome();
    await app.reload();
    expect(await app.storedHome()).toEqual(before);

    await expect(home.status('light.sideboard_lamp')).toHaveText('On · 40 %');
    await expect(home.status('light.living_room_lamp')).toHaveText('On · 50 %');
    await expect(home.status('switch.kettle')).toHaveText('On');
    await expect(home.status('fan.living_room_ceiling_fan')).toHaveText('On · 50 %');
    await expect(home.status('lock.front_door')).toHaveText('Unlocked');
    await expect(home.status('lock.back_door')).toHaveText('Locked');
    await expect(home.tile('climate.living_room').getByRole('status')).toHaveText('22 °C');
    await expect(home.radio('Bedroom thermostat mode', 'Cool')).toBeChecked();
    await expect(home.status('media_player.living_room_tv')).toHaveText(/^Paused: /);
    await expect(home.button('Unmute Living room TV')).toBeVisible();
    await expect(home.status('sensor.living_room_humidity')).toHaveText('51 %');
    await expect(home.status('binary_sensor.hallway_motion')).toHaveText('Motion detected');
    await expect(home.status('binary_sensor.front_door')).toHaveText('Door open');
    await expect(home.household).toContainText('Tom · Home');
    await expect(home.status('cover.living_room_blinds')).toHaveText('Open');
    await expect(home.status('cover.office_shade')).toHaveText('Closed');

    // …and through the test API, the attributes a tile does not spell out.
    expect(await app.entity('light.living_room_lamp')).toMatchObject({
      state: 'on',
      attributes: { brightness: 50, rgb_color: '#008000' },
    });
    expect(await app.entity('climate.main_bedroom')).toMatchObject({ state: 'cool' });
    expect(await app.entity('climate.living_room')).toMatchObject({
      attributes: { temperature: 22 },
    });
    expect(await app.entity('media_player.living_room_tv')).toMatchObject({
      state: 'paused',
      attributes: { volume: 30, muted: true },
    });
    expect(await app.entity('cover.living_room_blinds')).toMatchObject({
      state: 'open',
      attributes: { position: 100 },
    });
    expect(await app.entity('person.tom')).toMatchObject({ state: 'home' });
  });

  test('works with the keyboard alone', async ({ page, app, home }) => {
    test.slow(); // dozens of Tab presses, each checked
    await app.open();

    // The first Tab stop is "Skip to content"; Enter on it jumps past the header and clock.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(home.button('Remember this as…')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(home.switch('Emma is home')).toBeFocused();

    // Tab on to the first light's switch; Space toggles it.
    const hallwaySwitch = home.switch('Hallway light');
    await tabUntilFocused(page, hallwaySwitch);
    await expect(hallwaySwitch).toBeChecked();
    await page.keyboard.press('Space');
    await expect(hallwaySwitch).not.toBeChecked();
    await expect(home.status('light.hallway')).toHaveText('Off');
    await page.keyboard.press('Space');
    await expect(home.status('light.hallway')).toHaveText('On · 60 %');

    // The next Tab stop is its brightness slider: arrow keys move it.
    await page.keyboard.press('Tab');
    await expect(home.slider('Hallway light brightness')).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    await expect(home.status('light.hallway')).toHaveText('On · 61 %');
    await page.keyboard.press('PageUp');
    await expect(home.status('light.hallway')).toHaveText('On · 71 %');

    // Enter on a button: unlock the front door.
    const unlock = home.button('Unlock Front door');
    await tabUntilFocused(page, unlock);
    await page.keyboard.press('Enter');
    await expect(home.status('lock.front_door')).toHaveText('Unlocked');
    // The button is now "Lock Front door" and keeps the focus.
    await expect(home.button('Lock Front door')).toBeFocused();

    // A radio group: arrow keys move the thermostat's mode.
    const heat = home.radio('Living room thermostat mode', 'Heat');
    await tabUntilFocused(page, heat);
    await page.keyboard.press('ArrowRight');
    await expect(home.radio('Living room thermostat mode', 'Cool')).toBeFocused();
    await page.keyboard.press('Space');
    await expect(home.radio('Living room thermostat mode', 'Cool')).toBeChecked();
    await expect.poll(async () => (await app.entity('climate.living_room'))?.state).toBe('cool');
  });

  test('a change by hand is in the Activity log, caused "By hand"', async ({
    app,
    home,
    activity,
  }) => {
    await app.open();
    await home.switch('Coffee machine').click();
    await expect(home.status('switch.coffee_machine')).toHaveText('On');

    await activity.open();
    const newest = activity.event(0);
    await expect(newest).toContainText('Coffee machine');
    await expect(newest).toContainText('turned on');
    await expect(newest).toContainText('By hand');
    await expect(newest.getByText('You changed it in the device panel.')).toBeVisible();
  });
});

/** Presses Tab until `target` has the focus (at most `limit` times), as a keyboard user would. */
async function tabUntilFocused(page: Page, target: Locator, limit = 60): Promise<void> {
  // Resolve the target once: finding an element by role and name on every press is slow.
  const element = await target.elementHandle();
  for (let i = 0; i < limit; i++) {
    if (await element?.evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await element?.dispose();
  await expect(target, `reachable with Tab within ${limit} presses`).toBeFocused();
}
