// Helpers for the teaching tests: the demo home, a routine with a phrase, taught items written by
// hand, and the teach dialogue's context with the real interpreter. Not used by the app itself.
import { demoHome } from '../home/scenarios/demo.ts';
import { NOW } from '../home/testing.ts';
import { interpret } from '../language/interpret.ts';
import { routineSchema, type Action, type Routine } from '../routines/model.ts';
import type { TeachContext } from './dialogueState.ts';
import {
  taughtItemSchema,
  type Concept,
  type ConceptSettings,
  type TaughtCommand,
  type TaughtName,
} from './model.ts';

export { NOW };
export const home = () => demoHome(NOW);

export function routine(id: string, name: string, phrases: string[]): Routine {
  return routineSchema.parse({
    id,
    name,
    enabled: true,
    triggers: [{ type: 'phrase', phrases }],
    conditionMode: 'all',
    conditions: [],
    actions: [{ type: 'notify', title: name }],
    createdAt: 0,
    updatedAt: 0,
  });
}

const base = { source: 'conversation', taughtAt: NOW, updatedAt: NOW } as const;

export function command(id: string, phrases: string[], steps: Action[]): TaughtCommand {
  return taughtItemSchema.parse({ ...base, id, kind: 'command', phrases, steps }) as TaughtCommand;
}

export function concept(
  id: string,
  word: string,
  domain: Concept['domain'],
  settings: ConceptSettings,
  taughtOn?: string,
): Concept {
  return taughtItemSchema.parse({
    ...base,
    id,
    kind: 'concept',
    word,
    domain,
    settings,
    ...(taughtOn ? { taughtOn } : {}),
  }) as Concept;
}

export function taughtName(id: string, name: string, target: TaughtName['target']): TaughtName {
  return taughtItemSchema.parse({ ...base, id, kind: 'name', name, target }) as TaughtName;
}

/** A control step on one device. */
export const control = (
  entityId: string,
  commandType: string,
  value?: number | string,
): Action => ({
  type: 'control',
  target: { kind: 'entity', entityId },
  command: commandType,
  ...(value !== undefined ? { value } : {}),
});

/** The dialogue's context in the demo home's living room, with the real interpreter. */
export function teachContext(overrides: Partial<TeachContext> = {}): TeachContext {
  let next = 0;
  return {
    home: home(),
    area: 'living_room',
    now: NOW,
    unit: 'C',
    routines: [],
    taught: [],
    interpret,
    newId: () => `taught-${++next}`,
    ...overrides,
  };
}
