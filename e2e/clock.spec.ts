// The simulated clock: where it starts (?now=), pausing and running it, setting it, running it
// fast while Playwright's clock fast-forwards real time, and keeping it across a reload.
import { test, expect, DEMO_NOW } from './fixtures.ts';

test.describe('Simulated clock', () => {
  test('?now= starts the clock paused at that day, date and time', async ({ page, app, clock }) => {
    await app.open('/', { now: DEMO_NOW });
    await clock.expectShows({ day: 'Tuesday', date: '3 March 2026', time: '19:30', paused: true });
    // The parameter is applied once and removed, so a reload keeps what the person does next.
    await expect(page).toHaveURL(/\/$/);

    // Summer time: the time is read in the home's time zone (London, BST in July).
    await app.open('/', { now: '2026-07-04T08:05' });
    await clock.expectShows({ day: 'Saturday', date: '4 July 2026', time: '08:05', paused: true });
    await expect(clock.region.locator('time')).toHaveAttribute(
      'datetime',
      '2026-07-04T07:05:00.000Z',
    );
  });

  test('pauses and runs', async ({ page, app, clock }) => {
    await page.clock.install();
    await app.open();
    await clock.expectShows({ time: '19:30', paused: true });

    await clock.run();
    await clock.expectShows({ paused: false });
    await page.clock.fastForward('01:00');
    await expect(clock.time).toHaveText('19:31');

    await clock.pause();
    await clock.expectShows({ paused: true });
    const pausedAt = await app.simNow();
    await page.clock.fastForward('05:00');
    await expect(clock.time).toHaveText('19:31');
    expect(await app.simNow()).toBe(pausedAt);
  });

  test('is set with the "Set time" dialog', async ({ page, app, clock }) => {
    await app.open();
    await clock.setTime('2026-12-24', '18:00');
    await clock.expectShows({
      day: 'Thursday',
      date: '24 December 2026',
      time: '18:00',
      paused: true,
    });

    // A time left empty is explained, and nothing is set.
    await clock.region.getByRole('button', { name: 'Set time' }).click();
    const dialog = page.getByRole('dialog', { name: 'Set the simulated time' });
    await dialog.getByLabel('Time').fill('');
    await dialog.getByRole('button', { name: 'Set time' }).click();
    await expect(dialog.getByRole('alert')).toHaveText('Choose a time, like 07:30.');
    await expect(dialog.getByLabel('Time')).toHaveAttribute('aria-invalid', 'true');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await clock.expectShows({ date: '24 December 2026', time: '18:00' });
  });

  test('at 3600× a thermostat warms its room toward the target as time is fast-forwarded', async ({
    page,
    app,
    home,
    clock,
  }) => {
    await page.clock.install();
    await app.open();
    const room = home.currentTemperature('climate.living_room');
    const target = home.tile('climate.living_room').getByRole('status');
    await expect(room).toHaveText('20.5 °C');

    // Ask for 23 °C: four half-degree steps up from 21 °C.
    for (let i = 0; i < 4; i++)
      await home.button('Raise Living room thermostat target temperature').click();
    await expect(target).toHaveText('23 °C');
    await expect(home.status('climate.living_room')).toHaveText('Heating to 23 °C');

    // One real second is a simulated hour at 3600×: fast-forward one second, then two more.
    await clock.runAt('3600×');
    await page.clock.fastForward(1_000);
    const reading = async () => parseFloat((await room.textContent()) ?? '');
    await expect.poll(reading).toBeGreaterThan(20.5);
    await page.clock.fastForward(2_000);
    await expect(room).toHaveText('23 °C');
    await expect(home.status('climate.living_room')).toHaveText('Holding 23 °C');
    // It never overshoots the target.
    await page.clock.fastForward(3_000);
    await clock.pause();
    await app.settle();
    expect((await app.entity('climate.living_room'))?.attributes).toMatchObject({
      current_temperature: 23,
      temperature: 23,
    });
  });

  test('is kept across a reload: time, speed and paused or running', async ({ app, clock }) => {
    await app.open();
    await clock.setTime('2026-03-04', '06:45');
    await clock.runAt('60×');
    await clock.pause();
    const pausedAt = await app.simNow();

    await app.reload();
    await clock.expectShows({ day: 'Wednesday', date: '4 March 2026', paused: true });
    expect(await app.simNow()).toBe(pausedAt);
    await expect(clock.speed('60×')).toBeChecked();

    // A running clock is still running after a reload, at its speed.
    await clock.run();
    await app.reload();
    await clock.expectShows({ paused: false });
    await expect(clock.speed('60×')).toBeChecked();
    expect(await app.simNow()).toBeGreaterThan(pausedAt);
  });

  // The scenario is built around ?now=, so its recent moments are recent at that time.
  test('?scenario= with ?now= builds the scenario around that time (landing motion clears itself)', async ({
    app,
    home,
    clock,
  }) => {
    await app.open('/', { scenario: 'demo', now: DEMO_NOW });
    await expect(home.status('binary_sensor.landing_motion')).toHaveText('Motion detected');
    await clock.setTime('2026-03-03', '19:32');
    await app.settle();
    await expect(home.status('binary_sensor.landing_motion')).toHaveText('Clear');
  });
});
