// The example test of the README ("Writing acceptance tests"). Keep the two in step.
import { test, expect } from '@playwright/test';

test('turning the kettle on by hand', async ({ page }) => {
  // A fresh demo home, its simulated clock paused at 07:00.
  await page.goto('/?scenario=demo&now=2026-03-03T07:00');
  await expect(page.getByRole('region', { name: 'Simulated clock' })).toContainText('07:00');

  // Read the home through the test API…
  const kettle = () => page.evaluate(() => window.teachableHome?.entity('switch.kettle')?.state);
  await expect.poll(kettle).toBe('off');

  // …change it as a person does: a control found by its role and name…
  await page.getByRole('switch', { name: 'Kettle' }).click();

  // …and check the result, on screen and in the home.
  await expect(page.getByTestId('tile-switch.kettle')).toHaveAttribute('data-state', 'on');
  await expect.poll(kettle).toBe('on');
});
