// What a new phrase, concept word or name would collide with, said in plain sentences: a command
// the assistant already understands, a routine's phrase, a skill's invocation, or something taught
// before. Words that steer the conversation itself ("stop", "help") are refused, so that a person
// can always get out of a dialogue; everything else is theirs to confirm (the new meaning then
// wins). `interpret` is passed in, which keeps this module testable and free of import cycles.
import { understood } from '../assistant/understood.ts';
import { curly, shortList, theName } from '../assistant/words.ts';
import type { Entity, Home } from '../home/model.ts';
import { conceptKey } from '../language/concepts.ts';
import { nameTokens, tokenize } from '../language/normalize.ts';
import { matchOwnPhrase, phraseWords } from '../language/ownPhrases.ts';
import { matchSkillCall, type SkillOwner } from '../language/skillPhrases.ts';
import type { InterpretContext, Interpretation, IntentName } from '../language/types.ts';
import type { Routine } from '../routines/model.ts';
import { routinePhrases } from '../routines/phrases.ts';
import type { TemperatureUnit } from '../settings/settings.ts';
import { CONCEPT_KINDS, describeConcept, type ConceptDraft } from './concepts.ts';
import type { TaughtCommand, TaughtItem, TaughtName } from './model.ts';
import { describeSteps, wordsContext } from './words.ts';

export type Interpreter = (text: string, context: InterpretContext) => Interpretation;

export interface CollisionContext {
  home: Home;
  unit: TemperatureUnit;
  routines: readonly Routine[];
  /** Everything taught so far (the candidate itself may be among them: it is skipped by id). */
  taught: readonly TaughtItem[];
  interpret: Interpreter;
  /** The person's skills, started by their names ("open …") and start phrases. */
  skills?: readonly SkillOwner[];
}

export type CollisionKind =
  'built-in' | 'dialogue' | 'routine' | 'skill' | 'taught' | 'device' | 'room';

export interface Collision {
  /** What to say: "“good night” is already your routine Good night." */
  text: string;
  with: CollisionKind;
  /** Refused outright, not just confirmed: words that steer the conversation. */
  refuse: boolean;
  /** A taught item with the same words and kind: saving gives it the new meaning. */
  replaces?: string;
}

/** Words that steer the conversation; a taught meaning would take away the way out. */
const DIALOGUE: Partial<Record<IntentName, string>> = {
  Cancel: 'is how you tell me to stop or cancel',
  Help: 'is how you ask me what I can do',
  Teach: 'is how you start teaching me',
  Feedback: 'is how you tell me I got something wrong',
};

/** Intents that are not a built-in meaning of their own. */
const NOT_BUILT_IN: ReadonlySet<IntentName> = new Set<IntentName>([
  'Unknown',
  'RunRoutine',
  'RunTaughtCommand',
  'ApplyConcept',
  'StartSkill',
  'SkillTurn',
]);

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const key = (text: string) => phraseWords(text).join(' ');
const sameName = (a: string, b: string) => nameTokens(a).join(' ') === nameTokens(b).join(' ');

/** What the assistant already does when it hears `phrase`, if anything. */
function builtIn(phrase: string, ctx: CollisionContext): Collision | undefined {
  // Built-in grammar only: no routines, no taught words.
  const meaning = ctx.interpret(phrase, { home: ctx.home });
  const dialogue = DIALOGUE[meaning.intent];
  if (dialogue !== undefined)
    return { text: `${curly(phrase)} ${dialogue}.`, with: 'dialogue', refuse: true };
  if (NOT_BUILT_IN.has(meaning.intent)) return undefined;
  if (meaning.targets.length === 0 && meaning.parts === undefined) return undefined;
  return {
    text: `${curly(phrase)} already means something to me: ${lowerFirst(understood(meaning, ctx.home, ctx.unit))}.`,
    with: 'built-in',
    refuse: false,
  };
}

const commandsOf = (ctx: CollisionContext, selfId: string) =>
  ctx.taught.filter((t): t is TaughtCommand => t.kind === 'command' && t.id !== selfId);
const namesOf = (ctx: CollisionContext, selfId: string) =>
  ctx.taught.filter((t): t is TaughtName => t.kind === 'name' && t.id !== selfId);

function nameTarget(item: TaughtName, home: Home): string {
  const { target } = item;
  if (target.kind === 'entity') {
    const entity = home.entities.find((e) => e.id === target.entityId);
    return entity ? theName(entity) : 'a device that no longer exists';
  }
  const area = home.areas.find((a) => a.id === target.areaId);
  return area ? `the ${area.name}` : 'a room that no longer exists';
}

/** What a phrase of a taught command would collide with. `selfId`: the command being edited. */
export function phraseCollisions(phrase: string, ctx: CollisionContext, selfId = ''): Collision[] {
  const found: Collision[] = [];
  const built = builtIn(phrase, ctx);
  if (built) found.push(built);
  const routine = matchOwnPhrase(phrase, routinePhrases(ctx.routines));
  if (routine)
    found.push({
      text: `${curly(phrase)} is already your routine ${routine.name}.`,
      with: 'routine',
      refuse: false,
    });
  const skill = ctx.skills && matchSkillCall(tokenize(phrase), ctx.skills);
  if (skill && skill.id !== selfId)
    found.push({
      text: `${curly(phrase)} already ${skill.ask === undefined ? 'starts' : 'asks'} your skill ${skill.name}.`,
      with: 'skill',
      refuse: false,
    });
  const commands = commandsOf(ctx, selfId);
  const other = matchOwnPhrase(
    phrase,
    commands.map((c) => ({ id: c.id, name: c.phrases[0] ?? '', phrases: c.phrases })),
  );
  const command = other && commands.find((c) => c.id === other.id);
  if (command)
    found.push({
      text: `You already taught me ${curly(other.phrase)}: ${describeSteps(command, wordsContext(ctx))}.`,
      with: 'taught',
      refuse: false,
      replaces: command.id,
    });
  const name = namesOf(ctx, selfId).find((n) => sameName(n.name, phrase));
  if (name)
    found.push({
      text: `${curly(phrase)} is already a name you taught me for ${nameTarget(name, ctx.home)}.`,
      with: 'taught',
      refuse: false,
    });
  return found;
}

/** A device of the concept's kind to try its word on: the one it was taught on, else any. */
function sampleOf(concept: ConceptDraft, home: Home): Entity | undefined {
  return (
    home.entities.find((e) => e.id === concept.taughtOn && e.domain === concept.domain) ??
    home.entities.find((e) => e.domain === concept.domain)
  );
}

/** What a concept's word would collide with: the same word taught before, or a built-in setting. */
export function conceptCollisions(
  concept: ConceptDraft,
  ctx: CollisionContext,
  selfId = '',
): Collision[] {
  const found: Collision[] = [];
  const kind = CONCEPT_KINDS[concept.domain];
  const same = ctx.taught.find(
    (t) =>
      t.kind === 'concept' &&
      t.id !== selfId &&
      t.domain === concept.domain &&
      // As the interpreter reads them: "study" and "study mode" are one concept.
      conceptKey(t.word).join(' ') === conceptKey(concept.word).join(' '),
  );
  if (same?.kind === 'concept')
    found.push({
      text: `You already taught me ${curly(same.word)} for ${kind.many}: ${describeConcept(same, ctx.unit)}.`,
      with: 'taught',
      refuse: false,
      replaces: same.id,
    });
  const sample = sampleOf(concept, ctx.home);
  if (sample) {
    // "set the lamp to warm" already means a shade of white: a concept "warm" would hide it.
    const meaning = ctx.interpret(`set ${sample.name} to ${concept.word}`, { home: ctx.home });
    if (!NOT_BUILT_IN.has(meaning.intent) && meaning.targets.includes(sample.id))
      found.push({
        text: `For a ${kind.one}, ${curly(concept.word)} already means something to me: ${lowerFirst(understood(meaning, ctx.home, ctx.unit))}.`,
        with: 'built-in',
        refuse: false,
      });
  }
  return found;
}

/** What a taught name would collide with: a device's or room's own name, or a taught name. */
export function nameCollisions(
  item: Pick<TaughtName, 'name' | 'target'>,
  ctx: CollisionContext,
  selfId = '',
): Collision[] {
  const found: Collision[] = [];
  const { home } = ctx;
  const said = curly(item.name);
  const device = home.entities.find(
    (e) => sameName(e.name, item.name) || (e.aliases ?? []).some((a) => sameName(a, item.name)),
  );
  if (device)
    found.push({
      text: `${said} is already the name of ${theName(device)}.`,
      with: 'device',
      refuse: false,
    });
  const area = home.areas.find((a) => sameName(a.name, item.name));
  if (area)
    found.push({
      text: `${said} is already the name of the ${area.name}.`,
      with: 'room',
      refuse: false,
    });
  const taught = namesOf(ctx, selfId).find((n) => sameName(n.name, item.name));
  if (taught)
    found.push({
      text: `You already taught me ${said} for ${nameTarget(taught, home)}.`,
      with: 'taught',
      refuse: false,
      replaces: taught.id,
    });
  if (!device && !area) {
    // A short form or a kind word: "lamp" already means the lamps, "ceiling" a ceiling light.
    const meaning = ctx.interpret(`turn on ${item.name}`, { home });
    const named = meaning.slots.name !== undefined && meaning.unresolved?.name === undefined;
    const entities = meaning.targets.flatMap((id) => home.entities.find((e) => e.id === id) ?? []);
    if (named && entities.length > 0)
      found.push({
        text: `${said} already means ${shortList(entities.map(theName), 3)} to me.`,
        with: 'device',
        refuse: false,
      });
  }
  return found;
}

/** Every collision of a taught item, whatever its kind. */
export function teachingCollisions(candidate: TaughtItem, ctx: CollisionContext): Collision[] {
  switch (candidate.kind) {
    case 'command': {
      const found: Collision[] = [];
      const seen = new Map<string, string>();
      for (const phrase of candidate.phrases) {
        const twice = seen.get(key(phrase));
        if (twice !== undefined) {
          found.push({
            text: `${curly(phrase)} is the same as ${curly(twice)}, which it already has.`,
            with: 'taught',
            refuse: false,
          });
          continue;
        }
        seen.set(key(phrase), phrase);
        found.push(...phraseCollisions(phrase, ctx, candidate.id));
      }
      return found;
    }
    case 'concept':
      return conceptCollisions(candidate, ctx, candidate.id);
    case 'name':
      return nameCollisions(candidate, ctx, candidate.id);
  }
}
