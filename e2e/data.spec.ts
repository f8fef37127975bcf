// Settings → Data: a backup round trip brings back the very same home; a bad file is refused with
// a message and changes nothing; "Start over" loads another scenario.
import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures.ts';

const json = (name: string, value: unknown) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)),
});

test.describe('Back up, restore and start over', () => {
  test('export → change → reset → import gives back the same home', async ({
    page,
    app,
    home,
    settings,
    activity,
  }, testInfo) => {
    test.slow(); // three trips through Settings and a restore
    await app.open();
    await home.switch('Kettle').click();
    await home.button('Unlock Front door').click();
    await home.switch('Tom is home').click();
    await expect(home.household).toContainText('Tom · Home');
    const before = await app.storedHome();

    // Export: a download of one JSON file in the backup format.
    await settings.openData();
    const download = await settings.downloadBackup();
    expect(download.suggestedFilename()).toMatch(/^teachable-home-backup-[\d-]+\.json$/);
    const file = testInfo.outputPath(download.suggestedFilename());
    await download.saveAs(file);
    const backup = JSON.parse(await readFile(file, 'utf8')) as {
      format: string;
      version: number;
      home: { entities: unknown[] };
      events: unknown[];
    };
    expect(backup.format).toBe('teachable-home-backup');
    expect(backup.version).toBe(7);
    expect(backup.home.entities).toHaveLength(before.length);
    expect(backup.events).toHaveLength(3);
    await expect(settings.notice('Backup downloaded')).toContainText(
      `${before.length} devices, 3 events`,
    );

    // Change something more, then start over from the demo home.
    await home.open();
    await home.switch('Coffee machine').click();
    await expect(home.status('switch.coffee_machine')).toHaveText('On');
    await settings.openData();
    await settings.resetTo('Family house');
    await expect(settings.notice('Home reset')).toBeVisible();
    expect(await app.storedHome()).not.toEqual(before);

    // Restore the file: the dialog says what is in it, then everything is back.
    await settings.chooseBackupFile(file);
    await expect(settings.restoreDialog).toContainText(
      `${before.length} devices in 11 rooms and 3 events`,
    );
    await settings.restoreDialog.getByRole('button', { name: 'Replace everything' }).click();
    await expect(settings.notice('Backup restored')).toBeVisible();
    expect(await app.storedHome()).toEqual(before);

    await home.open();
    await expect(home.status('switch.kettle')).toHaveText('On');
    await expect(home.status('switch.coffee_machine')).toHaveText('Off');
    await expect(home.status('lock.front_door')).toHaveText('Unlocked');
    await expect(home.household).toContainText('Tom · Home');
    await activity.open();
    await expect(activity.events).toHaveCount(3);
    await expect(page.getByText('Coffee machine (Kitchen) turned on')).toHaveCount(0);
  });

  test('a bad file is refused with a message, and nothing changes', async ({
    app,
    home,
    settings,
    clock,
  }) => {
    test.slow(); // three files, each checked
    await app.open();
    await home.switch('Kettle').click();
    await expect(home.status('switch.kettle')).toHaveText('On');
    const before = await app.storedHome();
    const clockBefore = await app.simNow();
    await settings.openData();

    // Not JSON at all.
    await settings.chooseBackupFile({
      name: 'shopping-list.json',
      mimeType: 'application/json',
      buffer: Buffer.from('eggs, milk, bread'),
    });
    await expect(settings.restoreFailure).toContainText(
      '“shopping-list.json” was not restored. Nothing was changed.',
    );
    await expect(settings.restoreFailure).toContainText('This file is not valid JSON');
    await expect(settings.restoreDialog).toBeHidden();

    // JSON, but not a Teachable Home backup.
    await settings.chooseBackupFile(
      json('settings.json', { format: 'some-other-app', version: 1, things: [] }),
    );
    await expect(settings.restoreFailure).toContainText(
      '“settings.json” was not restored. Nothing was changed.',
    );
    await expect(settings.restoreFailure).toContainText('This is not a Teachable Home backup.');
    await expect(settings.restoreDialog).toBeHidden();

    // A real backup with one impossible value: checked whole, so none of it is restored.
    const backup = JSON.parse(
      await readFile(await (await settings.downloadBackup()).path(), 'utf8'),
    ) as {
      home: { entities: { id: string; attributes: Record<string, unknown> }[] };
    };
    const lamp = backup.home.entities.find((e) => e.id === 'light.living_room_lamp');
    if (!lamp) throw new Error('the demo home has a living room lamp');
    lamp.attributes.brightness = 500;
    await settings.chooseBackupFile(json('tampered.json', backup));
    await expect(settings.restoreFailure).toContainText(
      '“tampered.json” was not restored. Nothing was changed.',
    );
    await expect(settings.restoreFailure).toContainText('brightness');
    await expect(settings.restoreDialog).toBeHidden();

    expect(await app.storedHome()).toEqual(before);
    expect(await app.simNow()).toBe(clockBefore);
    await clock.expectShows({ time: '19:30', paused: true });
  });

  test('resets to another scenario: the one-bedroom flat', async ({
    app,
    home,
    settings,
    clock,
  }) => {
    await app.open('/settings/data');
    await expect(settings.page.getByText('Current data started from:')).toContainText(
      'Family house',
    );
    await settings.resetTo('One-bedroom flat');
    await expect(settings.notice('Home reset')).toContainText(
      'You are now in the “One-bedroom flat” scenario.',
    );
    await expect(settings.page.getByText('Current data started from:')).toContainText(
      'One-bedroom flat',
    );

    await home.open();
    await expect(home.tile('light.hall')).toBeVisible();
    await expect(home.tile('climate.thermostat')).toBeVisible();
    await expect(home.tile('light.sideboard_lamp')).toHaveCount(0);
    await expect(home.switch('Jordan is home')).toBeChecked();
    await expect(home.page.getByRole('heading', { level: 2, name: 'Flat' })).toBeVisible();
    // The flat's morning, on its own clock (Amsterdam).
    await clock.expectShows({ time: '07:15' });

    const ids = (await app.entities()).map((e) => e.id);
    expect(ids).toContain('person.jordan');
    expect(ids).not.toContain('person.emma');
  });
});
