// Fun facts, jokes and compliments: one runtime for a list of sentences said at random. No
// sentence comes again until every one was said — across sessions, since the ones said this
// round are remembered — and "Want another?" carries on. Asked in one go ("ask jokes for a
// joke"), it says one without opening a session.
import { z } from '../../zod.ts';
import { bestMatch, describeMatch, yesOrNo } from '../match.ts';
import type {
  Blueprint,
  BlueprintCategory,
  BlueprintId,
  FieldSpec,
  SkillContext,
  SkillRuntime,
  SkillStep,
} from '../types.ts';

export const MAX_ITEMS = 200;

export const randomListConfigSchema = z.strictObject({
  items: z
    .array(
      z
        .string()
        .check(
          z.trim(),
          z.minLength(1, 'write it or remove it'),
          z.maxLength(300, 'keep each one under 300 letters'),
        ),
    )
    .check(z.minLength(1, 'add at least one'), z.maxLength(MAX_ITEMS, `at most ${MAX_ITEMS}`)),
});
export type RandomListConfig = z.infer<typeof randomListConfigSchema>;

const index = z.int().check(z.minimum(0));

export const randomListSessionSchema = z.strictObject({
  /** How many were said in this session. */
  count: index,
});
export type RandomListSession = z.infer<typeof randomListSessionSchema>;

export const randomListMemorySchema = z.strictObject({
  /** The items said since the last full round, in order (indices into the config). */
  said: z.array(index).check(z.maxLength(MAX_ITEMS)),
});
export type RandomListMemory = z.infer<typeof randomListMemorySchema>;

type Ctx = SkillContext<RandomListConfig, RandomListMemory>;
type Step = SkillStep<RandomListSession, RandomListMemory>;

/** The next item: one not said this round; when all were, a new round (not the last one again). */
function pick(ctx: Ctx): { at: number; said: number[]; newRound: boolean } {
  const n = ctx.config.items.length;
  // Items removed from the form since are forgotten.
  const said = ctx.memory.said.filter((i) => i < n);
  let left = [...Array(n).keys()].filter((i) => !said.includes(i));
  const newRound = left.length === 0;
  if (newRound) {
    const last = said.at(-1);
    left = [...Array(n).keys()].filter((i) => n === 1 || i !== last);
  }
  const at = left[Math.min(left.length - 1, Math.floor(ctx.random() * left.length))]!;
  return { at, said: newRound ? [at] : [...said, at], newRound };
}

interface Kind {
  id: BlueprintId;
  category: BlueprintCategory;
  title: string;
  description: string;
  defaultName: string;
  /** What one item is called: "joke". */
  noun: string;
  /** The form's label for the list: "Jokes". */
  label: string;
  hint: string;
  placeholder: string;
  example: string[];
}

function runtimeFor(
  kind: Kind,
): SkillRuntime<RandomListConfig, RandomListSession, RandomListMemory> {
  const { noun } = kind;
  /** Asking for one more, besides a yes ("another", "tell me another joke"). */
  const more = [
    'another',
    'another one',
    `another ${noun}`,
    'more',
    `one more ${noun}`,
    'next',
    `next ${noun}`,
    'tell me another',
    `tell me another ${noun}`,
    `give me another ${noun}`,
    'keep going',
    'keep them coming',
    'go on',
    'hit me',
  ];
  /** Enough for now: said as "no more", "that's enough" and the like. */
  const enough = ['no more', `no more ${noun}s`, "that's enough", "I'm good", 'no thanks'];

  const say = (ctx: Ctx, count: number): Step => {
    const { at, said, newRound } = pick(ctx);
    const again =
      newRound && ctx.config.items.length > 1
        ? `That was all ${ctx.config.items.length} of them, so here they come again. `
        : '';
    return {
      reply: `${again}${ctx.config.items[at]} Want another?`,
      session: { count },
      memory: { said },
    };
  };

  return {
    sessionSchema: randomListSessionSchema,
    memorySchema: randomListMemorySchema,
    initialMemory: { said: [] },
    start: (ctx) => say(ctx, 1),
    turn(ctx, s, said) {
      const yes = yesOrNo(said);
      // yesOrNo leaves "another" and "more" to the skill; they are matched against both lists
      // so that "no more" is read as enough, not as "more".
      const asked = yes ? undefined : bestMatch(said, [more, enough]);
      if (yes === 'yes' || asked?.index === 0)
        return {
          ...say(ctx, s.count + 1),
          ...(asked ? { matched: describeMatch(asked, 'request') } : {}),
        };
      if (yes === 'no' || asked?.index === 1)
        return {
          reply: 'Okay, see you next time!',
          ...(asked ? { matched: describeMatch(asked, 'request') } : {}),
        };
      return {
        reply: `Say “another” for one more ${noun}, or “no” to stop.`,
        session: s,
        unexpected: true,
      };
    },
    /** "ask jokes for a joke": one, without a session. */
    ask(ctx) {
      const step = say(ctx, 1);
      return { reply: step.reply.replace(/ Want another\?$/, ''), memory: step.memory! };
    },
    help: () => `Say “another” for one more ${noun}, or “no” to stop.`,
    describe(ctx, s) {
      const n = ctx.config.items.length;
      const round = ctx.memory.said.filter((i) => i < n).length;
      return [
        `Said ${s.count} this time`,
        `This round: ${round} of ${n} said; none repeats until all were said`,
      ];
    },
  };
}

function blueprintFor(
  kind: Kind,
): Blueprint<RandomListConfig, RandomListSession, RandomListMemory> {
  const fields: readonly FieldSpec[] = [
    {
      kind: 'words',
      key: 'items',
      label: kind.label,
      hint: kind.hint,
      itemLabel: kind.noun,
      min: 1,
      max: MAX_ITEMS,
      placeholder: kind.placeholder,
    },
  ];
  return {
    id: kind.id,
    category: kind.category,
    title: kind.title,
    description: kind.description,
    defaultName: kind.defaultName,
    schema: randomListConfigSchema,
    example: { items: kind.example },
    fields,
    tryThese: (config) =>
      config.items.length > 1
        ? [`tell me another ${kind.noun}`, 'one more', 'no thanks']
        : ['yes', 'no thanks'],
    runtime: runtimeFor(kind),
  };
}

export const funFactsBlueprint = blueprintFor({
  id: 'funFacts',
  category: 'learning',
  title: 'Fun facts',
  description: 'Tells a surprising fact from your list, a different one each time.',
  defaultName: 'Fun facts',
  noun: 'fact',
  label: 'Facts',
  hint: 'One fact per line. Each is told once before any comes again.',
  placeholder: 'Octopuses have three hearts.',
  example: [
    'Octopuses have three hearts.',
    'Honey never goes bad: jars thousands of years old are still good to eat.',
    'A group of flamingos is called a flamboyance.',
    'Bananas are berries, but strawberries are not.',
    'Sea otters hold hands while they sleep, so they don’t drift apart.',
    'A day on Venus is longer than its whole year.',
    'Butterflies taste with their feet.',
    'The Eiffel Tower grows a little taller in summer, because warm metal stretches.',
    'Wombat poop is shaped like little cubes.',
    'A snail can sleep for three years.',
  ],
});

export const jokesBlueprint = blueprintFor({
  id: 'jokes',
  category: 'fun',
  title: 'Jokes',
  description: 'Tells a joke from your list, and never the same one twice until all were told.',
  defaultName: 'Jokes',
  noun: 'joke',
  label: 'Jokes',
  hint: 'One joke per line; the question and its answer can share the line.',
  placeholder: 'Why did the cookie go to the doctor? It felt crummy.',
  example: [
    'Why did the scarecrow win a prize? Because he was outstanding in his field.',
    'What do you call a sleeping dinosaur? A dino-snore.',
    'Why don’t eggs tell jokes? They’d crack each other up.',
    'What do you call a fish with no eyes? A fsh.',
    'Why did the teddy bear skip dessert? It was already stuffed.',
    'What has ears but cannot hear? A field of corn.',
    'Why was the maths book sad? It had too many problems.',
    'What do you call cheese that isn’t yours? Nacho cheese.',
  ],
});

export const complimentsBlueprint = blueprintFor({
  id: 'compliments',
  category: 'fun',
  title: 'Compliments',
  description: 'Says something kind from your list, a different one each time.',
  defaultName: 'Compliments',
  noun: 'compliment',
  label: 'Compliments',
  hint: 'One kind sentence per line.',
  placeholder: 'You make this house feel like home.',
  example: [
    'You make this house feel like home.',
    'Your laugh is the best sound in the whole house.',
    'You are kinder than you know.',
    'You always know how to cheer everyone up.',
    'You are a wonderful friend.',
    'Your ideas are brilliant.',
    'You make hard things look easy.',
    'The world is better with you in it.',
  ],
});
