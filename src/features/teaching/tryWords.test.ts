import { describe, expect, it } from 'vitest';
import { demoHome } from '../../domain/home/scenarios/demo.ts';
import { NOW } from '../../domain/home/testing.ts';
import { command, concept, taughtName } from '../../domain/teaching/testing.ts';
import { firstDevice, tryText } from './tryWords.ts';

const home = demoHome(NOW);

describe('Try it', () => {
  it('says a command’s first phrase', () => {
    const movie = command('t1', ['movie mode', 'film time'], [{ type: 'say', text: 'hi' }]);
    expect(tryText(movie, home)).toBe('movie mode');
  });

  it('sets a device of the word’s kind to the word', () => {
    const study = concept('t2', 'study mode', 'light', { brightness: 100 }, 'light.desk_lamp');
    expect(tryText(study, home, 'light.desk_lamp')).toBe('set Desk lamp to study mode');
    // Not a light, or not in the home: nothing to try it on.
    expect(tryText(study, home, 'fan.desk_fan')).toBeUndefined();
    expect(tryText(study, home, 'light.gone')).toBeUndefined();
  });

  it('offers the device it was taught on first, else the first of its kind', () => {
    const taughtOn = concept('t2', 'study', 'light', { brightness: 100 }, 'light.desk_lamp');
    expect(firstDevice(home, taughtOn)).toBe('light.desk_lamp');
    const cozy = concept('t3', 'cozy', 'climate', { temperature: 22 });
    expect(firstDevice(home, cozy)).toBe('climate.living_room');
  });

  it('asks about a name, which changes nothing', () => {
    const big = taughtName('t4', 'the big light', {
      kind: 'entity',
      entityId: 'light.living_room_ceiling',
    });
    expect(tryText(big, home)).toBe('what is the state of the big light');
    const nursery = taughtName('t5', 'the nursery', { kind: 'area', areaId: 'kids_room' });
    expect(tryText(nursery, home)).toBe('is anything on in the nursery');
  });
});
