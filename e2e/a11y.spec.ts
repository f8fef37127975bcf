// Every page, and the popover and dialogs on them, scanned with axe against WCAG 2.1 A and AA,
// at desktop and at phone width. One test per width walks the pages the way a person does
// (booting the app once); each page is a step, and every scan runs even when one fails.
import { test, expect } from './fixtures.ts';
import { expectNoA11yViolations } from './a11y.ts';
import { AssistantConsole } from './pages/AssistantConsole.ts';

for (const { width, height } of [
  { width: 1280, height: 860 },
  { width: 390, height: 844 },
]) {
  test.describe(`At ${width} px`, () => {
    test.use({ viewport: { width, height } });

    test('every page has no accessibility violations', async ({
      page,
      app,
      home,
      activity,
      settings,
      clock,
    }) => {
      test.slow(); // nine scans
      const scan = async (what: string, include?: string) => {
        await expectNoA11yViolations(page, `${what} at ${width} px`, {
          soft: true,
          ...(include ? { include } : {}),
        });
        if (width < 600) {
          // Nothing scrolls sideways on a phone.
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          expect.soft(overflow, `${what} is wider than the phone`).toBeLessThanOrEqual(0);
        }
      };
      await app.open();

      await test.step('Home', async () => {
        await expect(page.getByRole('heading', { level: 1, name: 'Your home' })).toBeVisible();
        await scan('the Home page');
      });

      await test.step('Home with the colour popover open', async () => {
        await home.button('Colour of Living room lamp').click();
        await expect(home.button('Set Living room lamp to green')).toBeVisible();
        // The popover is not modal: the page around it was scanned just above.
        await scan('the colour popover', '[data-radix-popper-content-wrapper]');
        await page.keyboard.press('Escape');
        await expect(home.button('Set Living room lamp to green')).toBeHidden();
      });

      await test.step('Activity, with history of more than one kind', async () => {
        await home.switch('Kettle').click();
        await home.button('Unlock Front door').click();
        await expect(home.status('lock.front_door')).toHaveText('Unlocked');
        await activity.open();
        await expect(activity.events).toHaveCount(2);
        await scan('the Activity page');
      });

      await test.step('Settings → Home', async () => {
        await settings.openHome();
        await scan('Settings → Home');
      });

      await test.step('Settings → Data, with the "Reset the home?" dialog', async () => {
        await settings.openData();
        await scan('Settings → Data');
        await page.getByRole('button', { name: 'Reset to this scenario' }).click();
        await expect(page.getByRole('dialog', { name: 'Reset the home?' })).toBeVisible();
        await scan('the "Reset the home?" dialog');
        await page.keyboard.press('Escape');
        await expect(page.getByRole('dialog')).toBeHidden();
      });

      await test.step('the "Set time" dialog', async () => {
        await clock.region.getByRole('button', { name: 'Set time' }).click();
        await expect(page.getByRole('dialog', { name: 'Set the simulated time' })).toBeVisible();
        await scan('the "Set time" dialog');
        await page.keyboard.press('Escape');
        await expect(page.getByRole('dialog')).toBeHidden();
      });

      await test.step('the Assistant, with a conversation and "Why?" open', async () => {
        const assistant = new AssistantConsole(page);
        await assistant.open();
        await assistant.say('turn off the kitchen lights');
        await assistant.say('set the kitchen light to 50 percent');
        await assistant.why(assistant.turns.first()).click();
        await expect(assistant.explanation(assistant.turns.first())).toBeVisible();
        await scan('the Assistant page');
        if (width < 1024) {
          await assistant.tab('Devices').click();
          await scan('the Assistant page, devices tab');
        }
      });

      await test.step('the 404 page', async () => {
        await page.goto('/nope');
        await app.ready();
        await expect(
          page.getByRole('heading', { level: 1, name: "There's no page here" }),
        ).toBeVisible();
        await scan('the 404 page');
      });
    });
  });
}
