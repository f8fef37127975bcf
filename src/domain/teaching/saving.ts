// The end of the teach dialogue: the meaning understood is repeated back in plain words with
// anything it collides with ("So “movie mode” means: …. Shall I save that?"), and a yes saves it
// and carries it out at once. A collision needs that yes said to it: the question names it, and
// the item is saved with `overrides` so the new meaning wins. Teaching the same words again gives
// the old item the new meaning (same id), rather than keeping two meanings for one phrase.
import { capitalize, curly, joinList, theName } from '../assistant/words.ts';
import { taughtErrors } from './checks.ts';
import { teachingCollisions, type Collision } from './collisions.ts';
import { CONCEPT_KINDS, conceptCommands, describeConcept } from './concepts.ts';
import type {
  TeachContext,
  TeachDraft,
  TeachResult,
  TeachState,
  TeachTopic,
} from './dialogueState.ts';
import { taughtItemSchema, type TaughtCommand, type TaughtItem } from './model.ts';
import { commandPlan } from './run.ts';
import { describeSteps, wordsContext } from './words.ts';

type ConfirmState = Extract<TeachState, { step: 'confirm' }>;

/** The placeholder id of an item not yet saved: collisions skip the item by id. */
const UNSAVED = '(new)';

const shortStepsOf = (steps: TaughtCommand['steps'], ctx: TeachContext) =>
  describeSteps({ steps }, wordsContext(ctx));

function targetWords(
  named: { target: Extract<TeachDraft, { kind: 'name' }>['target'] },
  ctx: TeachContext,
): string {
  const { target } = named;
  if (target.kind === 'entity') {
    const entity = ctx.home.entities.find((e) => e.id === target.entityId);
    return entity ? theName(entity) : 'a device that no longer exists';
  }
  const area = ctx.home.areas.find((a) => a.id === target.areaId);
  return area ? `the ${area.name}` : 'a room that no longer exists';
}

/** "“movie mode” means: set …", "“study mode” for a light means brightness 100 %". */
function meaningWords(topic: TeachTopic, draft: TeachDraft, ctx: TeachContext): string {
  if (topic.kind === 'command' && draft.kind === 'command')
    return `${curly(topic.phrase)} means: ${shortStepsOf(draft.steps, ctx)}`;
  if (topic.kind === 'concept' && draft.kind === 'concept')
    return `${curly(topic.word)} for a ${CONCEPT_KINDS[topic.domain].one} means ${describeConcept(draft, ctx.unit)}`;
  if (topic.kind === 'name' && draft.kind === 'name')
    return `${curly(topic.name)} means ${targetWords(draft, ctx)}`;
  return 'that';
}

/** The item a topic and its meaning make; undefined if they don't belong together. */
export function itemOf(
  topic: TeachTopic,
  draft: TeachDraft,
  fields: { id: string; taughtAt: number; updatedAt: number; overrides?: boolean },
  old?: TaughtItem,
): TaughtItem | undefined {
  const base = {
    id: fields.id,
    source: 'conversation' as const,
    taughtAt: fields.taughtAt,
    updatedAt: fields.updatedAt,
    ...(fields.overrides ? { overrides: true } : {}),
  };
  if (topic.kind === 'command' && draft.kind === 'command')
    return {
      ...base,
      kind: 'command',
      // Taught again: all its phrases keep meaning the same thing, now the new thing.
      phrases: old?.kind === 'command' ? old.phrases : [topic.phrase],
      steps: draft.steps,
    };
  if (topic.kind === 'concept' && draft.kind === 'concept')
    return {
      ...base,
      kind: 'concept',
      word: topic.word,
      domain: topic.domain,
      settings: draft.settings,
      ...(draft.taughtOn !== undefined ? { taughtOn: draft.taughtOn } : {}),
    };
  if (topic.kind === 'name' && draft.kind === 'name')
    return { ...base, kind: 'name', name: topic.name, target: draft.target };
  return undefined;
}

/** The question that follows the meaning, saying what it collides with. */
function question(collisions: readonly Collision[]): string {
  if (collisions.length === 0) return 'Shall I save that?';
  const said = collisions.map((c) => c.text).join(' ');
  if (collisions.every((c) => c.replaces !== undefined))
    return `${said} Shall I replace it with the new meaning?`;
  return `${said} Save it anyway, so your new meaning wins?`;
}

export type Confirmation =
  { ok: true; state: ConfirmState; reply: string } | { ok: false; problem: string };

/** Repeats the meaning back and asks to save, or says why it can't be saved. */
export function confirmation(
  topic: TeachTopic,
  draft: TeachDraft,
  ctx: TeachContext,
): Confirmation {
  const candidate = itemOf(topic, draft, { id: UNSAVED, taughtAt: ctx.now, updatedAt: ctx.now });
  if (!candidate) return { ok: false, problem: "That isn't what I asked about." };
  const collisions = teachingCollisions(candidate, ctx);
  const errors = [
    ...taughtErrors(candidate, ctx),
    ...collisions.filter((c) => c.refuse).map((c) => `${c.text} Choose other words.`),
  ];
  if (errors.length > 0) return { ok: false, problem: errors.join(' ') };
  return {
    ok: true,
    state: { step: 'confirm', topic, draft, collisions, misses: 0 },
    reply: `So ${meaningWords(topic, draft, ctx)}. ${question(collisions)}`,
  };
}

/** The first problem zod finds with an item, in words; undefined when it is whole. */
function shapeProblem(item: TaughtItem): string | undefined {
  const parsed = taughtItemSchema.safeParse(item);
  return parsed.success ? undefined : (parsed.error.issues[0]?.message ?? 'it is incomplete');
}

/** A yes to "Shall I save that?": the item to save, what to do now, and the words for it. */
export function save(state: ConfirmState, ctx: TeachContext): TeachResult {
  const { topic, draft, collisions } = state;
  const replaces = collisions.find((c) => c.replaces !== undefined)?.replaces;
  const old = replaces === undefined ? undefined : ctx.taught.find((t) => t.id === replaces);
  const overrides = collisions.some((c) => c.replaces === undefined) || old?.overrides === true;
  const item = itemOf(
    topic,
    draft,
    {
      id: old?.id ?? ctx.newId(),
      taughtAt: old?.taughtAt ?? ctx.now,
      updatedAt: ctx.now,
      overrides,
    },
    old,
  );
  const problem = item ? shapeProblem(item) : "that isn't what I asked about";
  if (!item || problem !== undefined)
    return {
      state: undefined,
      reply: `Sorry, I couldn't save that: ${problem}.`,
      outcome: 'cancelled',
    };
  const saved = { state: undefined, outcome: 'saved' as const, save: item };
  switch (item.kind) {
    case 'command': {
      const others = ctx.taught.filter(
        (t): t is TaughtCommand => t.kind === 'command' && t.id !== item.id,
      );
      const plan = commandPlan(item, ctx.home, {
        taught: [...others, item],
        routines: ctx.routines,
      });
      const { commands, routines, say, notify } = plan;
      return {
        ...saved,
        reply: `Done. ${curly(item.phrases[0] ?? '')} now means: ${describeSteps(item, wordsContext(ctx))}.`,
        run: { commands, routines, say, notify },
      };
    }
    case 'concept': {
      const ids = topic.kind === 'concept' ? topic.entityIds : [];
      const entities = ids.flatMap((id) => ctx.home.entities.find((e) => e.id === id) ?? []);
      const applied = conceptCommands(item, entities, ctx.unit);
      const names = applied.applied.map(theName);
      const set = names.length > 0 ? ` I've set ${joinList(names)} to it.` : '';
      const notes = applied.notes.map((n) => ` ${capitalize(n)}.`).join('');
      return {
        ...saved,
        reply: `Done. ${curly(item.word)} now means ${describeConcept(item, ctx.unit)} for every ${CONCEPT_KINDS[item.domain].one}.${set}${notes}`,
        run: { commands: applied.commands, routines: [], say: [], notify: [] },
      };
    }
    case 'name':
      return {
        ...saved,
        reply: `Done. ${curly(item.name)} is now another name for ${targetWords(item, ctx)}.`,
        ...(topic.kind === 'name' && topic.request !== undefined ? { retry: topic.request } : {}),
      };
  }
}
