import { describe, expect, it } from 'vitest';
import type { Home } from '../home/model.ts';
import {
  becauseTaught,
  describeTaught,
  taughtOrigin,
  taughtTitle,
  taughtWhen,
  wordsContext,
} from './words.ts';
import { command, concept, control, home, routine, taughtName } from './testing.ts';

const ctx = (h: Home = home()) =>
  wordsContext({
    home: h,
    unit: 'C',
    routines: [routine('good_night', 'Good night', ['good night'])],
  });

const movieMode = command(
  'movie',
  ['movie mode', 'film night'],
  [
    {
      type: 'control',
      target: { kind: 'area', areaId: 'living_room', domain: 'light' },
      command: 'set_brightness',
      value: 20,
    },
    control('cover.living_room_blinds', 'close'),
    control('media_player.living_room_tv', 'turn_on'),
  ],
);

describe('describeTaught', () => {
  it('says a command with what it does', () => {
    expect(describeTaught(movieMode, ctx())).toBe(
      '“movie mode” (or “film night”): set all the lights in the Living room to 20 %, close the Living room blinds and turn on the Living room TV',
    );
  });

  it('names the routine a command runs, and a device that is gone', () => {
    const bed = command(
      'bed',
      ['bed time'],
      [{ type: 'run_routine', routineId: 'good_night' }, control('light.porch', 'turn_off')],
    );
    const h = home();
    const gone = { ...h, entities: h.entities.filter((e) => e.id !== 'light.porch') };
    expect(describeTaught(bed, ctx(gone))).toBe(
      "“bed time”: run the routine 'Good night' and turn off a device that no longer exists",
    );
  });

  it('says a concept with the device it was taught on', () => {
    const study = concept(
      's',
      'study mode',
      'light',
      { brightness: 100, color_temp_kelvin: 4000 },
      'light.living_room_lamp',
    );
    expect(describeTaught(study, ctx())).toBe(
      '“study mode” for lights: brightness 100 % and cool white (taught on the Living room lamp)',
    );
    const cozy = concept('c', 'cozy', 'climate', { temperature: 22 });
    expect(describeTaught(cozy, wordsContext({ home: home(), unit: 'F' }))).toBe(
      '“cozy” for thermostats: 71.6 °F',
    );
  });

  it('says a name and what it stands for', () => {
    expect(
      describeTaught(
        taughtName('n', 'the big light', { kind: 'entity', entityId: 'light.living_room_ceiling' }),
        ctx(),
      ),
    ).toBe('“the big light” is another name for the Living room ceiling');
    expect(
      describeTaught(
        taughtName('k', "the kids' room", { kind: 'area', areaId: 'kids_room' }),
        ctx(),
      ),
    ).toBe("“the kids' room” is another name for the Kids' room");
    expect(
      describeTaught(taughtName('g', 'the shed', { kind: 'area', areaId: 'shed' }), ctx()),
    ).toBe('“the shed” is another name for a room that no longer exists');
  });
});

describe('when and where it was taught', () => {
  const taught = { ...movieMode, taughtAt: Date.UTC(2026, 2, 3, 23, 30) };

  it('says the day in the home’s time zone', () => {
    expect(taughtWhen(taught, 'Europe/London')).toBe('on 3 March');
    expect(taughtWhen(taught, 'Asia/Tokyo')).toBe('on 4 March');
    expect(taughtWhen(taught, 'Europe/London', Date.UTC(2027, 0, 5))).toBe('on 3 March 2026');
  });

  it('says it for the list and for "Why?"', () => {
    expect(taughtOrigin(taught, 'Europe/London')).toBe('Taught in conversation on 3 March');
    expect(taughtOrigin({ ...taught, source: 'showing' }, 'Europe/London')).toBe(
      'Taught by showing on 3 March',
    );
    expect(becauseTaught(taught, 'Europe/London')).toBe(
      'because you taught me “movie mode” on 3 March',
    );
    expect(taughtTitle(taughtName('n', 'the big light', { kind: 'area', areaId: 'x' }))).toBe(
      'the big light',
    );
  });
});
