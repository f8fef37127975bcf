import { describe, expect, it } from 'vitest';
import { zonedToInstant } from '../clock/zoned.ts';
import {
  makeBinarySensor,
  makeClimate,
  makeHome,
  makeLight,
  makeLock,
  makePerson,
  makeSensor,
} from '../home/testing.ts';
import { DEFAULT_SETTINGS, type HomeSettings } from '../settings/settings.ts';
import { checkCondition, checkConditions } from './conditions.ts';
import type { Condition } from './model.ts';

const LONDON = DEFAULT_SETTINGS;
const FAHRENHEIT: HomeSettings = { ...DEFAULT_SETTINGS, temperatureUnit: 'F' };
const NEW_YORK: HomeSettings = {
  ...DEFAULT_SETTINGS,
  location: { name: 'New York', latitude: 40.71, longitude: -74.01, timeZone: 'America/New_York' },
};
/** Wall-clock time in London on Monday 1 June 2026. */
const monday = (hour: number, minute = 0, second = 0) =>
  zonedToInstant({ year: 2026, month: 6, day: 1, hour, minute, second }, 'Europe/London');

const backDoor = makeBinarySensor({
  id: 'binary_sensor.back_door',
  name: 'Back door',
  state: 'on',
  attributes: { device_class: 'door', auto_off_seconds: undefined },
});
const anna = makePerson({ id: 'person.anna', name: 'Anna', state: 'home' });
const ben = makePerson({ id: 'person.ben', name: 'Ben', state: 'not_home' });
const home = makeHome(
  backDoor,
  makeLock(),
  makeLight({ state: 'on', attributes: { brightness: 60 } }),
  makeSensor({ state: '27.5' }),
  makeSensor({
    id: 'sensor.hall_light_level',
    name: 'Hall light level',
    state: '438',
    attributes: { device_class: 'illuminance', unit_of_measurement: 'lx' },
  }),
  makeClimate({ attributes: { current_temperature: 19 } }),
  anna,
  ben,
);
const check = (c: Condition, now = monday(12), settings = LONDON, h = home) =>
  checkCondition(c, h, now, settings);

describe('time window', () => {
  const day: Condition = { type: 'time', after: '08:00', before: '17:30' };
  const night: Condition = { type: 'time', after: '22:00', before: '06:00' };

  it('includes `after` and excludes `before`', () => {
    expect(check(day, monday(8)).ok).toBe(true);
    expect(check(day, monday(17, 29, 59)).ok).toBe(true);
    expect(check(day, monday(17, 30)).ok).toBe(false);
    expect(check(day, monday(7, 59, 59)).ok).toBe(false);
  });

  it('wraps midnight', () => {
    expect(check(night, monday(22)).ok).toBe(true);
    expect(check(night, monday(23, 59)).ok).toBe(true);
    expect(check(night, monday(0)).ok).toBe(true);
    expect(check(night, monday(5, 59)).ok).toBe(true);
    expect(check(night, monday(6)).ok).toBe(false);
    expect(check(night, monday(12)).ok).toBe(false);
    expect(check(night, monday(21, 59)).ok).toBe(false);
  });

  it('says the time and the window', () => {
    expect(check(night, monday(14, 10))).toEqual({
      ok: false,
      why: 'it is 14:10, outside 22:00–06:00',
    });
    expect(check(night, monday(23, 5)).why).toBe('it is 23:05, inside 22:00–06:00');
  });

  it('reads the home’s clock, not UTC', () => {
    // 06:00 UTC is 02:00 in New York, inside the night window, but 07:00 in London.
    expect(check(night, Date.UTC(2026, 5, 1, 6), NEW_YORK).ok).toBe(true);
    expect(check(night, Date.UTC(2026, 5, 1, 6), LONDON).ok).toBe(false);
  });

  it('treats equal times as the whole day', () => {
    expect(check({ type: 'time', after: '07:00', before: '07:00' }, monday(3)).ok).toBe(true);
  });
});

describe('days of the week', () => {
  it('holds on chosen days in the home’s time zone', () => {
    expect(check({ type: 'days', days: [1, 2, 3, 4, 5] })).toEqual({
      ok: true,
      why: 'it is Monday',
    });
    expect(check({ type: 'days', days: [6, 7] })).toEqual({
      ok: false,
      why: 'it is Monday, not one of the chosen days',
    });
    // 01:00 UTC on Monday is still Sunday evening in New York.
    expect(check({ type: 'days', days: [7] }, Date.UTC(2026, 5, 1, 1), NEW_YORK).ok).toBe(true);
  });
});

describe('dark or light outside', () => {
  // London, 1 June 2026: sunrise about 04:45, sunset about 21:10 (BST).
  const dark: Condition = { type: 'sun', is: 'dark' };
  const light: Condition = { type: 'sun', is: 'light' };

  it('is dark after sunset and before sunrise, light in between', () => {
    expect(checkCondition(dark, home, monday(23), LONDON)).toMatchObject({ ok: true });
    expect(checkCondition(dark, home, monday(3), LONDON)).toMatchObject({ ok: true });
    expect(checkCondition(dark, home, monday(13), LONDON)).toMatchObject({ ok: false });
    expect(checkCondition(light, home, monday(13), LONDON)).toMatchObject({ ok: true });
  });

  it('says when the sun set or rises, on the home clock', () => {
    expect(checkCondition(dark, home, monday(23), LONDON).why).toMatch(
      /^it is after sunset \(21:\d\d\)$/,
    );
    expect(checkCondition(dark, home, monday(3), LONDON).why).toMatch(
      /^it is before sunrise \(04:\d\d\)$/,
    );
    expect(checkCondition(light, home, monday(13), LONDON).why).toMatch(
      /^it is daytime \(sunset at 21:\d\d\)$/,
    );
  });

  it('follows the polar night and day', () => {
    const tromso: HomeSettings = {
      ...DEFAULT_SETTINGS,
      location: { name: 'Tromsø', latitude: 69.65, longitude: 18.96, timeZone: 'Europe/Oslo' },
    };
    const midsummerNight = zonedToInstant(
      { year: 2026, month: 6, day: 21, hour: 0, minute: 30 },
      'Europe/Oslo',
    );
    expect(checkCondition(dark, home, midsummerNight, tromso)).toEqual({
      ok: false,
      why: 'the sun does not set today',
    });
  });
});

describe('entity state', () => {
  it('holds when the state is one of the chosen ones, in plain words', () => {
    expect(check({ type: 'state', entityId: 'binary_sensor.back_door', states: ['on'] })).toEqual({
      ok: true,
      why: 'the Back door is open',
    });
    expect(
      check({ type: 'state', entityId: 'lock.front_door', states: ['unlocked', 'jammed'] }),
    ).toEqual({ ok: false, why: 'the Front door is locked, not unlocked or jammed' });
  });

  it('is false, saying so, when the device no longer exists', () => {
    const gone = makeHome(makeLock());
    expect(
      check(
        { type: 'state', entityId: 'binary_sensor.back_door', states: ['on'] },
        monday(12),
        LONDON,
        gone,
      ),
    ).toEqual({ ok: false, why: 'the Back door no longer exists' });
  });
});

describe('numeric range', () => {
  const temp = (above?: number, below?: number): Condition => ({
    type: 'numeric',
    entityId: 'sensor.hall_temperature',
    above,
    below,
  });

  it('compares the state as a number, above and below strictly', () => {
    expect(check(temp(26))).toEqual({
      ok: true,
      why: 'the Hall temperature is 27.5 °C, above 26 °C',
    });
    expect(check(temp(27.5)).ok).toBe(false);
    expect(check(temp(undefined, 27.5)).ok).toBe(false);
    expect(check(temp(20, 30))).toEqual({
      ok: true,
      why: 'the Hall temperature is 27.5 °C, between 20 °C and 30 °C',
    });
    expect(check(temp(undefined, 20)).why).toBe('the Hall temperature is 27.5 °C, not below 20 °C');
  });

  it('compares in °C but explains in the person’s unit', () => {
    expect(check(temp(26), monday(12), FAHRENHEIT)).toEqual({
      ok: true,
      why: 'the Hall temperature is 81.5 °F, above 78.8 °F',
    });
  });

  it('reads an attribute when asked', () => {
    const cold: Condition = {
      type: 'numeric',
      entityId: 'climate.living_room',
      attribute: 'current_temperature',
      below: 20,
    };
    expect(check(cold)).toEqual({
      ok: true,
      why: "the Living room thermostat's current temperature is 19 °C, below 20 °C",
    });
    const bright: Condition = {
      type: 'numeric',
      entityId: 'light.kitchen_ceiling',
      attribute: 'brightness',
      above: 50,
    };
    expect(check(bright).ok).toBe(true);
  });

  it('shows other units as the sensor gives them', () => {
    const dark: Condition = { type: 'numeric', entityId: 'sensor.hall_light_level', below: 100 };
    expect(check(dark)).toEqual({
      ok: false,
      why: 'the Hall light level is 438 lx, not below 100 lx',
    });
  });

  it('is false without a number, a range or the device', () => {
    expect(check({ type: 'numeric', entityId: 'lock.front_door', above: 1 }).why).toBe(
      'the Front door has no number to compare',
    );
    expect(check(temp()).ok).toBe(false);
    expect(check({ type: 'numeric', entityId: 'sensor.gone_away', above: 1 })).toEqual({
      ok: false,
      why: 'the Gone away no longer exists',
    });
  });
});

describe('presence', () => {
  it('checks one person', () => {
    expect(check({ type: 'presence', personId: 'person.anna', is: 'home' })).toEqual({
      ok: true,
      why: 'Anna is home',
    });
    expect(check({ type: 'presence', personId: 'person.ben', is: 'home' })).toEqual({
      ok: false,
      why: 'Ben is away',
    });
    expect(check({ type: 'presence', personId: 'person.ben', is: 'away' }).ok).toBe(true);
    expect(check({ type: 'presence', personId: 'person.cleo', is: 'away' })).toEqual({
      ok: false,
      why: 'Cleo no longer exists',
    });
  });

  it('"anyone" is home when at least one person is, away when nobody is', () => {
    expect(check({ type: 'presence', is: 'home' })).toEqual({ ok: true, why: 'Anna is home' });
    expect(check({ type: 'presence', is: 'away' })).toEqual({ ok: false, why: 'Anna is home' });
    const empty = makeHome({ ...anna, state: 'not_home' }, ben);
    expect(check({ type: 'presence', is: 'home' }, monday(12), LONDON, empty)).toEqual({
      ok: false,
      why: 'nobody is home',
    });
    expect(check({ type: 'presence', is: 'away' }, monday(12), LONDON, empty).ok).toBe(true);
    const both = makeHome(anna, { ...ben, state: 'home' });
    expect(check({ type: 'presence', is: 'home' }, monday(12), LONDON, both).why).toBe(
      'Anna and Ben are home',
    );
  });
});

describe('checkConditions', () => {
  const someoneHome: Condition = { type: 'presence', is: 'home' };
  const evening: Condition = { type: 'time', after: '18:00', before: '23:00' };
  const routine = (conditionMode: 'all' | 'any', conditions: Condition[]) => ({
    conditionMode,
    conditions,
  });

  it('with no conditions, is ok', () => {
    const r = checkConditions(routine('all', []), home, monday(12), LONDON);
    expect(r.ok).toBe(true);
    expect(r.results).toEqual([]);
  });

  it("'all' needs every condition, and reports each one", () => {
    const r = checkConditions(routine('all', [someoneHome, evening]), home, monday(12), LONDON);
    expect(r.ok).toBe(false);
    expect(r.results.map((x) => x.ok)).toEqual([true, false]);
    expect(r.results[1]?.condition).toBe(evening);
    expect(r.why).toBe('it is 12:00, outside 18:00–23:00');
    expect(
      checkConditions(routine('all', [someoneHome, evening]), home, monday(19), LONDON).ok,
    ).toBe(true);
  });

  it("'any' needs one condition", () => {
    const r = checkConditions(routine('any', [someoneHome, evening]), home, monday(12), LONDON);
    expect(r.ok).toBe(true);
    expect(r.why).toBe('Anna is home');
    const nobody = makeHome({ ...anna, state: 'not_home' });
    const none = checkConditions(
      routine('any', [someoneHome, evening]),
      nobody,
      monday(12),
      LONDON,
    );
    expect(none.ok).toBe(false);
    expect(none.results).toHaveLength(2);
    expect(none.why).toBe('nobody is home and it is 12:00, outside 18:00–23:00');
  });
});
