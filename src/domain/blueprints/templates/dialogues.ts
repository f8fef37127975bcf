// Sample dialogues: the no-code version of a dialogue-driven skill. A person writes a few example
// exchanges with blanks ("I'd like a [size] pizza" → "A [size] pizza, coming up!") and the
// skill answers variations of them: the closest example, its blanks filled from what was said
// (dialogueMatch.ts), and a question for a blank it could not fill ("What size?").
import { capitalize, joinList } from '../../assistant/words.ts';
import { tokenize } from '../../language/normalize.ts';
import { z } from '../../zod.ts';
import { describeMatch, pickChoice } from '../match.ts';
import type { Blueprint, FieldSpec, SkillContext, SkillStep } from '../types.ts';
import { blankKey, blanksIn, fillBlanks, shortAnswer, withoutBlanks } from './blanks.ts';
import { MAX_VALUE_WORDS, understand, valuesHeard, type Filled } from './dialogueMatch.ts';
import {
  dialoguesConfigSchema,
  MAX_BLANKS,
  MAX_EXAMPLES,
  type DialoguesConfig,
} from './dialoguesConfig.ts';

export type { DialoguesConfig } from './dialoguesConfig.ts';

const value = z.string().check(z.maxLength(160));

export const dialoguesSessionSchema = z.strictObject({
  /** Sentences answered in this session. */
  answered: z.int().check(z.minimum(0)),
  /** An example understood but for a blank: the skill asked for it ("What size?"). */
  pending: z.optional(
    z.strictObject({
      example: z.int().check(z.minimum(0)),
      filled: z
        .array(z.strictObject({ blank: value, value, known: z.boolean() }))
        .check(z.maxLength(MAX_BLANKS)),
      /** The blanks still to ask for, the one asked first. */
      missing: z.array(value).check(z.minLength(1), z.maxLength(MAX_BLANKS)),
    }),
  ),
});
export type DialoguesSession = z.infer<typeof dialoguesSessionSchema>;

/** Nothing is kept between sessions. */
export const dialoguesMemorySchema = z.strictObject({});
export type DialoguesMemory = z.infer<typeof dialoguesMemorySchema>;

type Ctx = SkillContext<DialoguesConfig, DialoguesMemory>;
type Step = SkillStep<DialoguesSession, DialoguesMemory>;
type Pending = NonNullable<DialoguesSession['pending']>;

const valuesOf = (config: DialoguesConfig, key: string) =>
  config.blanks.find((b) => blankKey(b.blank) === key)?.values ?? [];

/** An example as a person could say it: its blanks filled with known values (`pick` chooses). */
function sample(config: DialoguesConfig, said: string, pick = 0): string {
  return fillBlanks(said, (key) => {
    const values = valuesOf(config, key);
    return values[Math.min(pick, values.length - 1)];
  });
}

/** Examples whose blanks all have known values, so they can be said as they are. */
const sayable = (config: DialoguesConfig) =>
  config.examples.filter((e) => blanksIn(e.said).every((k) => valuesOf(config, k).length > 0));

/** "What size? You could say small, medium or large." */
function askFor(config: DialoguesConfig, key: string): string {
  const values = valuesOf(config, key);
  const some = values.length > 4 ? [...values.slice(0, 4), 'something else'] : values;
  return values.length > 0
    ? `What ${key}? You could say ${joinList(some, 'or')}.`
    : `What ${key}? Say a word or two.`;
}

const whyFilled = (f: Filled) =>
  f.known
    ? `${f.blank}: “${f.value}” (a known ${f.blank})`
    : `${f.blank}: “${f.value}” (the words where [${f.blank}] is)`;

/** The example's answer once every blank is filled, or the question for the next one. */
function complete(
  ctx: Ctx,
  s: DialoguesSession,
  example: number,
  filled: Filled[],
  missing: string[],
): Step {
  const chosen = ctx.config.examples[example]!;
  if (missing.length > 0)
    return {
      reply: askFor(ctx.config, missing[0]!),
      session: { answered: s.answered, pending: { example, filled, missing } },
    };
  const values = new Map(filled.map((f) => [f.blank, f.value]));
  return {
    reply: capitalize(fillBlanks(chosen.reply, (key) => values.get(key))),
    session: { answered: s.answered + 1 },
  };
}

/** A new sentence: the closest example, filled in; the fallback when none is close. */
function respond(
  ctx: Ctx,
  s: DialoguesSession,
  said: string,
  found = understand(said, ctx.config.examples, ctx.config.blanks),
): Step {
  if (!found) {
    const options = sayable(ctx.config);
    const pool = options.length > 0 ? options : ctx.config.examples;
    const one = pool[Math.floor(ctx.random() * pool.length)]!;
    return {
      reply: `${ctx.config.fallback} You could say “${sample(ctx.config, one.said)}”.`,
      session: s,
      unexpected: true,
    };
  }
  const chosen = ctx.config.examples[found.example]!;
  // Said as the example is written, blanks aside: "word for word" would not be true of the blanks.
  const how =
    found.match.how === 'exact'
      ? `what you said fits the example “${chosen.said}”`
      : describeMatch({ ...found.match, phrasing: chosen.said }, 'example');
  return {
    ...complete(ctx, { answered: s.answered }, found.example, found.filled, found.missing),
    matched: [how, ...found.filled.map(whyFilled)].join('; '),
  };
}

/**
 * The answer to "What size?": a known value; a new request (another example); a word or two;
 * or the same request said again in full.
 */
function answerPending(ctx: Ctx, s: DialoguesSession, p: Pending, said: string): Step {
  const [key, ...rest] = p.missing as [string, ...string[]];
  const values = valuesOf(ctx.config, key);
  const picked = pickChoice(said, values);
  const heard = valuesHeard(tokenize(said).raw, [{ blank: key, values }])[0];
  const known = picked !== undefined ? values[picked] : heard?.value;
  const found = known ? undefined : understand(said, ctx.config.examples, ctx.config.blanks);
  if (found && found.example !== p.example) return respond(ctx, s, said, found);
  const words = known ?? shortAnswer(said, MAX_VALUE_WORDS);
  if (words === undefined) {
    if (found) return respond(ctx, s, said, found);
    return { reply: askFor(ctx.config, key), session: s, unexpected: true };
  }
  const filled = [...p.filled, { blank: key, value: words, known: known !== undefined }];
  return {
    ...complete(ctx, s, p.example, filled, rest),
    matched: whyFilled(filled.at(-1)!),
  };
}

function turn(ctx: Ctx, s: DialoguesSession, said: string): Step {
  const p = s.pending;
  // An example edited away while its blank was asked for: listen afresh.
  if (p && ctx.config.examples[p.example]) return answerPending(ctx, s, p, said);
  return respond(ctx, { answered: s.answered }, said);
}

function help(ctx: Ctx, s: DialoguesSession): string {
  const p = s.pending;
  const example = p && ctx.config.examples[p.example];
  if (p && example) {
    const key = p.missing[0]!;
    const first = valuesOf(ctx.config, key)[0];
    return `I need the ${key} for “${example.said}”. Say a word or two${first ? `, like “${first}”` : ''}.`;
  }
  const options = sayable(ctx.config);
  const lines = (options.length > 0 ? options : ctx.config.examples)
    .slice(0, 2)
    .map((e) => `“${sample(ctx.config, e.said)}”`);
  return `Talk to me like in the examples. You could say ${joinList(lines, 'or')}.`;
}

function describe(ctx: Ctx, s: DialoguesSession): string[] {
  const p = s.pending;
  const example = p && ctx.config.examples[p.example];
  if (p && example)
    return [
      `Example: “${example.said}”`,
      `Waiting for: ${p.missing[0]}`,
      ...(p.filled.length > 0
        ? [`So far: ${p.filled.map((f) => `${f.blank} = ${f.value}`).join(', ')}`]
        : []),
    ];
  return [
    `Listening for sentences like the ${ctx.config.examples.length} examples`,
    `Answered: ${s.answered}`,
  ];
}

const fields: readonly FieldSpec[] = [
  {
    kind: 'text',
    key: 'greeting',
    label: 'Greeting',
    hint: 'What the skill says when it starts.',
    placeholder: "Welcome to Tony's Pizza! What can I get you?",
  },
  {
    kind: 'list',
    key: 'examples',
    label: 'Examples',
    hint: 'What a person might say, and the answer. Put a word in square brackets for a part that changes: [size]. The skill also understands other ways of saying it.',
    itemLabel: 'example',
    min: 1,
    max: MAX_EXAMPLES,
    fields: [
      { kind: 'text', key: 'said', label: 'A person says', placeholder: "I'd like a [size] pizza" },
      {
        kind: 'text',
        key: 'reply',
        label: 'The skill answers',
        placeholder: 'A [size] pizza, coming up!',
      },
    ],
  },
  {
    kind: 'list',
    key: 'blanks',
    label: 'Words for the blanks',
    hint: 'Optional: the words a blank usually takes, so they are recognised anywhere in a sentence.',
    itemLabel: 'blank',
    max: MAX_BLANKS,
    fields: [
      { kind: 'text', key: 'blank', label: 'Blank', placeholder: 'size' },
      {
        kind: 'words',
        key: 'values',
        label: 'Words it takes',
        itemLabel: 'word',
        suggest: true,
        max: 30,
        placeholder: 'large',
      },
    ],
  },
  {
    kind: 'text',
    key: 'fallback',
    label: 'When it does not understand',
    hint: 'An example of what to say is added after it.',
    placeholder: 'Sorry, I only know about pizza.',
  },
];

const example: DialoguesConfig = {
  greeting: "Welcome to Tony's Pizza! What can I get you?",
  examples: [
    { said: "I'd like a [size] pizza", reply: 'A [size] pizza, coming up! Anything to drink?' },
    {
      said: "I'd like a [size] pizza with [topping]",
      reply: 'A [size] pizza with [topping]. Great choice! Anything to drink?',
    },
    { said: 'And a [drink] to drink', reply: 'One [drink], coming right up.' },
    {
      said: 'What toppings do you have?',
      reply: 'We have mushrooms, pepperoni, olives, pineapple and extra cheese.',
    },
    { said: 'How long will it take?', reply: "About twenty minutes. Tony's oven is very fast!" },
    { said: 'How much do I owe you?', reply: "That's twelve dollars. Thank you for ordering!" },
  ],
  blanks: [
    { blank: 'size', values: ['small', 'medium', 'large'] },
    { blank: 'topping', values: ['mushrooms', 'pepperoni', 'olives', 'pineapple', 'extra cheese'] },
    { blank: 'drink', values: ['lemonade', 'orange juice', 'water', 'cola'] },
  ],
  fallback: 'Sorry, I only know about pizza here.',
};

export const dialoguesBlueprint: Blueprint<DialoguesConfig, DialoguesSession, DialoguesMemory> = {
  id: 'dialogues',
  category: 'story',
  title: 'Sample dialogues',
  description:
    'Write a few example exchanges with blanks, and the skill answers sentences like them.',
  defaultName: 'Pizza shop',
  schema: dialoguesConfigSchema,
  example,
  fields,
  tryThese: (config) => {
    const options = sayable(config);
    // Other values than the first, to show that the blanks change; an example with a blank
    // nobody listed words for is said without it, and the skill asks for it.
    const lines =
      options.length > 0
        ? options.slice(0, 3).map((e, i) => sample(config, e.said, i + 1))
        : config.examples.slice(0, 3).map((e) => withoutBlanks(e.said));
    return [...new Set(lines)];
  },
  runtime: {
    sessionSchema: dialoguesSessionSchema,
    memorySchema: dialoguesMemorySchema,
    initialMemory: {},
    start: (ctx) => ({ reply: ctx.config.greeting, session: { answered: 0 } }),
    turn,
    /** "ask pizza shop for a large pizza": answered at once when it is a whole request. */
    ask(ctx, said) {
      const step = respond(ctx, { answered: 0 }, said);
      if (step.unexpected || step.session?.pending) return undefined;
      return { reply: step.reply, ...(step.matched ? { matched: step.matched } : {}) };
    },
    help,
    describe,
  },
};
