// The words of a home: devices by name, alias and short form; rooms by name and short name;
// floors by name and by level ("upstairs", "downstairs").
import { describe, expect, it } from 'vitest';
import type { Home } from '../home/model.ts';
import { demoHome } from '../home/scenarios/demo.ts';
import { makeHome, makeLight, NOW } from '../home/testing.ts';
import { lexiconOf, type NameValue, type TrieNode } from './lexicon.ts';
import { nameTokens, tokenize } from './normalize.ts';

const home = demoHome(NOW);
const lexicon = lexiconOf(home);

/** What a phrase names in one of the lexicon's tries, as "id@fit": read as a request is read. */
function named(trie: TrieNode<NameValue>, phrase: string): string[] {
  const { raw, base } = tokenize(phrase);
  let node: TrieNode<NameValue> | undefined = trie;
  base.forEach((word, i) => (node = node?.next.get(word) ?? node?.next.get(raw[i]!)));
  return (node?.values ?? []).flatMap((v) => v.ids.map((id) => `${id}@${v.fit}`)).sort();
}
const names = (phrase: string) => named(lexicon.names, phrase);
const areas = (phrase: string) => named(lexicon.areas, phrase);
const floors = (phrase: string) => named(lexicon.floors, phrase);

describe('lexiconOf: devices', () => {
  it('knows every device by its full name', () => {
    expect(names('Kitchen ceiling')).toEqual(['light.kitchen_ceiling@1']);
    // "Kettle power" without "power" is the kettle too: its sensor.
    // and what is plugged into the kettle's plug is a kettle.
    expect(names('kettle')).toEqual([
      'sensor.kettle_power@0.7',
      'switch.kettle@0.9',
      'switch.kettle@1',
    ]);
    expect(names("kids' night light")).toEqual(['light.night_light@1']);
  });

  it('knows aliases as well as names', () => {
    expect(names('reading lamp')).toEqual(['light.living_room_lamp@1']);
    expect(names('telly')).toEqual(['media_player.living_room_tv@1']);
    expect(names('under-cabinet lights')).toEqual(['light.kitchen_counter@1']);
    expect(names('upstairs thermostat')).toEqual(['climate.main_bedroom@1']);
  });

  it('knows short forms: without the room in front, without the kind of device behind', () => {
    expect(names('counter')).toEqual(['light.kitchen_counter@0.7']);
    expect(names('kitchen counter')).toEqual(['light.kitchen_counter@0.7']);
    expect(names('bedside')).toEqual(['light.bedside_lamp@0.7']);
  });

  it('lets a short form name every device it fits, for the reply to ask which', () => {
    expect(names('ceiling')).toEqual(
      expect.arrayContaining([
        'light.kitchen_ceiling@0.7',
        'light.living_room_ceiling@0.7',
        'light.main_bedroom_ceiling@0.7',
      ]),
    );
  });

  it('does not make a room, a kind of device or a generic word into a short form', () => {
    // "Garage light" without "light" would be the garage itself.
    expect(names('garage')).toEqual([]);
    // "Kitchen speaker" without "Kitchen" is any speaker.
    expect(names('speaker')).toEqual([]);
    // "Living room humidity" without the room is just "humidity".
    expect(names('humidity')).toEqual([]);
  });

  it('notes names that are plural, so that "the garden lights" is still one device', () => {
    const value = (phrase: string) => {
      let node: TrieNode<NameValue> | undefined = lexicon.names;
      for (const t of nameTokens(phrase)) node = node?.next.get(t);
      return node?.values[0];
    };
    expect(value('garden lights')?.plural).toBe(true);
    expect(value('kitchen counter lights')?.plural).toBe(true);
    expect(value('kitchen ceiling')?.plural).toBe(false);
  });

  it('collects the words of every name, for correcting typos', () => {
    for (const word of ['kitchen', 'ceiling', 'reading', 'kettle', 'upstairs', 'landing']) {
      const [form] = nameTokens(word);
      expect(lexicon.vocabulary.has(form!), word).toBe(true);
    }
    expect(lexicon.vocabulary.has('turn')).toBe(false);
  });
});

describe('lexiconOf: rooms and floors', () => {
  it('knows rooms by their names', () => {
    expect(areas('kitchen')).toEqual(['kitchen@1']);
    expect(areas('the kids room')).toEqual(['kids_room@1']);
    expect(areas('main bedroom')).toEqual(['main_bedroom@1']);
  });

  it('knows a room by the end of its name when no other room has it', () => {
    expect(areas('bedroom')).toEqual(['main_bedroom@0.9']);
    // "room" alone names no room: "Living room", "Dining room" and "Kids' room" all end in it.
    expect(areas('room')).toEqual([]);
  });

  it('drops a short room name that two rooms share', () => {
    const two: Home = {
      ...makeHome(makeLight()),
      areas: [
        { id: 'main_bedroom', name: 'Main bedroom' },
        { id: 'guest_bedroom', name: 'Guest bedroom' },
      ],
    };
    expect(named(lexiconOf(two).areas, 'bedroom')).toEqual([]);
    expect(named(lexiconOf(two).areas, 'guest bedroom')).toEqual(['guest_bedroom@1']);
  });

  it('knows floors by their names and by their level', () => {
    expect(floors('upstairs')).toEqual(['upstairs@1']);
    expect(floors('ground floor')).toEqual(['ground_floor@1']);
    expect(floors('downstairs')).toEqual(['ground_floor@0.9']);
    expect(floors('main floor')).toEqual(['ground_floor@0.9']);
    expect(floors('first floor')).toEqual(['upstairs@0.9']);
    expect(floors('basement')).toEqual([]);
  });

  it('gives no level word when two floors share the level', () => {
    const wings: Home = {
      ...makeHome(makeLight()),
      floors: [
        { id: 'east', name: 'East wing', level: 0 },
        { id: 'west', name: 'West wing', level: 0 },
      ],
    };
    expect(named(lexiconOf(wings).floors, 'downstairs')).toEqual([]);
    expect(named(lexiconOf(wings).floors, 'ground floor')).toEqual([]);
    expect(named(lexiconOf(wings).floors, 'east wing')).toEqual(['east@1']);
  });

  it('knows a floor below ground as the basement', () => {
    const cellar: Home = {
      ...makeHome(makeLight()),
      floors: [{ id: 'cellar', name: 'Wine cellar', level: -1 }],
    };
    expect(named(lexiconOf(cellar).floors, 'basement')).toEqual(['cellar@0.9']);
  });
});

describe('lexiconOf: caching', () => {
  it('builds a home once, and again when its devices or rooms change', () => {
    expect(lexiconOf(home)).toBe(lexicon);
    const renamed = { ...home, areas: home.areas.map((a) => ({ ...a, name: `${a.name} x` })) };
    expect(lexiconOf(renamed)).not.toBe(lexicon);
    expect(named(lexiconOf(renamed).areas, 'kitchen x')).toEqual(['kitchen@1']);
    const fewer = { ...home, entities: home.entities.slice(1) };
    expect(named(lexiconOf(fewer).names, 'hallway light')).toEqual([]);
  });
});
