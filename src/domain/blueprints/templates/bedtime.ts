// Bedtime story: a story with blanks in square brackets ("[name] met a [animal]"). The skill asks
// for each blank — picking from its choices, "surprise me", or any word or two when it has none —
// then tells the whole story with the child's name and the chosen words, and says good night.
import { capitalize, joinList } from '../../assistant/words.ts';
import { z } from '../../zod.ts';
import { pickChoice, sameAnswer } from '../match.ts';
import type { Blueprint, FieldSpec, SkillContext, SkillStep } from '../types.ts';
import { blankKey, blanksIn, fillBlanks, isBlankName, shortAnswer } from './blanks.ts';

/** The blank that is always the child's name. */
const NAME = 'name';
const MAX_BLANKS = 20;
/** Words a blank without choices may be filled with. */
const MAX_WORDS = 4;

const text = (max: number, empty: string, long: string) =>
  z.string().check(z.trim(), z.minLength(1, empty), z.maxLength(max, long));

const blankSchema = z.strictObject({
  /** The word in brackets, without them ("animal"). */
  blank: text(30, 'write the word in brackets, like animal', 'keep the blank under 30 letters'),
  /** "What animal should be in the story?" */
  question: text(160, 'write the question to ask', 'keep the question under 160 letters'),
  /** Words to pick from; empty: any word or two. */
  choices: z
    .array(text(40, 'write the choice or remove it', 'keep a choice under 40 letters'))
    .check(z.maxLength(10, 'at most 10 choices')),
});

export const bedtimeConfigSchema = z
  .strictObject({
    childName: text(40, "write the child's name", 'keep the name under 40 letters'),
    story: text(3000, 'write the story', 'keep the story under 3000 letters'),
    blanks: z.array(blankSchema).check(z.maxLength(MAX_BLANKS, `at most ${MAX_BLANKS} blanks`)),
  })
  // The story and the list of blanks must agree: each [blank] is asked for, each question used.
  .check(
    z.superRefine((config, ctx) => {
      const issue = (message: string, path: (string | number)[]) =>
        ctx.addIssue({ code: 'custom', message, path, input: config });
      const inStory = blanksIn(config.story);
      if (inStory.includes(''))
        issue('a blank needs a word between the brackets, like [animal]', ['story']);
      const listed = config.blanks.map((b) => blankKey(b.blank));
      for (const key of inStory)
        if (key !== '' && key !== NAME && !listed.includes(key))
          issue(`the story has [${key}]: add a blank called “${key}” below`, ['blanks']);
      listed.forEach((key, i) => {
        const at = ['blanks', i, 'blank'];
        if (key === NAME) issue(`[name] is always ${config.childName}: remove this blank`, at);
        else if (!isBlankName(key)) issue('use only letters, digits and spaces', at);
        else if (listed.indexOf(key) !== i) issue(`“${key}” is already a blank above`, at);
        else if (!inStory.includes(key))
          issue(`the story has no [${key}]: put it in the story or remove this blank`, at);
      });
    }),
  );
export type BedtimeConfig = z.infer<typeof bedtimeConfigSchema>;
type Blank = BedtimeConfig['blanks'][number];

export const bedtimeSessionSchema = z.strictObject({
  /** The words chosen so far, one per blank in the form's order: the next is being asked. */
  words: z.array(z.string().check(z.maxLength(80))).check(z.maxLength(MAX_BLANKS)),
});
export type BedtimeSession = z.infer<typeof bedtimeSessionSchema>;

export const bedtimeMemorySchema = z.strictObject({ told: z.int().check(z.minimum(0)) });
export type BedtimeMemory = z.infer<typeof bedtimeMemorySchema>;

type Ctx = SkillContext<BedtimeConfig, BedtimeMemory>;
type Step = SkillStep<BedtimeSession, BedtimeMemory>;

/** Letting the skill choose. */
const SURPRISES = [
  'surprise me',
  'you choose',
  'you pick',
  'you decide',
  'anything',
  'any',
  'whatever',
  'random',
  "I don't mind",
];

const asking = (ctx: Ctx, s: BedtimeSession): Blank | undefined =>
  ctx.config.blanks[s.words.length];

const offered = (blank: Blank) =>
  blank.choices.length > 0
    ? `You could say ${joinList(blank.choices, 'or')}, or “surprise me”.`
    : 'Say any word or two.';

const question = (blank: Blank) => `${blank.question} ${offered(blank)}`;

/** The story with the words filled in, and good night. */
function tell(ctx: Ctx, s: BedtimeSession): Step {
  const { childName, story, blanks } = ctx.config;
  const words = new Map(blanks.map((b, i) => [blankKey(b.blank), s.words[i]!] as const));
  const told = fillBlanks(story, (key) => (key === NAME ? childName : words.get(key))).trim();
  const end = /the end\W*$/i.test(told) ? '' : ' The end.';
  return {
    reply: `${told}${end} Sleep tight, ${childName}.`,
    memory: { told: ctx.memory.told + 1 },
  };
}

/** The next question, or the story once every blank has its word. */
function next(ctx: Ctx, s: BedtimeSession, lead: string): Step {
  const blank = asking(ctx, s);
  if (!blank) {
    const story = tell(ctx, s);
    return { ...story, reply: `${lead}${lead ? ' ' : ''}${story.reply}` };
  }
  return { reply: `${lead}${lead ? ' ' : ''}${question(blank)}`, session: s };
}

function start(ctx: Ctx): Step {
  const s = { words: [] };
  if (!asking(ctx, s)) return tell(ctx, s);
  return next(ctx, s, `Let's make up a story for ${ctx.config.childName}!`);
}

function turn(ctx: Ctx, s: BedtimeSession, said: string): Step {
  const blank = asking(ctx, s);
  // The story was edited since the questions began: ask again from the first.
  if (!blank) return next(ctx, { words: [] }, 'The story changed, so let me ask again.');
  const chosen = (word: string, matched: string, lead = `${capitalize(word)}!`): Step => ({
    ...next(ctx, { words: [...s.words, word] }, lead),
    matched,
  });
  const surprise = SURPRISES.some((p) => sameAnswer(said, p));
  if (blank.choices.length > 0) {
    const picked = pickChoice(said, blank.choices);
    if (picked !== undefined)
      return chosen(blank.choices[picked]!, `“${said}” is the choice “${blank.choices[picked]}”`);
    if (surprise) {
      const word = blank.choices[Math.floor(ctx.random() * blank.choices.length)]!;
      return chosen(
        word,
        `“${said}”: “${word}” picked at random from the choices`,
        `I pick ${word}!`,
      );
    }
    return {
      reply: `Pick one of these: ${joinList(blank.choices, 'or')}, or say “surprise me”.`,
      session: s,
      unexpected: true,
    };
  }
  if (surprise) return { reply: `This one is up to you! ${question(blank)}`, session: s };
  const word = shortAnswer(said, MAX_WORDS);
  if (word) return chosen(word, `“${word}” goes in the story as said`);
  return {
    reply: `Just a word or two, please. ${blank.question}`,
    session: s,
    unexpected: true,
  };
}

function help(ctx: Ctx, s: BedtimeSession): string {
  const blank = asking(ctx, s);
  if (!blank) return 'Say “start over” for a new story.';
  const left = ctx.config.blanks.length - s.words.length;
  const rest =
    left === 1
      ? 'This is the last question before the story.'
      : `${left - 1} more after this one, then the story.`;
  if (blank.choices.length > 0)
    return `I'm asking: ${blank.question} Say one of ${joinList(blank.choices, 'or')}, like “${blank.choices[0]}”, or “surprise me”. ${rest}`;
  return `I'm asking: ${blank.question} Any word or two will do, the sillier the better. ${rest}`;
}

function describe(ctx: Ctx, s: BedtimeSession): string[] {
  const blank = asking(ctx, s);
  const chosen = ctx.config.blanks
    .slice(0, s.words.length)
    .map((b, i) => `${blankKey(b.blank)}: ${s.words[i]}`);
  return [
    blank
      ? `Question ${s.words.length + 1} of ${ctx.config.blanks.length}: ${blank.question}`
      : 'Ready to tell the story',
    chosen.length > 0 ? `Chosen so far: ${chosen.join(', ')}` : 'Nothing chosen yet',
    ...(ctx.memory.told > 0 ? [`Stories told before: ${ctx.memory.told}`] : []),
  ];
}

const fields: readonly FieldSpec[] = [
  { kind: 'text', key: 'childName', label: "Child's name", placeholder: 'Maya' },
  {
    kind: 'text',
    key: 'story',
    label: 'Story',
    hint: 'Put a word in square brackets where the child chooses: [animal], [place]. [name] is the child’s name.',
    multiline: true,
    placeholder: 'Once upon a time, [name] met a [animal] in the [place]…',
  },
  {
    kind: 'list',
    key: 'blanks',
    label: 'Blanks',
    hint: 'One for each word in brackets in the story (not [name]).',
    itemLabel: 'blank',
    max: MAX_BLANKS,
    fields: [
      { kind: 'text', key: 'blank', label: 'Word in brackets', placeholder: 'animal' },
      {
        kind: 'text',
        key: 'question',
        label: 'Question to ask',
        placeholder: 'What animal should be in the story?',
      },
      {
        kind: 'words',
        key: 'choices',
        label: 'Choices',
        hint: 'Leave empty to take any word or two.',
        itemLabel: 'choice',
        suggest: true,
        max: 10,
      },
    ],
  },
];

const example: BedtimeConfig = {
  childName: 'Maya',
  story:
    'Once upon a time, [name] found a tiny [animal] hiding under the [place]. “I’m lost,” said the [animal]. “Will you help me find my way home?” So [name] packed a [food] sandwich, and off they went, over the hills and through the whispering woods. At last they saw a little door glowing [colour] in the moonlight. “Home!” cried the [animal], and the whole family came out to say thank you. Then [name] walked back, yawned a great big yawn, and climbed into a warm, cosy bed.',
  blanks: [
    {
      blank: 'animal',
      question: 'What animal should be in the story?',
      choices: ['owl', 'hedgehog', 'dragon', 'bunny'],
    },
    {
      blank: 'place',
      question: 'Where was it hiding?',
      choices: ['garden bench', 'big oak tree', 'kitchen table'],
    },
    { blank: 'food', question: 'What goes in the sandwich?', choices: [] },
    {
      blank: 'colour',
      question: 'What colour was the little door?',
      choices: ['gold', 'silver', 'purple', 'blue'],
    },
  ],
};

export const bedtimeBlueprint: Blueprint<BedtimeConfig, BedtimeSession, BedtimeMemory> = {
  id: 'bedtime',
  category: 'story',
  title: 'Bedtime story',
  description:
    'Asks the child to choose a few words, then tells your story with their name and their choices.',
  defaultName: 'Bedtime story',
  schema: bedtimeConfigSchema,
  example,
  fields,
  tryThese: (config) => {
    const first = config.blanks[0];
    if (!first) return ['start over', 'repeat'];
    return first.choices.length > 0
      ? [first.choices[0]!, 'surprise me', 'help']
      : [`a ${blankKey(first.blank)}`, 'help'];
  },
  runtime: {
    sessionSchema: bedtimeSessionSchema,
    memorySchema: bedtimeMemorySchema,
    initialMemory: { told: 0 },
    start,
    turn,
    help,
    describe,
  },
};
