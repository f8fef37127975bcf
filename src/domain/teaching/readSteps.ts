// "What should 'movie mode' do?" answered in ordinary words: requests as the person would ask them
// ("living room lights to 20 percent and close the blinds"), "like it is now", "run Good night" or
// "say welcome home". Requests are read by the interpreter and turned into the routines' control
// steps the way a turn turns them into commands (assistant/commandsFor.ts): "the lights" said of a
// room becomes "all the lights in the Living room", so a lamp added later is included.
import { CONTROL_INTENTS, planCommands } from '../assistant/commandsFor.ts';
import { curly, joinList } from '../assistant/words.ts';
import type { Command } from '../home/commands.ts';
import type { Domain, Entity, Home } from '../home/model.ts';
import { DEVICE_WORDS } from '../language/grammar/words.ts';
import { tokenize } from '../language/normalize.ts';
import { phraseWords } from '../language/ownPhrases.ts';
import type { Interpretation } from '../language/types.ts';
import type { Action, ActionOf } from '../routines/model.ts';
import { chunks, likeNow, plain, withoutOpening } from './answers.ts';
import { conceptCommands } from './concepts.ts';
import type { TeachContext } from './dialogueState.ts';
import type { TaughtCommand } from './model.ts';
import { aside, answerContext, unclear, understoodAs, type Reading } from './reading.ts';
import { preselect, rememberThis } from './showing.ts';

type Step = ActionOf<'control'>;

export const STEPS_HINT = `Say it as you would ask me, for example ${curly('living room lights to 20 percent and close the blinds')}, or ${curly('like it is now')}, or ${curly('run Good night')}.`;

/** An answer read by the interpreter with the person's room, routines and taught words. */
const heard = (text: string, ctx: TeachContext) => ctx.interpret(text, answerContext(ctx));
type AreaDomain = Extract<Step['target'], { kind: 'area' }>['domain'];

const AREA_DOMAINS: ReadonlySet<string> = new Set([
  'light',
  'switch',
  'fan',
  'cover',
  'lock',
  'climate',
  'media_player',
]);
const isAreaDomain = (d: string | undefined): d is AreaDomain =>
  d !== undefined && AREA_DOMAINS.has(d);

/** A command as a control step: its type, and its one value if it has one. */
function stepOf(command: Command, target: Step['target']): Step {
  const { entityId: _id, type, ...rest } = command as Command & Record<string, unknown>;
  void _id;
  const value = Object.values(rest)[0] as number | string | undefined;
  return { type: 'control', target, command: type, ...(value !== undefined ? { value } : {}) };
}

const sameCommands = (a: readonly Command[], b: readonly Command[]) =>
  a.length === b.length &&
  a.every(
    (c, i) => JSON.stringify({ ...c, entityId: '' }) === JSON.stringify({ ...b[i], entityId: '' }),
  );

/**
 * "the lights" of a room (or of the whole home): every device of that kind there, as one step, when
 * the request meant all of them (two or more) and each gets the same commands.
 */
function groupTarget(
  part: Interpretation,
  entities: readonly Entity[],
  home: Home,
): Step['target'] | undefined {
  const { slots } = part;
  // One device reads better by its name ("close the Living room blinds").
  if (entities.length < 2 || slots.name !== undefined || !isAreaDomain(slots.domain))
    return undefined;
  const domain: Domain = slots.domain;
  if (!entities.every((e) => e.domain === domain)) return undefined;
  const areas = new Set(entities.map((e) => e.area));
  const areaId = slots.area !== undefined && areas.size === 1 ? [...areas][0] : undefined;
  if (slots.area !== undefined && areaId === undefined) return undefined;
  const all = home.entities.filter(
    (e) => e.domain === domain && (areaId === undefined || e.area === areaId),
  );
  if (all.length !== entities.length || slots.floor !== undefined) return undefined;
  return { kind: 'area', ...(areaId !== undefined ? { areaId } : {}), domain: slots.domain };
}

function stepsOfPart(part: Interpretation, ctx: TeachContext): Reading<Step[]> {
  const entities = part.targets.flatMap((id) => ctx.home.entities.find((e) => e.id === id) ?? []);
  if (part.intent === 'ApplyConcept' && part.taught) {
    const concept = ctx.taught.find((t) => t.id === part.taught?.id);
    if (concept?.kind !== 'concept')
      return unclear(`I don't know ${curly(part.slots.concept ?? '')} yet.`);
    const { commands } = conceptCommands(concept, entities, ctx.unit);
    return understoodAs(commands.map((c) => stepOf(c, { kind: 'entity', entityId: c.entityId })));
  }
  if (!CONTROL_INTENTS.has(part.intent)) return unclear(notUnderstood(part.text));
  if (entities.length === 0) {
    const missing = part.unresolved?.name ?? part.unresolved?.area;
    if (part.ambiguous?.length) {
      const names = part.ambiguous.flatMap(
        (id) => ctx.home.entities.find((e) => e.id === id)?.name ?? [],
      );
      return unclear(
        `Which one do you mean: ${joinList(names, 'or')}? Say it again with its name.`,
      );
    }
    return unclear(
      missing !== undefined
        ? `I couldn't find ${curly(missing)} in this home.`
        : notUnderstood(part.text),
    );
  }
  const plan = planCommands(part.intent, part.slots, ctx.unit);
  if ('refusal' in plan) return unclear(plan.refusal);
  const group = groupTarget(part, entities, ctx.home);
  const first = entities[0]!;
  const built = plan.build(first);
  if (group && entities.every((e) => sameCommands(plan.build(e), built)))
    return understoodAs(built.map((c) => stepOf(c, group)));
  return understoodAs(
    entities.flatMap((e) =>
      plan.build(e).map((c) => stepOf(c, { kind: 'entity', entityId: e.id })),
    ),
  );
}

function stepsOf(meaning: Interpretation, ctx: TeachContext): Reading<Step[]> {
  const parts = meaning.parts?.length ? meaning.parts : [meaning];
  const steps: Step[] = [];
  for (const part of parts) {
    const read = stepsOfPart(part, ctx);
    if (!read.ok) return read;
    steps.push(...read.value);
  }
  return understoodAs(steps);
}

const notUnderstood = (text: string) =>
  `I didn't understand ${curly(text.trim())} as something to do.`;

/** "the living room" as a whole room, not "the living room lights". */
function roomOnly(about: string, meaning: Interpretation): string | undefined {
  const tokens = tokenize(about).base;
  const saysKind = tokens.some((t) => DEVICE_WORDS[t] !== undefined);
  return !saysKind && meaning.slots.name === undefined ? meaning.slots.area : undefined;
}

/** "like it is now": the devices it is about as they are; with no devices said, the room's. */
function asNow(about: string, ctx: TeachContext): Reading<Step[]> {
  let ids: string[];
  if (about === '') {
    ids = preselect(ctx.home, ctx.area);
    if (ids.length === 0)
      return unclear(
        `Which devices? Say for example ${curly('the living room lights like they are now')}.`,
      );
  } else {
    const meaning = heard(`turn on ${about}`, ctx);
    const room = roomOnly(about, meaning);
    const area = room && ctx.home.areas.find((a) => a.name === room);
    ids = area ? preselect(ctx.home, area.id) : meaning.targets;
    if (ids.length === 0) return unclear(`I couldn't find ${curly(about)} in this home.`);
  }
  const steps = rememberThis(ctx.home, ids);
  return steps.length > 0
    ? understoodAs(steps)
    : unclear(`I can't keep the state of ${curly(about)}.`);
}

const RUN =
  /^(?:run|start|do|play|trigger|activate|launch|begin|execute)\s+(?:the\s+|my\s+)?(.+?)(?:\s+routine)?$/i;

/** "run Good night": a routine by its name or phrase, or a taught command by its phrase. */
function runStep(text: string, ctx: TeachContext): Action | undefined {
  const match = RUN.exec(plain(text));
  const asked = phraseWords(match?.[1] ?? text).join(' ');
  if (asked === '') return undefined;
  const same = (words: string) => phraseWords(words).join(' ') === asked;
  const routine = ctx.routines.find(
    (r) => same(r.name) || r.triggers.some((t) => t.type === 'phrase' && t.phrases.some(same)),
  );
  if (routine) return { type: 'run_routine', routineId: routine.id };
  const command = ctx.taught.find(
    (t): t is TaughtCommand => t.kind === 'command' && t.phrases.some(same),
  );
  return command ? { type: 'run_taught', commandId: command.id } : undefined;
}

/** One part of an answer, on its own. */
function readPart(text: string, ctx: TeachContext): Reading<Action[]> {
  const now = likeNow(text);
  if (now) return asNow(now.about, ctx);
  const say = /^say\s+(.+)$/i.exec(text.trim());
  if (say?.[1]) return understoodAs([{ type: 'say', text: say[1].replace(/^["“']|["”']$/g, '') }]);
  const meaning = heard(text, ctx);
  const other = aside(meaning);
  if (other === 'unrelated') return { ok: false, why: 'unrelated' };
  if (meaning.intent === 'RunRoutine' && meaning.routine)
    return understoodAs([{ type: 'run_routine', routineId: meaning.routine.id }]);
  if (meaning.intent === 'RunTaughtCommand' && meaning.taught)
    return understoodAs([{ type: 'run_taught', commandId: meaning.taught.id }]);
  const run = runStep(text, ctx);
  if (run) return understoodAs([run]);
  if (other === 'help') return { ok: false, why: 'help', hint: STEPS_HINT };
  return stepsOf(meaning, ctx);
}

/** The steps an answer means, or why it can't be read as steps. */
export function readSteps(answer: string, ctx: TeachContext): Reading<Action[]> {
  const text = withoutOpening(answer);
  if (text === '') return unclear(STEPS_HINT);
  const whole = readPart(text, ctx);
  if (whole.ok || whole.why !== 'unclear') return whole;
  // Parts the interpreter can't join ("close the blinds and run Good night"), one by one.
  const parts = chunks(text);
  if (parts.length < 2) return whole;
  const steps: Action[] = [];
  for (const part of parts) {
    const read = readPart(part, ctx);
    if (!read.ok) return read.why === 'unclear' ? read : whole;
    steps.push(...read.value);
  }
  return understoodAs(steps);
}
