// The contract of a blueprint (issue 6): a template for a small conversational skill. A person
// fills in the template's form (its `config`), names how to start it, and talks to it. Each
// blueprint is data (a zod schema, an example, a form described field by field) plus a runtime:
// pure functions from (config, what the skill remembers, the session so far, what was said) to a
// reply and the next session. The session frame (help, repeat, start over, stop, reprompts, the
// end of an ignored session) is the same for every skill and lives in `session.ts`, not here.
import type { z } from '../zod.ts';

export const BLUEPRINT_IDS = [
  'qa',
  'whoseTurn',
  'houseguest',
  'babysitter',
  'trivia',
  'flashcards',
  'bedtime',
  'countdown',
  'chores',
  'funFacts',
  'jokes',
  'compliments',
  'dialogues',
] as const;
export type BlueprintId = (typeof BLUEPRINT_IDS)[number];

export const BLUEPRINT_CATEGORIES = ['fun', 'learning', 'home', 'story'] as const;
export type BlueprintCategory = (typeof BLUEPRINT_CATEGORIES)[number];

export const CATEGORY_TITLES: Record<BlueprintCategory, string> = {
  fun: 'Fun & games',
  learning: 'Learning',
  home: 'Home & family',
  story: 'Storytelling',
};

/** Days of the week as the forms and chore charts store them (0 = Sunday, as Date does). */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/**
 * One field of a blueprint's form, as data: the skills feature draws every form from these, so
 * each template gets typed fields, labels and hints without a React component of its own. `key`
 * is the property of the config (or of the list item) the field edits.
 */
export type FieldSpec =
  | {
      kind: 'text';
      key: string;
      label: string;
      hint?: string;
      /** Several lines (an answer, a story). */
      multiline?: boolean;
      placeholder?: string;
    }
  /** A date as yyyy-mm-dd (a countdown's event). */
  | { kind: 'date'; key: string; label: string; hint?: string }
  | { kind: 'number'; key: string; label: string; hint?: string; min: number; max: number }
  | {
      kind: 'choice';
      key: string;
      label: string;
      hint?: string;
      options: readonly { value: string; label: string }[];
    }
  /** Days of the week, several may be ticked (a chore's days): an array of Weekday. */
  | { kind: 'days'; key: string; label: string; hint?: string }
  /**
   * A list of short texts (names, phrasings, choices, chores): a string[]. `suggest`: offer
   * related values as chips (suggest.ts). `min`/`max`: how many the list takes.
   */
  | {
      kind: 'words';
      key: string;
      label: string;
      hint?: string;
      /** What one entry is called: "name", "phrasing", "choice". */
      itemLabel: string;
      suggest?: boolean;
      min?: number;
      max?: number;
      placeholder?: string;
    }
  /** A list of records (questions, sections, cards): an array of objects of `fields`. */
  | {
      kind: 'list';
      key: string;
      label: string;
      hint?: string;
      /** What one entry is called: "question", "card" ("Add a question", "Question 2"). */
      itemLabel: string;
      fields: readonly FieldSpec[];
      min?: number;
      max?: number;
    };

/** Everything a runtime is given besides the session: read-only. */
export interface SkillContext<C, M> {
  /** The skill's form, parsed by the blueprint's schema. */
  config: C;
  /** What the skill remembers between sessions (whose turn is next, the best score). */
  memory: M;
  /** The skill's name as the person wrote it ("House guide"), to speak of itself. */
  name: string;
  /** Simulated epoch ms. */
  now: number;
  /** The home's time zone (IANA), for "today" and dates. */
  timeZone: string;
  /** 0 ≤ r < 1; the caller decides how random (tests pass a seeded one). */
  random: () => number;
}

/** What a runtime answers to one turn. */
export interface SkillStep<S, M> {
  reply: string;
  /** The session state for the next turn; absent: the session ends after this reply. */
  session?: S;
  /** What to remember between sessions, when it changed. */
  memory?: M;
  /**
   * How what was said was understood, for "Why?": "the closest question is “where are the
   * towels” (2 of 3 words in common)".
   */
  matched?: string;
  /**
   * What was said is not an answer the skill expected: the reply is a reprompt saying what it
   * expects. The session frame counts these and may instead hand the words to the home.
   */
  unexpected?: boolean;
}

export interface SkillRuntime<C, S, M> {
  /** Session state is saved with the conversation and read back through this. */
  sessionSchema: z.ZodMiniType<S>;
  /** Memory is saved with the skill and read back through this (a bad one: `initialMemory`). */
  memorySchema: z.ZodMiniType<M>;
  initialMemory: M;
  /** Opening a session ("Welcome to Trivia. Question 1 of 5: …"). May end at once (no session). */
  start(ctx: SkillContext<C, M>): SkillStep<S, M>;
  /** A turn inside the session. help, repeat, start over and stop never reach it. */
  turn(ctx: SkillContext<C, M>, session: S, said: string): SkillStep<S, M>;
  /**
   * A one-shot request ("ask house guide where the towels are"): the answer without a session,
   * or undefined when the words are not a whole request for this skill (then a session starts).
   */
  ask?(ctx: SkillContext<C, M>, said: string): SkillStep<S, M> | undefined;
  /** What "help" says inside a session: what the skill expects now, with an example. */
  help(ctx: SkillContext<C, M>, session: S): string;
  /** The session in words for "Why?": ["Question 3 of 5", "Score: 2"]. */
  describe(ctx: SkillContext<C, M>, session: S): string[];
  /** What "stop" says besides goodbye ("You scored 3 of 5."), if anything. */
  goodbye?(ctx: SkillContext<C, M>, session: S): SkillStep<S, M> | undefined;
}

export interface Blueprint<C, S, M> {
  id: BlueprintId;
  category: BlueprintCategory;
  /** "Trivia quiz". */
  title: string;
  /** One sentence for the gallery: what the skill does. */
  description: string;
  /** The skill's name when made from the example ("House guide"): how it is started. */
  defaultName: string;
  /** The form's value, validated with plain-language messages. */
  schema: z.ZodMiniType<C>;
  /** An example already filled in that a person can start from (passes `schema`). */
  example: C;
  /** The form, field by field (keys are `C`'s properties). */
  fields: readonly FieldSpec[];
  /** Things to say to try the skill, shown beside the preview ("where are the towels?"). */
  tryThese(config: C): string[];
  runtime: SkillRuntime<C, S, M>;
}

/**
 * A blueprint of any config, session and memory. The registry holds these; the session frame
 * parses config, session and memory with the blueprint's own schemas before calling it.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyBlueprint = Blueprint<any, any, any>;
