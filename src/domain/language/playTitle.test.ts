// "play <title>": titles of the catalogue as whole titles ({title}), narrowed by a kind word or
// the artist, on the player said or implied; "play" alone and "play <player>" still resume, and a
// title the catalogue lacks is understood as such (media empty), never as some other title.
import { describe, expect, it } from 'vitest';
import { demoHome } from '../home/scenarios/demo.ts';
import { NOW } from '../home/testing.ts';
import type { Home } from '../home/model.ts';
import { interpret } from './interpret.ts';
import type { InterpretContext } from './types.ts';

const TV = 'media_player.living_room_tv';
const SPEAKER = 'media_player.kitchen_speaker';
const WOW = ['song.wow_kate_bush', 'song.wow_post_malone'];

/** The demo home with its players in the states given (the TV is paused, the speaker playing). */
function home(states: Record<string, string> = {}): Home {
  const base = demoHome(NOW);
  return {
    ...base,
    entities: base.entities.map((e) =>
      states[e.id] ? ({ ...e, state: states[e.id] } as typeof e) : e,
    ),
  };
}

const say = (text: string, context: Partial<InterpretContext> = {}) =>
  interpret(text, { home: home(), ...context });

describe('titles', () => {
  it.each([
    ['play wow', WOW, 'wow'],
    ['Play WOW!', WOW, 'wow'],
    ['put on clair de lune', ['song.clair_de_lune'], 'clair de lune'],
    ['play gymnopedie no 1', ['song.gymnopedie_1'], 'gymnopedie no 1'],
    ['play Gymnopédie No. 1', ['song.gymnopedie_1'], 'gymnopédie no 1'],
    ['play the song halo', ['song.halo_beyonce', 'song.halo_depeche_mode'], 'halo'],
    ['i want to hear running up that hill', ['song.running_up_that_hill'], 'running up that hill'],
    ['watch oceans deep', ['episode.nature_2'], 'oceans deep'],
    ['play jazz fm', ['radio.jazz_fm'], 'jazz fm'],
  ])('%s → %j', (text, media, query) => {
    const r = say(text, { area: 'kitchen' });
    expect(r.intent).toBe('HassMediaSearchAndPlay');
    expect(r.media).toEqual(media);
    expect(r.slots.search_query).toBe(query);
  });

  it('the artist after the title picks one version: "play wow by post malone"', () => {
    const r = say('play wow by post malone', { area: 'kitchen' });
    expect(r.media).toEqual(['song.wow_post_malone']);
    expect(r.slots.search_query).toBe('wow');
    expect(say('play halo by beyonce', { area: 'kitchen' }).media).toEqual(['song.halo_beyonce']);
  });

  it('a title that is also an everyday word needs a kind or an artist', () => {
    expect(say('play something', { area: 'kitchen' }).intent).toBe('HassMediaUnpause');
    for (const text of ['play the song something', 'play something by the beatles']) {
      const r = say(text, { area: 'kitchen' });
      expect(r.intent).toBe('HassMediaSearchAndPlay');
      expect(r.media).toEqual(['song.something']);
    }
  });

  it('part of a title is no title', () => {
    const r = say('play here comes', { area: 'kitchen' });
    expect(r.media ?? []).toEqual([]);
  });
});

describe('the player', () => {
  it('named: "on the kitchen speaker", "TV play wow"', () => {
    const r = say('play wow on the kitchen speaker', { area: 'living_room' });
    expect(r.targets).toEqual([SPEAKER]);
    expect(r.slots.name).toBe('Kitchen speaker');
    expect(say('TV play wow', { area: 'kitchen' }).targets).toEqual([TV]);
  });

  it('by room: "play here comes the sun in the living room"', () => {
    const r = say('play here comes the sun in the living room', { area: 'kitchen' });
    expect(r.targets).toEqual([TV]);
    expect(r.slots.area).toBe('Living room');
    expect(r.media).toEqual(['song.here_comes_the_sun']);
  });

  it("none said: the player in the speaker's room", () => {
    const r = say('play wow', { area: 'living_room' });
    expect(r.targets).toEqual([TV]);
    expect(r.slots.area).toBe('Living room');
    expect(r.fromContext).toContain('area');
  });

  it('none in the room: the one playing, else the one paused', () => {
    const playing = say('play wow', { area: 'office' });
    expect(playing.targets).toEqual([SPEAKER]);
    expect(playing.fromContext ?? []).not.toContain('area');
    const paused = interpret('play wow', {
      home: home({ [SPEAKER]: 'idle' }),
      area: 'office',
    });
    expect(paused.targets).toEqual([TV]);
  });

  it('nothing to go by: asks which', () => {
    const r = interpret('play wow', { home: home({ [SPEAKER]: 'idle', [TV]: 'off' }) });
    expect(r.ambiguous).toEqual([TV, SPEAKER]);
  });

  it('everywhere: every player', () => {
    expect(say('play wow everywhere', { area: 'kitchen' }).targets).toEqual([TV, SPEAKER]);
  });

  it('a room with no player finds nothing there', () => {
    const r = say('play wow in the office', { area: 'kitchen' });
    expect(r.targets).toEqual([]);
  });
});

describe('what keeps its meaning', () => {
  it.each([
    ['play', 'HassMediaUnpause'],
    ['play the tv', 'HassMediaUnpause'],
    ['resume the tv', 'HassMediaUnpause'],
    ['play music in the kitchen', 'HassMediaUnpause'],
    ['play the next song', 'HassMediaNext'],
    ['play the last song again', 'HassMediaPrevious'],
    ['put on the kitchen lights', 'HassTurnOn'],
  ])('%s → %s', (text, intent) => {
    expect(say(text, { area: 'living_room' }).intent).toBe(intent);
  });
});

describe('a title the catalogue lacks', () => {
  it('is Unknown, keeping the words for the reply, and plays nothing', () => {
    for (const text of ['play despacito', 'play despacito on the tv']) {
      const r = say(text, { area: 'kitchen' });
      expect(r.intent).toBe('Unknown');
      expect(r.targets).toEqual([]);
      expect(r.slots.search_query).toBe('despacito');
    }
  });

  it('a player name with a typo is still the player, not an unknown title', () => {
    const r = say('play the kitchen speker', { area: 'living_room' });
    expect(r.intent).toBe('HassMediaUnpause');
    expect(r.targets).toEqual([SPEAKER]);
  });
});
