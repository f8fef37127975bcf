// Flash cards: the fronts are shown in a shuffled order and the person says the back. A card
// missed (wrong, or "show me") is told and goes back to the end of the pile, so practice goes on
// until every card was known once. The cards missed the first time are remembered and come first
// next time.
import { joinList } from '../../assistant/words.ts';
import { tokenize } from '../../language/normalize.ts';
import { z } from '../../zod.ts';
import { sameAnswer } from '../match.ts';
import type { Blueprint, FieldSpec, SkillContext, SkillStep } from '../types.ts';
import { indices, shuffled } from './shuffle.ts';

export const MAX_CARDS = 100;

const side = (empty: string) =>
  z.string().check(z.trim(), z.minLength(1, empty), z.maxLength(120, 'keep it under 120 letters'));

export const flashcardsConfigSchema = z.strictObject({
  /** Said before each front ("Say the French word for:"); empty: "What goes with". */
  instruction: z.optional(
    z.string().check(z.trim(), z.maxLength(80, 'keep the instruction under 80 letters')),
  ),
  cards: z
    .array(
      z.strictObject({
        front: side('write what the card shows'),
        back: side('write the answer on the back'),
      }),
    )
    .check(
      z.minLength(1, 'add at least one card'),
      z.maxLength(MAX_CARDS, `at most ${MAX_CARDS} cards`),
      // Cards are remembered by their front: two alike could not be told apart.
      z.superRefine((cards, ctx) => {
        const seen = new Set<string>();
        cards.forEach((card, i) => {
          const key = card.front.trim().toLowerCase();
          if (seen.has(key))
            ctx.addIssue({
              code: 'custom',
              message: `there is already a card “${card.front}”: make the fronts different`,
              path: [i, 'front'],
              input: card.front,
            });
          seen.add(key);
        });
      }),
    ),
});
export type FlashcardsConfig = z.infer<typeof flashcardsConfigSchema>;
type Card = FlashcardsConfig['cards'][number];

const index = z.int().check(z.minimum(0));

export const flashcardsSessionSchema = z.strictObject({
  /** Cards still to answer (indices into the config), the one being asked first. */
  queue: z.array(index).check(z.maxLength(MAX_CARDS)),
  /** How many at the head of the queue are still on their first showing. */
  firstPass: index,
  /** Cards missed the first time, in the order missed. */
  missed: z.array(index).check(z.maxLength(MAX_CARDS)),
  /** Cards in this round. */
  total: index,
});
export type FlashcardsSession = z.infer<typeof flashcardsSessionSchema>;

export const flashcardsMemorySchema = z.strictObject({
  /** The fronts of the cards missed the first time, last time. */
  missed: z.array(z.string().check(z.maxLength(120))).check(z.maxLength(MAX_CARDS)),
});
export type FlashcardsMemory = z.infer<typeof flashcardsMemorySchema>;

type Ctx = SkillContext<FlashcardsConfig, FlashcardsMemory>;
type Step = SkillStep<FlashcardsSession, FlashcardsMemory>;

/** Not knowing: the card is shown, and asked again later. */
const GIVE_UPS = [
  'show me',
  'show me the answer',
  'tell me',
  "I don't know",
  "I'm not sure",
  'no idea',
  'skip',
  'pass',
  'I give up',
];

/** An answer far longer than any back is something else (a request for the home, say). */
const tooLong = (said: string, back: string) =>
  tokenize(said).raw.length > Math.max(6, 3 * tokenize(back).raw.length);

const QUESTION_START = /^(what|which|who|how|where|when|can|do|does|is|are)\b/i;

/** `Say the French word for “cat”.` / `What's on the back of “cat”?` */
function prompt(ctx: Ctx, card: Card): string {
  const written = ctx.config.instruction?.trim().replace(/[\s:?.!]+$/, '') ?? '';
  const lead = written || "What's on the back of";
  return `${lead} “${card.front}”${QUESTION_START.test(lead) ? '?' : '.'}`;
}

const cardOf = (ctx: Ctx, s: FlashcardsSession): Card | undefined =>
  ctx.config.cards[s.queue[0] ?? -1];

const cards = (n: number) => (n === 1 ? '1 card' : `${n} cards`);

function start(ctx: Ctx): Step {
  const { cards: all } = ctx.config;
  // Last time's misses first (each still a card), then the rest, each part shuffled.
  const missedBefore = indices(all.length).filter((i) => ctx.memory.missed.includes(all[i]!.front));
  const rest = indices(all.length).filter((i) => !missedBefore.includes(i));
  const queue = [...shuffled(missedBefore, ctx.random), ...shuffled(rest, ctx.random)];
  const session = { queue, firstPass: queue.length, missed: [], total: queue.length };
  const names = missedBefore.map((i) => `“${all[i]!.front}”`);
  const first =
    names.length === 0
      ? ''
      : names.length <= 3
        ? ` Last time you missed ${joinList(names)}, so ${names.length === 1 ? 'that one comes' : 'those come'} first.`
        : ` Last time you missed ${names.length} cards, so those come first.`;
  return {
    reply: `Let's practise ${cards(all.length)}.${first} ${prompt(ctx, all[queue[0]!]!)} Say the answer, or “show me” if you don't know.`,
    session,
  };
}

/** The round is over: how it went, and the misses to remember. */
function finish(ctx: Ctx, s: FlashcardsSession, lead: string): Step {
  const knew = s.total - s.missed.length;
  const summary =
    s.missed.length === 0
      ? `You knew ${s.total === 1 ? 'it' : `all ${s.total}`} the first time. Brilliant!`
      : `All done! You knew ${knew} of ${s.total} the first time, and now you know the other ${s.missed.length} too.`;
  return {
    reply: `${lead} ${summary}`,
    memory: { missed: s.missed.map((i) => ctx.config.cards[i]!.front) },
  };
}

function next(ctx: Ctx, s: FlashcardsSession, knew: boolean, lead: string): Step {
  const [card, ...rest] = s.queue;
  const first = s.firstPass > 0;
  const after: FlashcardsSession = {
    queue: knew ? rest : [...rest, card!],
    firstPass: first ? s.firstPass - 1 : 0,
    missed: first && !knew ? [...s.missed, card!] : s.missed,
    total: s.total,
  };
  const upNext = cardOf(ctx, after);
  if (!upNext) return finish(ctx, after, lead);
  const review =
    first && after.firstPass === 0
      ? ` You knew ${after.total - after.missed.length} of ${after.total} the first time. Let's go over the ${after.missed.length === 1 ? 'one' : after.missed.length} you missed.`
      : '';
  const again = first && !knew && !review ? " I'll ask that one again later." : '';
  return { reply: `${lead}${again}${review} ${prompt(ctx, upNext)}`, session: after };
}

function turn(ctx: Ctx, s: FlashcardsSession, said: string): Step {
  const card = cardOf(ctx, s);
  // The cards were edited during practice: the pile no longer fits them.
  if (!card) {
    const again = start(ctx);
    return { ...again, reply: `The cards changed, so let's start again. ${again.reply}` };
  }
  if (sameAnswer(said, card.back))
    return { ...next(ctx, s, true, 'Yes!'), matched: `“${said}” is the answer, “${card.back}”` };
  if (GIVE_UPS.some((g) => sameAnswer(said, g)))
    return {
      ...next(ctx, s, false, `It's “${card.back}”.`),
      matched: `“${said}” asks to see the answer`,
    };
  if (tokenize(said).raw.length === 0 || tooLong(said, card.back))
    return {
      reply: `${prompt(ctx, card)} Say the answer, or “show me” if you don't know.`,
      session: s,
      unexpected: true,
    };
  return {
    ...next(ctx, s, false, `Not quite: it's “${card.back}”.`),
    matched: `“${said}” is not “${card.back}”`,
  };
}

function help(ctx: Ctx, s: FlashcardsSession): string {
  const card = cardOf(ctx, s);
  if (!card) return 'Say “start over” to practise the cards again.';
  const other = ctx.config.cards.find((c) => c !== card);
  const like = other ? ` For “${other.front}” you would say “${other.back}”.` : '';
  return `Say what goes with “${card.front}”.${like} Say “show me” if you don't know: I'll tell you and ask it again later.`;
}

function describe(ctx: Ctx, s: FlashcardsSession): string[] {
  const card = cardOf(ctx, s);
  const asked = s.total - s.firstPass;
  return [
    card ? `Card: “${card.front}”` : 'No card',
    s.firstPass > 0
      ? `First time through: card ${asked + 1} of ${s.total}`
      : `Going over the missed ones: ${s.queue.length} left`,
    `Knew the first time: ${asked - s.missed.length}; missed: ${s.missed.length}`,
  ];
}

/** Stopping early: the score so far, and the misses to start with next time. */
function goodbye(ctx: Ctx, s: FlashcardsSession): Step | undefined {
  const asked = s.total - s.firstPass;
  if (asked === 0) return undefined;
  // Last time's misses not reached yet still need practice.
  const unseen = new Set(s.queue.slice(0, s.firstPass));
  const stillMissed = ctx.memory.missed.filter((front) =>
    ctx.config.cards.some((c, i) => c.front === front && unseen.has(i)),
  );
  const missed = [...s.missed.map((i) => ctx.config.cards[i]!.front), ...stillMissed];
  return {
    reply: `You knew ${asked - s.missed.length} of ${asked} so far.`,
    memory: { missed },
  };
}

const fields: readonly FieldSpec[] = [
  {
    kind: 'text',
    key: 'instruction',
    label: 'What to say before each card',
    hint: 'For example “Say the French word for”. Leave it empty for “What’s on the back of”.',
    placeholder: 'Say the French word for',
  },
  {
    kind: 'list',
    key: 'cards',
    label: 'Cards',
    hint: 'The front is shown; the answer is what the person should say.',
    itemLabel: 'card',
    min: 1,
    max: MAX_CARDS,
    fields: [
      { kind: 'text', key: 'front', label: 'Front', placeholder: 'cat' },
      { kind: 'text', key: 'back', label: 'Answer (the back)', placeholder: 'chat' },
    ],
  },
];

const example: FlashcardsConfig = {
  instruction: 'Say the French word for',
  cards: [
    { front: 'cat', back: 'chat' },
    { front: 'dog', back: 'chien' },
    { front: 'apple', back: 'pomme' },
    { front: 'house', back: 'maison' },
    { front: 'bread', back: 'pain' },
    { front: 'thank you', back: 'merci' },
    { front: 'good night', back: 'bonne nuit' },
    { front: 'friend', back: 'ami' },
  ],
};

export const flashcardsBlueprint: Blueprint<FlashcardsConfig, FlashcardsSession, FlashcardsMemory> =
  {
    id: 'flashcards',
    category: 'learning',
    title: 'Flash cards',
    description:
      'Shows your cards one by one, checks the answers, and goes over the ones you missed.',
    defaultName: 'French words',
    schema: flashcardsConfigSchema,
    example,
    fields,
    tryThese: (config) => {
      const [first, second] = config.cards;
      return [first?.back, second?.back, 'show me'].filter((t): t is string => !!t);
    },
    runtime: {
      sessionSchema: flashcardsSessionSchema,
      memorySchema: flashcardsMemorySchema,
      initialMemory: { missed: [] },
      start,
      turn,
      help,
      describe,
      goodbye,
    },
  };
