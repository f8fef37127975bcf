// The Activity page: what changed, when and why, newest first; filters by room, device and cause
// that live in the URL; and a long history that stays usable.
import type { HomeEvent } from '../src/domain/activity/event.ts';
import { test, expect } from './fixtures.ts';

test.describe('Activity', () => {
  test('lists events newest first, saying what changed and why', async ({
    app,
    home,
    clock,
    activity,
  }) => {
    await app.open();
    await home.switch('Kettle').click();
    await expect(home.status('switch.kettle')).toHaveText('On');

    // A quarter of an hour later (the home catches up: the speaker moves on, rooms warm)…
    await clock.setTime('2026-03-03', '19:45');
    await app.settle();
    // …the front door is unlocked.
    await home.button('Unlock Front door').click();
    await expect(home.status('lock.front_door')).toHaveText('Unlocked');

    await activity.open();
    const newest = activity.event(0);
    await expect(newest.locator('time')).toContainText('19:45');
    await expect(newest).toContainText('Front door (Hallway) unlocked');
    await expect(newest).toContainText('You changed it in the device panel.');
    await expect(newest).toContainText('By hand');

    const oldest = activity.events.last();
    await expect(oldest.locator('time')).toContainText('19:30');
    await expect(oldest).toContainText('Kettle (Kitchen) turned on');

    // Between them, what the home did by itself, with its reason.
    const byItself = activity.events.filter({ hasText: 'The home itself' });
    await expect(
      byItself.filter({ hasText: 'Living room thermostat room temperature' }),
    ).toContainText('The thermostat warmed the room toward its target.');

    // Newest first all the way down: the times never go up.
    const times = await activity.events
      .locator('time')
      .evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
    expect(times.length).toBeGreaterThan(2);
    expect([...times].sort().reverse()).toEqual(times);
  });

  test('filters by room, device and cause, and the address keeps the filters', async ({
    page,
    app,
    home,
    activity,
  }) => {
    await app.open();
    await home.switch('Kettle').click();
    await home.switch('Coffee machine').click();
    await home.button('Unlock Front door').click();
    await expect(home.status('lock.front_door')).toHaveText('Unlocked');

    await activity.open();
    await expect(activity.events).toHaveCount(3);

    await activity.filterBy('Room', 'Kitchen');
    await expect(page).toHaveURL(/[?&]area=kitchen\b/);
    await expect(activity.events).toHaveCount(2);
    await expect(activity.count).toHaveText(/2 events match\.$/);
    for (const event of await activity.events.all()) await expect(event).toContainText('(Kitchen)');

    await activity.filterBy('Device', 'Kettle');
    await expect(page).toHaveURL(/[?&]entity=switch\.kettle\b/);
    await expect(activity.events).toHaveCount(1);
    await expect(activity.event(0)).toContainText('Kettle (Kitchen) turned on');

    await activity.filterBy('Cause', 'By hand');
    await expect(page).toHaveURL(/[?&]cause=manual\b/);
    await expect(activity.events).toHaveCount(1);

    // A reload (or a shared link) shows the same filtered list.
    await app.reload();
    await expect(activity.filter('Room')).toHaveValue('kitchen');
    await expect(activity.filter('Device')).toHaveValue('switch.kettle');
    await expect(activity.filter('Cause')).toHaveValue('manual');
    await expect(activity.events).toHaveCount(1);

    // A cause nothing matches says so.
    await activity.filterBy('Cause', 'The home itself');
    await expect(activity.empty).toBeVisible();

    await activity.clearFilters.click();
    await expect(page).toHaveURL(/\/activity$/);
    await expect(activity.events).toHaveCount(3);

    // Opening a filtered address directly works too.
    await page.goto('/activity?area=hallway');
    await app.ready();
    await expect(activity.filter('Room')).toHaveValue('hallway');
    await expect(activity.events).toHaveCount(1);
    await expect(activity.event(0)).toContainText('Front door (Hallway) unlocked');
  });

  test('stays usable with 5,000 events', async ({ page, app, activity }) => {
    // Writes and pages through 5,000 events: near 30 s on a loaded machine.
    test.slow();
    await app.open();
    // History is written straight into the app's database through the test API's debug hooks
    // (the same ones `npm run bench` uses); the page then reads it like any other history.
    const history = seededHistory(5_000, Date.parse('2026-03-03T19:00:00Z'));
    await page.evaluate((events) => window.teachableHome?.debug.addEvents(events), history);

    await activity.open();
    await expect(activity.count).toHaveText(/5,000 events\.$/);
    await expect(activity.event(0)).toContainText('18:59');

    // Only the rows near the screen are in the page, however long the history.
    const rendered = () => activity.events.count();
    expect(await rendered()).toBeLessThan(60);

    // Scrolling down pages in older events: the 300th row, then more, and still few in the DOM.
    await expect(async () => {
      await page.mouse.wheel(0, 8_000);
      await expect(activity.list.locator('li[data-index="300"]')).toBeAttached({ timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
    expect(await rendered()).toBeLessThan(60);

    // Filters answer from the index, not by reading all 5,000 rows.
    await activity.filterBy('Cause', 'The home itself');
    await expect(activity.count).toHaveText(/2,500 events match\.$/);
    await activity.filterBy('Device', 'Front door');
    await expect(activity.count).toHaveText(/1 event match\.$/);
    await expect(activity.event(0)).toContainText('Front door (Hallway) locked');
  });
});

/**
 * `count` events, one a minute up to `newest` (oldest first, as in a backup): the kettle switched
 * by hand and the living room warming by itself, in turns; the oldest is the front door locking.
 */
function seededHistory(count: number, newest: number): HomeEvent[] {
  return Array.from({ length: count }, (_, i): HomeEvent => {
    const at = newest - (count - i) * 60_000;
    const id = `seed-${String(i).padStart(5, '0')}`;
    if (i === 0) {
      return {
        id,
        at,
        entityId: 'lock.front_door',
        entityName: 'Front door',
        domain: 'lock',
        area: 'hallway',
        changes: [{ key: 'state', from: 'unlocked', to: 'locked' }],
        cause: { kind: 'simulation', process: 'history' },
      };
    }
    if (i % 2 === 1) {
      return {
        id,
        at,
        entityId: 'switch.kettle',
        entityName: 'Kettle',
        domain: 'switch',
        area: 'kitchen',
        changes: [
          { key: 'state', from: i % 4 === 1 ? 'off' : 'on', to: i % 4 === 1 ? 'on' : 'off' },
        ],
        cause: { kind: 'manual' },
      };
    }
    const temperature = 18 + (i % 40) / 10;
    return {
      id,
      at,
      entityId: 'climate.living_room',
      entityName: 'Living room thermostat',
      domain: 'climate',
      area: 'living_room',
      changes: [{ key: 'current_temperature', from: temperature, to: temperature + 0.1 }],
      cause: { kind: 'simulation', process: 'thermostat' },
    };
  });
}
