// Settings → Home: the temperature unit (used everywhere), the home's location, the household.
import { test, expect } from './fixtures.ts';

test.describe('Home settings', () => {
  test('°F shows on the thermostat tiles, and stays after a reload', async ({
    app,
    home,
    settings,
  }) => {
    await app.open();
    await expect(home.currentTemperature('climate.living_room')).toHaveText('20.5 °C');

    await settings.openHome();
    await expect(settings.unit('C')).toBeChecked();
    await settings.unit('F').click();
    await expect(settings.unit('F')).toBeChecked();

    await home.open();
    await expect(home.currentTemperature('climate.living_room')).toHaveText('68.9 °F');
    await expect(home.status('climate.living_room')).toHaveText(/ °F$/);
    await expect(home.status('sensor.kitchen_temperature')).toHaveText('70.5 °F');
    // In °F the target moves a whole degree a step.
    await home.button('Raise Living room thermostat target temperature').click();
    await expect(home.tile('climate.living_room').getByRole('status')).toHaveText('71 °F');

    await app.reload();
    await expect(home.currentTemperature('climate.living_room')).toHaveText('68.9 °F');
  });

  test('the location form explains a wrong latitude and saves nothing; a good one is saved', async ({
    app,
    settings,
    clock,
  }) => {
    await app.open('/settings/home');
    const latitude = settings.locationField('Latitude');
    await expect(latitude).toHaveValue('51.5074');
    const sunBefore = await settings.page.getByTestId('sun-times').textContent();

    await latitude.fill('200');
    await settings.saveLocation.click();
    await expect(settings.location.getByRole('alert')).toHaveText('Latitude is between -90 and 90');
    await expect(latitude).toHaveAttribute('aria-invalid', 'true');

    // Nothing was saved: after a reload the form shows London again.
    await app.reload();
    await expect(settings.locationField('Latitude')).toHaveValue('51.5074');
    await expect(settings.page.getByTestId('sun-times')).toHaveText(sunBefore ?? '');

    // A place from the list is saved, and the clock follows its time zone.
    await settings.location.getByRole('button', { name: 'Tokyo' }).click();
    await expect(settings.locationField('Latitude')).toHaveValue('35.6762');
    await settings.saveLocation.click();
    await expect(settings.notice('Location saved')).toContainText('Tokyo');
    await expect(settings.page.getByTestId('sun-times')).toContainText(
      'In Tokyo today the sun rises at',
    );
    // 19:30 in London is 04:30 the next morning in Tokyo.
    await clock.expectShows({ day: 'Wednesday', date: '4 March 2026', time: '04:30' });
  });

  test('people are added, renamed and removed, and the Home page shows the household', async ({
    app,
    home,
    settings,
  }) => {
    await app.open('/settings/home');
    await expect(settings.people.getByRole('listitem')).toHaveCount(4);

    await settings.addPerson('Rosa');
    await expect(settings.person('Rosa')).toBeVisible();
    await expect(settings.people.getByRole('listitem')).toHaveCount(5);

    // The same name twice is explained, not added.
    await settings.addPerson('Emma');
    await expect(
      settings.page.getByRole('region', { name: 'Household' }).getByRole('alert'),
    ).toHaveText('Emma is already in the household.');
    await expect(settings.people.getByRole('listitem')).toHaveCount(5);

    await settings.renamePerson('Leo', 'Leonardo');
    await expect(settings.person('Leonardo')).toBeVisible();
    await expect(
      settings.people.getByRole('button', { name: 'Rename Leo', exact: true }),
    ).toHaveCount(0);

    await settings.removePerson('Maya');
    await expect(settings.notice('Maya removed from the household')).toBeVisible();
    await expect(settings.person('Maya')).toHaveCount(0);

    await home.open();
    await expect(home.switch('Rosa is home')).toBeVisible();
    await expect(home.switch('Leonardo is home')).toBeChecked();
    await expect(home.switch('Leo is home')).toHaveCount(0);
    await expect(home.switch('Maya is home')).toHaveCount(0);
    await expect(home.summary).toContainText('of 4 people home');
  });
});
