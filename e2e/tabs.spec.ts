// Two tabs of the same browser share one home: a change in either shows in the other without a
// reload — devices and the clock alike.
import { test, expect } from './fixtures.ts';
import { HomePanel } from './pages/HomePanel.ts';
import { ClockBar } from './pages/ClockBar.ts';

test('a change in one tab shows in the other without a reload', async ({ app, home, clock }) => {
  await app.open();
  const otherPage = await app.openTab('/');
  const other = { home: new HomePanel(otherPage), clock: new ClockBar(otherPage) };
  await expect(other.home.status('switch.kettle')).toHaveText('Off');

  // A device, changed in the first tab.
  await home.switch('Kettle').click();
  await expect(home.status('switch.kettle')).toHaveText('On');
  await expect(other.home.status('switch.kettle')).toHaveText('On');
  await expect(other.home.switch('Kettle')).toBeChecked();

  // …and one changed in the second.
  await other.home.button('Unlock Front door').click();
  await expect(home.status('lock.front_door')).toHaveText('Unlocked');
  await expect.poll(async () => (await app.entity('lock.front_door'))?.state).toBe('unlocked');

  // The clock: run it in one tab, pause it in the other.
  await clock.run();
  await other.clock.expectShows({ paused: false });
  await other.clock.pause();
  await clock.expectShows({ paused: true });
  // Both stopped at the same moment.
  await expect.poll(() => app.simNow()).toBe(await app.simNow(otherPage));

  // Setting the time in one tab moves the other.
  await other.clock.setTime('2026-03-05', '08:00');
  await clock.expectShows({ day: 'Thursday', date: '5 March 2026', time: '08:00', paused: true });
});
