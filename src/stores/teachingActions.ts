// What the teaching pages call: checking and saving a taught item (errors refuse, warnings are
// confirmed first), deleting with undo, reading a taught command's steps from ordinary words,
// "Remember this as…" from the home as it is, and trying an item out. Lazy: off the first page.
import { interpret } from '../domain/language/interpret.ts';
import type { Action } from '../domain/routines/model.ts';
import { checkTaught, type TaughtProblems } from '../domain/teaching/checks.ts';
import { teachingCollisions } from '../domain/teaching/collisions.ts';
import type { TeachContext } from '../domain/teaching/dialogueState.ts';
import type { TaughtItem } from '../domain/teaching/model.ts';
import { readSteps, STEPS_HINT } from '../domain/teaching/readSteps.ts';
import { rememberThis } from '../domain/teaching/showing.ts';
import { readHome } from '../persistence/home.ts';
import { getDb } from '../persistence/instance.ts';
import { listRoutines } from '../persistence/routines.ts';
import { getHomeSettings } from '../persistence/settings.ts';
import { deleteTaught, listTaught, saveTaught, undoDeleteTaught } from '../persistence/taught.ts';
import { skillOwners } from '../domain/blueprints/phrases.ts';
import { listSkills } from '../persistence/skills.ts';
import { simulatedNow } from './clock.ts';

let counter = 0;
/** A fresh taught item id, unique across tabs. */
export function newTaughtId(): string {
  counter = (counter + 1) % 1_000_000;
  return `taught-${Date.now().toString(36)}-${counter.toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

async function context(area?: string): Promise<TeachContext> {
  const db = getDb();
  const [home, routines, taught, settings, skills] = await Promise.all([
    readHome(db),
    listRoutines(db),
    listTaught(db),
    getHomeSettings(db),
    listSkills(db),
  ]);
  return {
    home,
    unit: settings.temperatureUnit,
    routines,
    taught,
    interpret,
    skills: skillOwners(skills),
    ...(area !== undefined ? { area } : {}),
    now: simulatedNow(),
    newId: newTaughtId,
  };
}

/** What saving this item would meet: `errors` refuse it, `warnings` need an explicit yes. */
export async function checkTaughtItem(item: TaughtItem): Promise<TaughtProblems> {
  return checkTaught(item, await context());
}

export class TaughtRefused extends Error {}

/**
 * Saves a taught item (new or edited). Throws TaughtRefused, saving nothing, when the checks
 * refuse it; a save with warnings must have been confirmed: it is saved with `overrides` set
 * when `confirmedCollisions` is true, so the person's meaning wins.
 */
export async function saveTaughtChecked(
  item: TaughtItem,
  confirmedCollisions = false,
): Promise<TaughtItem> {
  const ctx = await context();
  const problems = checkTaught(item, ctx);
  if (problems.errors.length > 0) throw new TaughtRefused(problems.errors.join(' '));
  // Only a confirmed collision makes it win; a warning about a missing device does not.
  const collides = teachingCollisions(item, ctx).some((c) => !c.refuse);
  const overrides = confirmedCollisions && collides;
  return saveTaught(getDb(), overrides ? { ...item, overrides: true } : item, simulatedNow());
}

/**
 * A taught command's steps from ordinary words ("living room lights to 20 percent and close the
 * blinds", "like it is now", "run Good night"), as the conversation reads them; `area` is the
 * room "like it is now" means when no room is said.
 */
export async function stepsFromWords(
  words: string,
  area?: string,
): Promise<{ ok: true; steps: Action[] } | { ok: false; hint: string }> {
  const read = readSteps(words, await context(area));
  if (read.ok) return { ok: true, steps: read.value };
  return { ok: false, hint: 'hint' in read ? read.hint : STEPS_HINT };
}

/** "Remember this as…": steps that put these devices back as they are now. */
export async function stepsFromHome(entityIds: readonly string[]): Promise<Action[]> {
  return rememberThis(await readHome(getDb()), entityIds);
}

export const teachingActions = {
  remove: (id: string) => deleteTaught(getDb(), id, simulatedNow()),
  undoRemove: (id: string) => undoDeleteTaught(getDb(), id),
};
