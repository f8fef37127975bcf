// What the editor opens with for a new routine: a starter mapped to this home, or a blank form.
// The blank has one empty phrase and one empty device step, so the form shows its fields at once;
// it cannot be saved until they are filled in, which is what the editor's checks say.
import type { Home } from '../../domain/home/model.ts';
import type { Routine } from '../../domain/routines/model.ts';
import { startersFor, type Starter } from '../../domain/routines/starters.ts';

export type Draft = Omit<Routine, 'id' | 'createdAt' | 'updatedAt'>;

export function blankDraft(): Draft {
  return {
    name: '',
    enabled: true,
    triggers: [{ type: 'phrase', phrases: [''] }],
    conditionMode: 'all',
    conditions: [],
    actions: [{ type: 'control', target: { kind: 'entity', entityId: '' }, command: '' }],
  };
}

/** The starter called `key` in this home; undefined when there is none (or it fits no device here). */
export function findStarter(home: Home, key: string | null | undefined): Starter | undefined {
  if (!key) return undefined;
  return startersFor(home).find((s) => s.key === key);
}

/** A deep copy, so editing the form never changes the starter a gallery card still shows. */
export function draftFor(home: Home, starterKey: string | null | undefined): Draft {
  const starter = findStarter(home, starterKey);
  return structuredClone(starter ? starter.draft : blankDraft());
}
