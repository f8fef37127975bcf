import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeState, stateWord } from './format.ts';
import { loadHomeFile } from './load.ts';
import { homeSchema, type Entity, type Home } from './model.ts';

// The corpus lives next to the repository (never copied into it); these tests run when it is there.
const CORPUS = fileURLToPath(
  new URL('../../../../shared/corpora/ha-intents-en.json', import.meta.url),
);

function loaded(input: unknown): { home: Home; warnings: string[] } {
  const result = loadHomeFile(input);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result;
}

interface CorpusEntity {
  id: string;
  domain: string;
  stateText?: string;
  attributes?: { device_class?: string };
}
/** Corpus words that differ from Home Assistant's own for the class. */
const REWORDED = new Set(['binary_sensor.power', 'binary_sensor.phone_vibration']);
/** The id as the loader writes it ("sensor.traveling speed" -> "sensor.traveling_speed"). */
const objectSlugOf = (id: string) => id.toLowerCase().replace(/[^a-z0-9_.]+/g, '_');

const entity = (home: Home, id: string): Entity => {
  const found = home.entities.find((e) => e.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
};

describe.skipIf(!existsSync(CORPUS))(
  'the corpus fixtures (needs ../shared/corpora/ha-intents-en.json)',
  () => {
    // Vitest still runs a skipped describe's body to collect its tests, so load only when present.
    const fixtures = existsSync(CORPUS)
      ? JSON.parse(readFileSync(CORPUS, 'utf8')).fixtures
      : { floors: [], areas: [], entities: [] };
    const { home, warnings } = existsSync(CORPUS)
      ? loaded(fixtures)
      : { home: fixtures as Home, warnings: [] as string[] };

    it('load into a valid home', () => {
      expect(() => homeSchema.parse(home)).not.toThrow();
      expect(home.floors).toHaveLength(fixtures.floors.length);
      expect(home.areas).toHaveLength(fixtures.areas.length);
    });

    it('keep every entity the test cases refer to by name', () => {
      const names = new Set(home.entities.map((e) => e.name));
      for (const name of [
        'Bedroom Lamp',
        'Play Corner',
        'Ceiling Fan',
        'Curtain Left',
        'Curtain Right',
        'Bedroom Curtain',
        'Shade Left',
        'Front Door',
        'Back Door',
        'Side Door',
        'Sliding Doors',
        'TV',
        'Thermostat',
        'Office Thermostat',
        'Kitchen Switch',
        'Bedroom Switch',
        'Outside Temperature',
        'Kitchen ceiling',
        'Kitchen countertop',
        'Kitchen cabinets',
        'Living Room Lamp',
        'Garage Light',
      ]) {
        expect(names, name).toContain(name);
      }
    });

    it('resolve areas and floors given by name to ids, and give floors levels in file order', () => {
      expect(entity(home, 'light.kitchen_ceiling').area).toBe('kitchen_id');
      expect(home.areas.find((a) => a.name === 'Guest Room')?.floor).toBe('upstairs_id');
      expect(home.floors.map((f) => f.level)).toEqual([0, 1, 2, 3, 4]);
    });

    it('keep the states the expected responses rely on', () => {
      expect(home.entities.filter((e) => e.domain === 'light' && e.state === 'on')).toHaveLength(6);
      expect(entity(home, 'media_player.tv')).toMatchObject({
        state: 'idle',
        attributes: { volume: 50 },
      });
      expect(entity(home, 'cover.curtain_left')).toMatchObject({
        state: 'open',
        attributes: { position: 100 },
      });
      expect(entity(home, 'cover.bedroom')).toMatchObject({
        state: 'closed',
        attributes: { position: 0 },
      });
      expect(entity(home, 'lock.back_door').state).toBe('unlocked');
      expect(entity(home, 'climate.thermostat')).toMatchObject({
        state: 'heat',
        attributes: { current_temperature: 68 },
      });
      expect(entity(home, 'climate.office_thermostat').attributes).toMatchObject({
        current_temperature: 1,
        temperature: 5,
      });
    });

    it('convert °F sensors to °C and clean up ids', () => {
      expect(entity(home, 'sensor.outside_temperature')).toMatchObject({
        state: '5.6',
        attributes: { unit_of_measurement: '°C' },
      });
      expect(warnings).toContain('entities[11] (sensor.outside_temperature): 42 °F read as 5.6 °C');
    });

    it('keep every sensor and binary sensor, of every class, with its reading', () => {
      const measuring = (list: { id?: string; entity_id?: string; domain?: string }[]) =>
        list
          .filter((e) => e.domain === 'sensor' || e.domain === 'binary_sensor')
          .map((e) => objectSlugOf(e.id ?? e.entity_id ?? ''));
      const given = measuring(fixtures.entities);
      expect(given.length).toBeGreaterThan(70);
      expect(measuring(home.entities)).toEqual(given);
      expect(warnings.filter((w) => /sensor\..*skipped/.test(w))).toEqual([]);
      // Each as Home Assistant answers about it ("Macrotorrent is 22.9 MB/s"; "No, normal").
      const shown = (id: string) => describeState(entity(home, id), 'C');
      expect(shown('sensor.macrotorrent_download_speed')).toBe('22.9 MB/s');
      expect(shown('sensor.living_room_illuminance')).toBe('438 lux');
      expect(shown('sensor.next_birthday')).toBe('2024-04-01');
      expect(shown('sensor.kitchen_aqi_sensor')).toBe('50');
      expect(shown('binary_sensor.phone_battery_charging')).toBe('Charging');
      expect(shown('binary_sensor.phone_update')).toBe('Update available');
      expect(entity(home, 'binary_sensor.shed_door_opening').attributes).toEqual({
        device_class: 'opening',
      });
    });

    it('word every binary sensor as the corpus does', () => {
      for (const raw of fixtures.entities as CorpusEntity[]) {
        if (raw.domain !== 'binary_sensor' || raw.stateText === undefined) continue;
        const loaded = entity(home, raw.id);
        const word = stateWord(loaded.state, 'C', 'binary_sensor', raw.attributes?.device_class);
        // Where Home Assistant's intents tests reword a class (a vibration sensor "not
        // vibrating", mains "powered"), the corpus says so; Home Assistant's own words are used.
        if (REWORDED.has(raw.id)) expect(word, raw.id).not.toBe(raw.stateText);
        else expect(word.toLowerCase(), raw.id).toBe(raw.stateText);
      }
    });

    it('also accept the whole corpus file, whose home is its fixtures', () => {
      const whole = JSON.parse(readFileSync(CORPUS, 'utf8'));
      expect(loaded(whole).home).toEqual(home);
    });
  },
);

describe('a hand-written Home Assistant style file', () => {
  const { home, warnings } = loaded({
    temperature_unit: '°F',
    floors: [
      { id: 'Downstairs', name: 'Downstairs' },
      { name: 'Upstairs', level: 1 },
      { id: 'cellar' },
    ],
    areas: [
      { id: 'kitchen', name: 'Kitchen', floor: 'Downstairs' },
      { id: 'bedroom', name: 'Bedroom', floor: 'upstairs' },
      { name: 'Den', floor: 'Cellar' },
    ],
    entities: [
      {
        id: 'light.Kitchen_Ceiling',
        name: 'Kitchen ceiling',
        domain: 'light',
        area: 'Kitchen',
        state: 'on',
        attributes: { brightness: 80, color: 'warm white' },
      },
      {
        id: 'light.bed_strip',
        domain: 'light',
        area: 'bedroom',
        state: 'on',
        attributes: { rgb_color: [255, 0, 0], brightness: 255 },
      },
      {
        id: 'cover.bedroom_blind',
        domain: 'cover',
        area: 'Bedroom',
        state: 'open',
        attributes: { current_position: '40', device_class: 'shutter' },
      },
      {
        id: 'climate.hall',
        domain: 'climate',
        state: 'auto',
        attributes: { temperature: 68, current_temperature: 65 },
      },
      {
        id: 'media_player.den_tv',
        name: 'Den TV',
        domain: 'media_player',
        area: 'den',
        state: 'playing',
        attributes: {
          volume_level: 0.3,
          media_content_id: 'movie.star_harbour',
          is_volume_muted: true,
        },
      },
      { id: 'vacuum.robbie', domain: 'vacuum', state: 'docked' },
      { id: 'person.sam', name: 'Sam', domain: 'person', state: 'work' },
      {
        id: 'sensor.porch_temperature',
        domain: 'sensor',
        state: '50',
        attributes: { unit_of_measurement: '°F' },
      },
      {
        id: 'binary_sensor.hall_motion',
        domain: 'binary_sensor',
        state: 'on',
        attributes: { device_class: 'motion', auto_off_seconds: 90 },
      },
      { id: 'lock.front', domain: 'lock', state: 'jammed' },
      { id: 'fan.attic', domain: 'fan', area: 'Attic' },
      { id: 'switch.desk_plug', domain: 'switch', state: 'on' },
    ],
  });

  it('loads into a valid home', () => {
    expect(() => homeSchema.parse(home)).not.toThrow();
  });

  it('makes ids lower-case and resolves floors and areas by name or id', () => {
    expect(home.floors).toEqual([
      { id: 'downstairs', name: 'Downstairs', level: 0 },
      { id: 'upstairs', name: 'Upstairs', level: 1 },
      { id: 'cellar', name: 'Cellar', level: 2 },
    ]);
    expect(home.areas.map((a) => [a.id, a.floor])).toEqual([
      ['kitchen', 'downstairs'],
      ['bedroom', 'upstairs'],
      ['den', 'cellar'],
      ['attic', undefined],
    ]);
    expect(entity(home, 'light.kitchen_ceiling').area).toBe('kitchen');
    expect(warnings).toContain(
      'entities[10] (fan.attic): area "Attic" is not in the file\'s areas; added it',
    );
  });

  it('fills in each domain the way a real device would report it', () => {
    expect(entity(home, 'light.kitchen_ceiling').attributes).toEqual({
      brightness: 80,
      color_mode: 'color_temp',
      color_temp_kelvin: 2700,
      supported_color_modes: ['color_temp'],
    });
    expect(entity(home, 'light.bed_strip').attributes).toMatchObject({
      brightness: 100,
      color_mode: 'rgb',
      rgb_color: '#ff0000',
    });
    expect(entity(home, 'cover.bedroom_blind')).toMatchObject({
      state: 'open',
      attributes: { device_class: 'blind', position: 40, supports_position: true },
    });
    expect(entity(home, 'climate.hall')).toMatchObject({
      state: 'heat_cool',
      attributes: { temperature: 20, current_temperature: 18.33, hvac_action: 'heating' },
    });
    expect(entity(home, 'media_player.den_tv')).toMatchObject({
      state: 'playing',
      attributes: { device_class: 'tv', volume: 30, muted: true, media_id: 'movie.star_harbour' },
    });
    expect(entity(home, 'person.sam').state).toBe('not_home');
    expect(entity(home, 'sensor.porch_temperature')).toMatchObject({
      state: '10',
      attributes: { device_class: 'temperature' },
    });
    expect(entity(home, 'binary_sensor.hall_motion').attributes).toEqual({
      device_class: 'motion',
      auto_off_seconds: 90,
    });
    expect(entity(home, 'lock.front').state).toBe('unlocked');
    expect(entity(home, 'fan.attic')).toMatchObject({
      state: 'off',
      attributes: { percentage: 50 },
    });
    expect(entity(home, 'switch.desk_plug')).toMatchObject({
      attributes: { device_class: 'outlet' },
    });
  });

  it('warns about what it changed or left out', () => {
    expect(warnings).toEqual(
      expect.arrayContaining([
        'entities[0] (light.kitchen_ceiling): id "light.Kitchen_Ceiling" written as "light.kitchen_ceiling"',
        "entities[1] (light.bed_strip): brightness 255 read on Home Assistant's 0–255 scale",
        'entities[3] (climate.hall): state "auto" read as "heat_cool"',
        'entities[5] (vacuum.robbie): skipped: the "vacuum" domain is not simulated',
        'entities[9] (lock.front): state "jammed" read as "unlocked"',
      ]),
    );
  });
});
