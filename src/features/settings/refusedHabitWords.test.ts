import { describe, expect, it } from 'vitest';
import { habitId } from '../../domain/awareness/habits/mine.ts';
import { stepKey } from '../../domain/awareness/habits/steps.ts';
import { demoHome } from '../../domain/home/scenarios/demo.ts';
import { refusedHabitWords } from './refusedHabitWords.ts';

const home = demoHome(Date.UTC(2026, 10, 24, 21, 30));

describe('a habit the person refused, in words', () => {
  it('reads the half hour and the steps back from the id the miner gave it', () => {
    const id = habitId(
      [
        stepKey({ entityId: 'light.living_room_lamp', type: 'turn_off' }),
        stepKey({ entityId: 'climate.living_room', type: 'set_temperature', temperature: 17 }),
        stepKey({ entityId: 'lock.front_door', type: 'lock' }),
      ],
      22 * 60 + 41,
    );
    const words = refusedHabitWords(id, home, 'C');
    expect(words).toMatch(/^Between 22:30 and 23:00: /);
    expect(words).toContain('turn off the Living room lamp');
    expect(words).toContain('lock the Front door');
    expect(words).toContain('17');
  });

  it('says the temperature in the person’s unit', () => {
    const id = habitId(
      [stepKey({ entityId: 'climate.living_room', type: 'set_temperature', temperature: 17 })],
      7 * 60,
    );
    expect(refusedHabitWords(id, home, 'F')).toMatch(/^Between 07:00 and 07:30: .*62\.6 °F$/);
  });

  it('wraps round midnight', () => {
    const id = habitId([stepKey({ entityId: 'light.porch', type: 'turn_off' })], 23 * 60 + 45);
    expect(refusedHabitWords(id, home, 'C')).toMatch(/^Between 23:30 and 00:00: /);
  });

  it('still lists an id it cannot read, in general words', () => {
    expect(refusedHabitWords('something else', home, 'C')).toBe(
      'Things you did together at about the same time',
    );
  });
});
