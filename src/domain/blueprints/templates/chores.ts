// Chore chart: who does which chore on which weekdays. "What are my chores today?" asks who is
// asking when it cannot tell ("Who's asking: Emma, Maya or Leo?") and remembers the answer for
// the rest of the session; "what are Leo's chores on Saturday", "what does Maya do tomorrow" and
// "who feeds the cat today" are answered for that weekday in the home's time zone.
import { joinList } from '../../assistant/words.ts';
import { words as splitWords } from '../../language/normalize.ts';
import { z } from '../../zod.ts';
import { bestMatch, describeMatch, yesOrNo } from '../match.ts';
import type { Blueprint, SkillContext, SkillStep } from '../types.ts';
import { choresOf, doesPerson, everyonesDay, peopleOf, personsDay, whoDoes } from './choreChart.ts';
import { dayNumber, readDay, weekdayOf, WEEKDAY_NAMES, type SaidDay } from './days.ts';
import { mentions, without } from './mentions.ts';
import { thirdPerson } from './verbs.ts';

export const MAX_CHORES = 40;

const weekday = z.literal([0, 1, 2, 3, 4, 5, 6]);

export const choresConfigSchema = z.strictObject({
  chores: z
    .array(
      z.strictObject({
        chore: z
          .string()
          .check(
            z.trim(),
            z.minLength(1, 'write the chore, like “feed the cat”'),
            z.maxLength(80, 'keep the chore under 80 letters'),
          ),
        person: z
          .string()
          .check(
            z.trim(),
            z.minLength(1, 'write who does it'),
            z.maxLength(40, 'keep the name under 40 letters'),
          ),
        days: z.array(weekday).check(
          z.minLength(1, 'choose at least one day'),
          z.maxLength(7),
          z.refine((d) => new Set(d).size === d.length, 'choose each day only once'),
        ),
      }),
    )
    .check(
      z.minLength(1, 'add at least one chore'),
      z.maxLength(MAX_CHORES, `at most ${MAX_CHORES} chores`),
    ),
});

export type ChoresConfig = z.infer<typeof choresConfigSchema>;

export interface ChoresSession {
  /** Who is asking, once they said ("Maya" to "Who's asking?"). */
  who?: string;
  /** Whom the last answer was about, for "and on Saturday?". */
  about?: string;
  /** "Who's asking?" was asked, to answer for this day. */
  waiting?: SaidDay;
}

const name = z.string().check(z.maxLength(60));
const saidDaySchema = z.strictObject({ weekday, words: z.string().check(z.maxLength(20)) });

const sessionSchema: z.ZodMiniType<ChoresSession> = z.strictObject({
  who: z.optional(name),
  about: z.optional(name),
  waiting: z.optional(saidDaySchema),
});

type Nothing = Record<string, never>;
const nothing = z.strictObject({}) as unknown as z.ZodMiniType<Nothing>;
type Ctx = SkillContext<ChoresConfig, Nothing>;
type Step = SkillStep<ChoresSession, Nothing>;

/** Everything a request says that the chart can use. */
interface Request {
  day?: SaidDay;
  /** People of the chart named, in the order said. */
  named: string[];
  /** "my", "I", "me": the person asking speaks of themselves. */
  self: boolean;
  chore?: string;
  /** "who does what", "what are the chores": everyone's chores. */
  everyone: boolean;
  /** Nothing but a name and "I am", "it's me", "this is": the person says who is asking. */
  introduction: boolean;
  /** For "Why?". */
  notes: string[];
}

const INTRODUCTION = new Set(['i', 'am', 'it', 'is', 'me', 'this', 'here', 'name', 'called']);

const SELF = new Set(['i', 'me', 'my', 'mine', 'myself']);
/** Words that make "my …" a question about chores, with no day or chore said. */
const CHORE_WORDS = new Set([
  'chore',
  'chores',
  'job',
  'jobs',
  'do',
  'doing',
  'task',
  'tasks',
  'turn',
]);

const EVERYONE = [
  'what are the chores',
  'what chores are there',
  'who does what',
  'what needs doing',
  "what are everyone's chores",
  'chores',
];

function chorePhrasings(chore: string): string[] {
  return [chore, `who ${thirdPerson(chore)}`, `who has to ${chore}`, `whose job is it to ${chore}`];
}

const today = (ctx: Ctx) => dayNumber(ctx.now, ctx.timeZone);

function read(ctx: Ctx, said: string): Request {
  const notes: string[] = [];
  const heard = splitWords(said);
  const day = readDay(said, today(ctx));
  const people = peopleOf(ctx.config.chores);
  const found = mentions(said, people);
  const named = found.map((m) => people[m.option]!);
  if (named.length > 0) notes.push(`heard the name ${joinList(named)}`);
  if (day) notes.push(`the day: ${day.words}`);
  // What is left once names and the day are taken out: a chore, or a question about everyone.
  const rest = without(said, day ? [...found, day.at] : found);
  const chores = choresOf(ctx.config.chores);
  const match = rest ? bestMatch(rest, chores.map(chorePhrasings)) : undefined;
  if (match) notes.push(describeMatch(match, 'chore'));
  const everyone = !match && bestMatch(rest, [EVERYONE]) !== undefined;
  const introduction =
    named.length > 0 &&
    without(said, found)
      .split(' ')
      .every((w) => INTRODUCTION.has(w));
  return {
    ...(day ? { day: { weekday: day.weekday, words: day.words } } : {}),
    named,
    // "me" in "tell me a joke" is not a question about one's chores.
    self:
      heard.some((w) => SELF.has(w)) &&
      (introduction || Boolean(day || match) || heard.some((w) => CHORE_WORDS.has(w))),
    ...(match ? { chore: chores[match.index] } : {}),
    everyone,
    introduction,
    notes,
  };
}

const whoIsAsking = (ctx: Ctx) => `Who's asking: ${joinList(peopleOf(ctx.config.chores), 'or')}?`;

/** Answers a request; undefined when it is not one the chart can answer. */
function respond(ctx: Ctx, session: ChoresSession, r: Request): Step | undefined {
  const chart = ctx.config.chores;
  const day = r.day ?? { weekday: weekdayOf(today(ctx)), words: 'today' };
  const matched = r.notes.length > 0 ? { matched: r.notes.join('; ') } : {};
  const [person] = r.named;
  // "I'm Maya": from now on, "my" is Maya.
  const who = r.self && person ? person : session.who;
  const keep = (about: string | undefined): ChoresSession => ({
    ...(who ? { who } : {}),
    ...(about ? { about } : {}),
  });
  if (person && !r.self) {
    const reply = r.chore
      ? doesPerson(chart, person, r.chore, day)
      : personsDay(chart, person, day, false);
    return { reply, session: keep(person), ...matched };
  }
  if (r.self) {
    if (!who)
      return { reply: whoIsAsking(ctx), session: { ...keep(undefined), waiting: day }, ...matched };
    if (r.chore)
      return { reply: doesPerson(chart, who, r.chore, day), session: keep(who), ...matched };
    if (person && r.introduction)
      return {
        reply: `Hi ${who}! Ask me about your chores, like “what are my chores today?”.`,
        session: keep(who),
        ...matched,
      };
    return { reply: personsDay(chart, who, day, true), session: keep(who), ...matched };
  }
  if (r.chore)
    return { reply: whoDoes(chart, r.chore, day), session: keep(session.about), ...matched };
  if (r.everyone) return { reply: everyonesDay(chart, day), session: keep(undefined), ...matched };
  if (r.day) {
    // "And on Saturday?": about the same person as before, or everyone.
    const about = session.about;
    const reply = about ? personsDay(chart, about, day, about === who) : everyonesDay(chart, day);
    return { reply, session: keep(about), ...matched };
  }
  return undefined;
}

/** "like “what does Emma do tomorrow?” or “who empties the dishwasher today?”", from the chart. */
function examples(ctx: Ctx): string {
  const [first] = ctx.config.chores;
  if (!first) return 'like “what are my chores today?”';
  return `like “what does ${first.person.trim()} do tomorrow?” or “who ${thirdPerson(first.chore.trim())} today?”`;
}

const done = (said: string) =>
  yesOrNo(said) !== undefined ||
  bestMatch(said, [['thanks', 'thank you', 'nothing else', 'all done', 'that is it']]) !==
    undefined;

const peopleList = (config: ChoresConfig) => joinList(peopleOf(config.chores), 'or');

export const choresBlueprint: Blueprint<ChoresConfig, ChoresSession, Nothing> = {
  id: 'chores',
  category: 'home',
  title: 'Chore chart',
  description: 'Who does which chore on which day: “what are my chores today?”',
  defaultName: 'Chore chart',
  schema: choresConfigSchema,
  example: {
    chores: [
      { chore: 'empty the dishwasher', person: 'Emma', days: [1, 2, 3, 4, 5] },
      { chore: 'make the pancakes', person: 'Emma', days: [0] },
      { chore: 'feed the cat', person: 'Maya', days: [0, 1, 3, 5] },
      { chore: 'water the plants', person: 'Maya', days: [3, 6] },
      { chore: 'set the table', person: 'Maya', days: [2, 4] },
      { chore: 'feed the cat', person: 'Leo', days: [2, 4, 6] },
      { chore: 'set the table', person: 'Leo', days: [1, 3, 5] },
      { chore: 'take out the recycling', person: 'Leo', days: [2] },
      { chore: 'tidy up the toys', person: 'Leo', days: [6] },
    ],
  },
  fields: [
    {
      kind: 'list',
      key: 'chores',
      label: 'Chores',
      hint: 'Each chore, who does it, and on which days.',
      itemLabel: 'chore',
      min: 1,
      max: MAX_CHORES,
      fields: [
        {
          kind: 'text',
          key: 'chore',
          label: 'Chore',
          hint: 'Start with what to do: “feed the cat”.',
          placeholder: 'feed the cat',
        },
        { kind: 'text', key: 'person', label: 'Who does it', placeholder: 'Maya' },
        { kind: 'days', key: 'days', label: 'On these days' },
      ],
    },
  ],
  tryThese: (config) => {
    const [first] = config.chores;
    const people = peopleOf(config.chores);
    const saturday = WEEKDAY_NAMES[6];
    return [
      'what are my chores today?',
      ...(people[1] ? [`what are ${people[1]}'s chores on ${saturday}?`] : []),
      ...(first ? [`who ${thirdPerson(first.chore.trim())} today?`] : []),
    ];
  },
  runtime: {
    sessionSchema,
    memorySchema: nothing,
    initialMemory: {},
    start: (ctx) => ({
      reply: `Ask me about chores, ${examples(ctx)}.`,
      session: {},
    }),
    turn(ctx, session, said) {
      const r = read(ctx, said);
      const [person] = r.named;
      // The answer to "Who's asking?": that person's chores for the day asked about.
      if (session.waiting && person) {
        const day = r.day ?? session.waiting;
        return {
          reply: personsDay(ctx.config.chores, person, day, true),
          session: { who: person, about: person },
          matched: r.notes.join('; '),
        };
      }
      const step = respond(ctx, session, r);
      if (step) return step;
      if (done(said)) return { reply: 'All right!' };
      if (session.waiting)
        return {
          reply: `Sorry, who's asking? Say your name: ${peopleList(ctx.config)}.`,
          session,
          unexpected: true,
        };
      return {
        reply: `Sorry, I didn't get that. Ask about a person or a chore, ${examples(ctx)}.`,
        session,
        unexpected: true,
      };
    },
    ask(ctx, said) {
      const step = respond(ctx, {}, read(ctx, said));
      if (!step) return undefined;
      // A one-shot answer ends there, unless it needs to know who is asking.
      return step.session?.waiting
        ? step
        : { reply: step.reply, ...(step.matched ? { matched: step.matched } : {}) };
    },
    help(ctx, session) {
      if (session.waiting) return `Tell me who's asking: ${peopleList(ctx.config)}.`;
      return `Ask about a person and a day, or about a chore, ${examples(ctx)}.`;
    },
    describe(_ctx, session) {
      return [
        session.who ? `Asking: ${session.who}` : 'Not yet known who is asking',
        ...(session.waiting ? [`Waiting to hear who is asking, for ${session.waiting.words}`] : []),
        ...(session.about && session.about !== session.who ? [`Last about: ${session.about}`] : []),
      ];
    },
  },
};
