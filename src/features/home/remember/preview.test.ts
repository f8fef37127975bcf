import { describe, expect, it } from 'vitest';
import { demoHome } from '../../../domain/home/scenarios/demo.ts';
import { previewLine } from './preview.ts';

const demo = demoHome(Date.UTC(2026, 2, 3, 19, 30));

describe('previewLine', () => {
  it('says what the words will do, one phrase per device', () => {
    expect(
      previewLine(
        demo,
        ['light.living_room_lamp', 'cover.living_room_blinds'],
        'C',
        ' cosy evening ',
      ),
    ).toBe(
      'Saying “cosy evening” will set the Living room lamp to orange and 45 % and close the Living room blinds.',
    );
  });

  it('follows the checklist, not the order the home happens to be stored in', () => {
    const stored = { ...demo, entities: [...demo.entities].reverse() };
    const ids = ['cover.living_room_blinds', 'light.living_room_lamp'];
    expect(previewLine(stored, ids, 'C', '')).toBe(
      'Set the Living room lamp to orange and 45 % and close the Living room blinds.',
    );
  });

  it('keeps steps that do not share a beginning apart', () => {
    expect(previewLine(demo, ['media_player.living_room_tv'], 'C', 'telly')).toBe(
      'Saying “telly” will turn on the Living room TV and set the volume on the Living room TV to 25 %.',
    );
  });

  it('reads as an instruction before a name is given, in the person’s unit', () => {
    expect(previewLine(demo, ['climate.living_room'], 'F', '')).toBe(
      'Set the Living room thermostat to heat mode and 69.8 °F.',
    );
  });

  it('shortens a long list and says nothing when nothing is ticked', () => {
    const lights = demo.entities.filter((e) => e.domain === 'light').map((e) => e.id);
    expect(previewLine(demo, lights, 'C', 'all')).toMatch(/ and \d+ more\.$/);
    expect(previewLine(demo, [], 'C', 'all')).toBeUndefined();
    expect(previewLine(demo, ['sensor.living_room_humidity'], 'C', 'all')).toBeUndefined();
  });
});
