import { describe, expect, it } from 'vitest';
import type { Command } from '../../home/commands.ts';
import { demoHome } from '../../home/scenarios/demo.ts';
import { commandsForControl } from '../../routines/controls.ts';
import { routineSchema } from '../../routines/model.ts';
import type { HabitOffer } from '../types.ts';
import { routineDraftFromHabit } from './draft.ts';
import { offerStep } from './words.ts';

const home = demoHome(Date.UTC(2025, 0, 1));
const COMMANDS: Command[] = [
  { entityId: 'climate.living_room', type: 'set_temperature', temperature: 17 },
  { entityId: 'light.living_room_lamp', type: 'turn_off' },
  { entityId: 'media_player.kitchen_speaker', type: 'play_media', mediaId: 'radio.jazz_fm' },
];

function offer(extra: Partial<HabitOffer> = {}): HabitOffer {
  return {
    id: '22:30|x',
    steps: COMMANDS.map((c) => offerStep(c, home)),
    minuteOfDay: 22 * 60 + 28.5,
    time: '22:30',
    days: [4, 1, 2, 7],
    occurrences: [1, 2, 3],
    name: 'Around 22:30',
    text: 'You often do these around 22:30: … Make a routine?',
    ...extra,
  };
}

/** Whether the routine schema takes the draft once it has what saving gives it. */
const valid = (draft: object) =>
  routineSchema.safeParse({ ...draft, id: 'r1', createdAt: 0, updatedAt: 0 }).success;

describe('routineDraftFromHabit', () => {
  it('runs at the usual time on the habit’s days and does its steps in order', () => {
    const draft = routineDraftFromHabit(offer());
    expect(valid(draft)).toBe(true);
    expect(draft).toMatchObject({
      name: 'Around 22:30',
      enabled: true,
      triggers: [{ type: 'time', at: '22:30', days: [1, 2, 4, 7] }],
      conditionMode: 'all',
      conditions: [],
    });
    expect(draft.actions).toEqual([
      {
        type: 'control',
        target: { kind: 'entity', entityId: 'climate.living_room' },
        command: 'set_temperature',
        value: 17,
      },
      {
        type: 'control',
        target: { kind: 'entity', entityId: 'light.living_room_lamp' },
        command: 'turn_off',
      },
      {
        type: 'control',
        target: { kind: 'entity', entityId: 'media_player.kitchen_speaker' },
        command: 'play_media',
        value: 'radio.jazz_fm',
      },
    ]);
  });

  it('does exactly what the person did when it runs', () => {
    const draft = routineDraftFromHabit(offer());
    const done = draft.actions.flatMap((a) => {
      if (a.type !== 'control') return [];
      const result = commandsForControl(a, home);
      return result.ok ? result.commands : [];
    });
    expect(done).toEqual(COMMANDS);
  });

  it('rounds the time to five minutes and adds the person’s phrase when there is one', () => {
    const draft = routineDraftFromHabit(
      offer({ minuteOfDay: 6 * 60 + 53, name: 'Lights out', phrase: 'lights out' }),
    );
    expect(valid(draft)).toBe(true);
    expect(draft.name).toBe('Lights out');
    expect(draft.triggers).toEqual([
      { type: 'time', at: '06:55', days: [1, 2, 4, 7] },
      { type: 'phrase', phrases: ['lights out'] },
    ]);
  });
});
