// Test helpers: one taught item of each kind, and a few stored the way the app stores them (one
// deleted but still undoable), for the taught and backup tests. Imported by tests only.
import type { Concept, TaughtCommand, TaughtName } from '../domain/teaching/model.ts';
import type { TeachableHomeDb } from './db.ts';
import { deleteTaught, saveTaught } from './taught.ts';
import { T0 } from './testing.ts';

/** "movie mode" = the living room lights at 20 % and the kettle off. */
export function sampleCommand(overrides: Partial<TaughtCommand> = {}): TaughtCommand {
  return {
    id: 'movie_mode',
    kind: 'command',
    source: 'conversation',
    taughtAt: T0,
    updatedAt: T0,
    phrases: ['movie mode', 'film time'],
    steps: [
      {
        type: 'control',
        target: { kind: 'area', areaId: 'living_room', domain: 'light' },
        command: 'set_brightness',
        value: 20,
      },
      {
        type: 'control',
        target: { kind: 'entity', entityId: 'switch.kettle' },
        command: 'turn_off',
      },
    ],
    ...overrides,
  };
}

/** "study mode" for a light = full brightness, cool white. */
export function sampleConcept(overrides: Partial<Concept> = {}): Concept {
  return {
    id: 'study_mode',
    kind: 'concept',
    source: 'form',
    taughtAt: T0,
    updatedAt: T0,
    word: 'study mode',
    domain: 'light',
    settings: { brightness: 100, color_temp_kelvin: 5000 },
    taughtOn: 'light.living_room_lamp',
    ...overrides,
  };
}

/** "the big light" = the Kitchen ceiling. */
export function sampleName(overrides: Partial<TaughtName> = {}): TaughtName {
  return {
    id: 'big_light',
    kind: 'name',
    source: 'form',
    taughtAt: T0,
    updatedAt: T0,
    name: 'the big light',
    target: { kind: 'entity', entityId: 'light.kitchen_ceiling' },
    ...overrides,
  };
}

/**
 * A command (renamed once), a concept, two names (one for a room) and a command deleted but still
 * undoable, which lists, the vocabulary and backups leave out.
 */
export async function seedTaught(db: TeachableHomeDb): Promise<void> {
  await saveTaught(db, sampleCommand(), T0 + 100);
  await saveTaught(db, sampleCommand({ phrases: ['cinema time', 'movie mode'] }), T0 + 200);
  await saveTaught(db, sampleConcept(), T0 + 300);
  await saveTaught(db, sampleName(), T0 + 400);
  await saveTaught(
    db,
    sampleName({
      id: 'kids_room',
      name: "the kids' room",
      target: { kind: 'area', areaId: 'bedroom' },
    }),
    T0 + 500,
  );
  await saveTaught(db, sampleCommand({ id: 'party', phrases: ['party time'] }), T0 + 600);
  await deleteTaught(db, 'party', T0 + 700);
}
