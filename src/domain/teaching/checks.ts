// What saving a taught item must meet, as the routines' checks do: errors refuse the save (no
// steps, a wait, a command that runs itself, a concept with no settings or settings its kind of
// device doesn't have, a name for something gone, words that steer the conversation); warnings
// are for the person to confirm (collisions, devices that no longer exist).
import { capitalize } from '../assistant/words.ts';
import { commandsForControl } from '../routines/controls.ts';
import type { Action } from '../routines/model.ts';
import { teachingCollisions, type CollisionContext } from './collisions.ts';
import { CONCEPT_KINDS, foreignSettings } from './concepts.ts';
import type { ConceptSettings, TaughtCommand, TaughtItem } from './model.ts';
import { MAX_TAUGHT_PHRASES, MAX_TAUGHT_STEPS } from './model.ts';
import { missingParts } from './run.ts';

export interface TaughtProblems {
  errors: string[];
  warnings: string[];
}

export const WAIT_REFUSED =
  "A taught command does everything at once, so it can't wait. Make a routine for things that need waiting.";

const SETTING_WORDS: Record<keyof ConceptSettings, string> = {
  power: 'on or off',
  brightness: 'brightness',
  rgb_color: 'colour',
  color_temp_kelvin: 'shade of white',
  temperature: 'temperature',
  hvac_mode: 'heating mode',
  position: 'position',
  percentage: 'speed',
  volume: 'volume',
};

/** Taught commands that run taught commands: the first one that comes back to `start`, if any. */
function runsItself(start: TaughtCommand, all: readonly TaughtCommand[]): string | undefined {
  const byId = new Map(all.map((c) => [c.id, c]));
  byId.set(start.id, start);
  const seen = new Set<string>();
  const visit = (steps: readonly Action[], path: string[]): string | undefined => {
    for (const step of steps) {
      if (step.type !== 'run_taught' || step.disabled) continue;
      if (step.commandId === start.id) return path.join(' → ');
      const next = byId.get(step.commandId);
      if (!next || seen.has(next.id)) continue;
      seen.add(next.id);
      const found = visit(next.steps, [...path, `“${next.phrases[0] ?? ''}”`]);
      if (found) return found;
    }
    return undefined;
  };
  return visit(start.steps, [`“${start.phrases[0] ?? ''}”`]);
}

function commandErrors(command: TaughtCommand, ctx: CollisionContext): string[] {
  const errors: string[] = [];
  if (command.phrases.length === 0) errors.push('Add the words you will say.');
  if (command.phrases.length > MAX_TAUGHT_PHRASES)
    errors.push(`A taught command can have at most ${MAX_TAUGHT_PHRASES} phrases.`);
  if (command.steps.length === 0) errors.push('Add at least one thing for it to do.');
  if (command.steps.length > MAX_TAUGHT_STEPS)
    errors.push(
      `A taught command can do at most ${MAX_TAUGHT_STEPS} things; this one has ${command.steps.length}.`,
    );
  if (command.steps.some((s) => s.type === 'wait')) errors.push(WAIT_REFUSED);
  for (const step of command.steps) {
    if (step.type !== 'control') continue;
    const planned = commandsForControl(step, ctx.home);
    // A device that is gone is a warning (it may come back); a step without its value is broken.
    if (!planned.ok && planned.why.startsWith('it needs a value'))
      errors.push(`One of its steps is not finished: ${planned.why}.`);
  }
  const taught = ctx.taught.filter((t): t is TaughtCommand => t.kind === 'command');
  const loop = runsItself(command, taught);
  if (loop !== undefined)
    errors.push(
      loop.includes('→')
        ? `${loop} → “${command.phrases[0] ?? ''}” again: they would never stop.`
        : `${loop} can't run itself.`,
    );
  return errors;
}

/** What makes an item impossible to save, collisions aside. */
export function taughtErrors(item: TaughtItem, ctx: CollisionContext): string[] {
  switch (item.kind) {
    case 'command':
      return commandErrors(item, ctx);
    case 'concept': {
      const set = Object.values(item.settings).some((v) => v !== undefined);
      if (!set) return ['Choose at least one setting.'];
      const foreign = foreignSettings(item.domain, item.settings);
      const kind = CONCEPT_KINDS[item.domain].one;
      return foreign.map((k) => `A ${kind} has no ${SETTING_WORDS[k]} setting.`);
    }
    case 'name': {
      const { target } = item;
      if (target.kind === 'entity')
        return ctx.home.entities.some((e) => e.id === target.entityId)
          ? []
          : ['That device no longer exists: choose another.'];
      return ctx.home.areas.some((a) => a.id === target.areaId)
        ? []
        : ['That room no longer exists: choose another.'];
    }
  }
}

/** The checks a save must pass. `ctx.taught` is what is saved already (this item may be among it). */
export function checkTaught(item: TaughtItem, ctx: CollisionContext): TaughtProblems {
  const errors = taughtErrors(item, ctx);
  const warnings: string[] = [];
  for (const collision of teachingCollisions(item, ctx))
    (collision.refuse ? errors : warnings).push(collision.text);
  if (item.kind === 'command') {
    const others = ctx.taught.filter((t): t is TaughtCommand => t.kind === 'command');
    const missing = missingParts(item, ctx.home, { taught: others, routines: ctx.routines });
    warnings.push(...missing.map((m) => `${capitalize(m)}.`));
  }
  return { errors, warnings };
}
