// Whose turn: tasks shared by a family ("do the dishes" among Emma, Maya and Leo). Asking whose
// turn it is names the next person and moves the rotation on; the rotation is remembered between
// sessions (whoseTurnRotation.ts). "Skip" or "Maya can't" gives the turn to the next person, and
// Maya goes first next time; "who did it last?" is answered from memory.
import { joinList } from '../../assistant/words.ts';
import { z } from '../../zod.ts';
import { bestMatch, describeMatch, pickChoice, yesOrNo, type TextMatch } from '../match.ts';
import type { Blueprint, SkillContext, SkillStep } from '../types.ts';
import { dayNumber, whenPast } from './days.ts';
import { mentions } from './mentions.ts';
import { pastTense, thirdPerson } from './verbs.ts';
import {
  emptyMemory,
  remember,
  rotationOf,
  skipTurn,
  nextTurn,
  whoseTurnMemorySchema,
  type WhoseTurnMemory,
} from './whoseTurnRotation.ts';

export const MAX_TASKS = 10;
export const MAX_PEOPLE = 12;

const personName = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, 'write the name or remove it'),
    z.maxLength(40, 'keep a name under 40 letters'),
  );

export const whoseTurnConfigSchema = z.strictObject({
  tasks: z
    .array(
      z.strictObject({
        task: z
          .string()
          .check(
            z.trim(),
            z.minLength(1, 'write the task, like “do the dishes”'),
            z.maxLength(80, 'keep the task under 80 letters'),
          ),
        people: z.array(personName).check(
          z.minLength(2, 'add at least two people to take turns'),
          z.maxLength(MAX_PEOPLE, `at most ${MAX_PEOPLE} people`),
          z.refine(
            (names) => new Set(names.map((n) => n.trim().toLowerCase())).size === names.length,
            'each name only once',
          ),
        ),
      }),
    )
    .check(
      z.minLength(1, 'add at least one task'),
      z.maxLength(MAX_TASKS, `at most ${MAX_TASKS} tasks`),
      z.refine(
        (tasks) => new Set(tasks.map((t) => t.task.trim().toLowerCase())).size === tasks.length,
        'each task only once',
      ),
    ),
});

export type WhoseTurnConfig = z.infer<typeof whoseTurnConfigSchema>;

export type WhoseTurnSession =
  /** Asked which task ("Whose turn for what?"), to tell whose turn it is or who did it last. */
  | { step: 'which'; want: 'turn' | 'last' }
  /** Told whose turn it is: a "skip" gives it to the next person. */
  | { step: 'told'; task: number; person: string; at: number; skipped: string[] };

const sessionSchema: z.ZodMiniType<WhoseTurnSession> = z.union([
  z.strictObject({ step: z.literal('which'), want: z.enum(['turn', 'last']) }),
  z.strictObject({
    step: z.literal('told'),
    task: z.int().check(z.minimum(0), z.maximum(MAX_TASKS - 1)),
    person: z.string().check(z.maxLength(60)),
    at: z.number(),
    skipped: z.array(z.string().check(z.maxLength(60))).check(z.maxLength(MAX_PEOPLE)),
  }),
]);

type Ctx = SkillContext<WhoseTurnConfig, WhoseTurnMemory>;
type Step = SkillStep<WhoseTurnSession, WhoseTurnMemory>;

/** What a request asks for. */
type Want = { kind: 'turn' | 'last' | 'next'; task?: number } | { kind: 'skip' } | { kind: 'done' };

/** The words after the task's verb ("the dishes"), for "whose turn for the dishes". */
const objectOf = (task: string) => task.trim().split(/\s+/).slice(1).join(' ');

function taskPhrasings(task: string): { turn: string[]; last: string[]; next: string[] } {
  const object = objectOf(task);
  return {
    turn: [
      task,
      ...(object ? [object, `whose turn for ${object}`] : []),
      `whose turn is it to ${task}`,
      `who ${thirdPerson(task)}`,
      `who has to ${task}`,
    ],
    last: [
      `who ${pastTense(task)} last`,
      `who ${pastTense(task)} last time`,
      `who was last to ${task}`,
    ],
    next: [`who is next to ${task}`, `who ${thirdPerson(task)} next`],
  };
}

const GENERIC: readonly { want: Want; phrasings: string[] }[] = [
  { want: { kind: 'turn' }, phrasings: ['whose turn is it', 'whose turn', 'who is it'] },
  {
    want: { kind: 'last' },
    phrasings: ['who did it last', 'who went last', 'who was last', 'who did it last time'],
  },
  {
    want: { kind: 'next' },
    phrasings: ['who is next', 'who goes next', 'whose turn is next', 'who is after that'],
  },
  {
    want: { kind: 'done' },
    phrasings: ['thanks', 'thank you', 'great', 'perfect', 'got it', 'all right', 'fine'],
  },
];

const skipPhrasings = (person: string) => [
  'skip',
  'skip it',
  'someone else',
  'somebody else',
  'pass',
  'not me',
  'next person',
  `skip ${person}`,
  `${person} can't`,
  `${person} is busy`,
  `${person} is not here`,
  `not ${person}`,
];

function closest(said: string, wants: readonly { want: Want; phrasings: string[] }[]) {
  const match = bestMatch(
    said,
    wants.map((w) => w.phrasings),
  );
  return match ? { want: wants[match.index]!.want, match } : undefined;
}

/** The tasks a request names, by the task or its object ("the dishes", "feeds the cat"). */
function tasksNamed(config: WhoseTurnConfig, said: string): number[] {
  const options = config.tasks.flatMap((t, task) => {
    const object = objectOf(t.task);
    return [{ task, text: t.task }, ...(object ? [{ task, text: object }] : [])];
  });
  const found = mentions(
    said,
    options.map((o) => o.text),
  ).map((m) => options[m.option]!.task);
  return found.filter((t, i) => found.indexOf(t) === i);
}

/**
 * Reads a request: what it wants and for which task, with how it matched for "Why?". The task is
 * found by its words first, so that only its own requests compete ("who did it last" is not the
 * task whose phrasing happens to be shortest); a request naming no task is one of the general
 * ones ("whose turn is it", "skip", "who is next").
 */
function read(
  config: WhoseTurnConfig,
  said: string,
  told?: string,
): { want: Want; match: TextMatch } | undefined {
  const named = tasksNamed(config, said);
  const forTasks = named.flatMap((task) => {
    const p = taskPhrasings(config.tasks[task]!.task);
    return [
      { want: { kind: 'turn', task } as const, phrasings: p.turn },
      { want: { kind: 'last', task } as const, phrasings: p.last },
      { want: { kind: 'next', task } as const, phrasings: p.next },
    ];
  });
  const own = forTasks.length > 0 ? closest(said, forTasks) : undefined;
  if (own) return own;
  const skip = told ? [{ want: { kind: 'skip' } as const, phrasings: skipPhrasings(told) }] : [];
  const general = closest(said, [...GENERIC, ...skip]);
  // "whose turn is it for the dishes, then": a general request about the one task it names.
  const [task, ...more] = named;
  if (general && 'task' in general.want && task !== undefined && more.length === 0)
    return { ...general, want: { kind: general.want.kind, task } };
  return general;
}

/** "do the dishes, feed the cat or take out the bins" */
const taskList = (config: WhoseTurnConfig) =>
  joinList(
    config.tasks.map((t) => t.task.trim()),
    'or',
  );

function whichTask(config: WhoseTurnConfig, want: 'turn' | 'last', unexpected = false): Step {
  const question = want === 'turn' ? 'Whose turn for what?' : 'Who did what last?';
  return {
    reply: `${unexpected ? 'Sorry, which task? ' : `${question} `}Say one: ${taskList(config)}.`,
    session: { step: 'which', want },
    ...(unexpected ? { unexpected } : {}),
  };
}

function giveTurn(ctx: Ctx, task: number): Step {
  const t = ctx.config.tasks[task]!;
  const { person, rotation } = nextTurn(rotationOf(ctx.memory, t.task, t.people), ctx.now);
  return {
    reply: `It's ${person}'s turn to ${t.task.trim()}. Next up: ${rotation.queue[0]}.`,
    session: { step: 'told', task, person, at: ctx.now, skipped: [] },
    memory: remember(
      ctx.memory,
      ctx.config.tasks.map((x) => x.task),
      t.task,
      rotation,
    ),
  };
}

function nextUp(ctx: Ctx, task: number): string {
  const t = ctx.config.tasks[task]!;
  const { queue } = rotationOf(ctx.memory, t.task, t.people);
  return `Next up to ${t.task.trim()}: ${queue[0]}, then ${queue[1]}.`;
}

/** Who had the task last, leaving out the turn given in this session (it is not done yet). */
function lastTurn(ctx: Ctx, task: number, session?: WhoseTurnSession): string {
  const t = ctx.config.tasks[task]!;
  const { history } = rotationOf(ctx.memory, t.task, t.people);
  const given = session?.step === 'told' && session.task === task ? session : undefined;
  const last = history.find((h) => !(given && h.at === given.at && h.person === given.person));
  if (!last) return `Nobody has had a turn to ${t.task.trim()} yet.`;
  const when = whenPast(dayNumber(last.at, ctx.timeZone), dayNumber(ctx.now, ctx.timeZone));
  return `${last.person} ${pastTense(t.task.trim())} ${when}.`;
}

function skip(ctx: Ctx, told: Extract<WhoseTurnSession, { step: 'told' }>): Step {
  const t = ctx.config.tasks[told.task]!;
  const skipped = [...told.skipped, told.person];
  const { person, rotation } = skipTurn(
    rotationOf(ctx.memory, t.task, t.people),
    skipped,
    { person: told.person, at: told.at },
    ctx.now,
  );
  const memory = remember(
    ctx.memory,
    ctx.config.tasks.map((x) => x.task),
    t.task,
    rotation,
  );
  if (person === undefined)
    return {
      reply: `Nobody is left: ${joinList(skipped)} can't ${t.task.trim()} this time. Ask me again later.`,
      memory,
    };
  return {
    reply: `Okay, it's ${person}'s turn to ${t.task.trim()}. ${joinList(skipped)} ${skipped.length > 1 ? 'go' : 'goes'} first next time.`,
    session: { ...told, person, at: ctx.now, skipped },
    memory,
  };
}

/** The task a request is about: said, the one of this session, or the only one. */
function taskOf(ctx: Ctx, want: Want, session?: WhoseTurnSession): number | undefined {
  if ('task' in want && want.task !== undefined) return want.task;
  if (session?.step === 'told') return session.task;
  return ctx.config.tasks.length === 1 ? 0 : undefined;
}

/** Answers a request read by `read`; undefined when it needs a task nobody said. */
function answer(ctx: Ctx, want: Want, session?: WhoseTurnSession): Step | undefined {
  if (want.kind === 'done') return { reply: 'All right!' };
  if (want.kind === 'skip') return session?.step === 'told' ? skip(ctx, session) : undefined;
  const task = taskOf(ctx, want, session);
  if (task === undefined) return undefined;
  if (want.kind === 'turn') return giveTurn(ctx, task);
  const reply = want.kind === 'last' ? lastTurn(ctx, task, session) : nextUp(ctx, task);
  return { reply, ...(session ? { session } : {}) };
}

function expected(ctx: Ctx, session: WhoseTurnSession): string {
  if (session.step === 'which') return `Say a task: ${taskList(ctx.config)}.`;
  const other = ctx.config.tasks.find((_, i) => i !== session.task);
  return `Say “skip” if ${session.person} can't, ask “who did it last?”${other ? `, or ask “whose turn is it to ${other.task.trim()}?”` : ''}.`;
}

export const whoseTurnBlueprint: Blueprint<WhoseTurnConfig, WhoseTurnSession, WhoseTurnMemory> = {
  id: 'whoseTurn',
  category: 'home',
  title: 'Whose turn',
  description: 'Takes turns fairly for the chores everyone shares, and remembers who is next.',
  defaultName: 'Whose turn',
  schema: whoseTurnConfigSchema,
  example: {
    tasks: [
      { task: 'do the dishes', people: ['Maya', 'Leo', 'Emma'] },
      { task: 'feed the cat', people: ['Leo', 'Maya'] },
      { task: 'take out the bins', people: ['Emma', 'Leo', 'Maya'] },
      { task: 'choose the film', people: ['Maya', 'Leo', 'Emma'] },
    ],
  },
  fields: [
    {
      kind: 'list',
      key: 'tasks',
      label: 'Tasks',
      hint: 'Each task and the people who take turns doing it.',
      itemLabel: 'task',
      min: 1,
      max: MAX_TASKS,
      fields: [
        {
          kind: 'text',
          key: 'task',
          label: 'Task',
          hint: 'Start with what to do: “do the dishes”, “feed the cat”.',
          placeholder: 'do the dishes',
        },
        {
          kind: 'words',
          key: 'people',
          label: 'Who takes turns',
          hint: 'In the order they start.',
          itemLabel: 'name',
          min: 2,
          max: MAX_PEOPLE,
          placeholder: 'Maya',
        },
      ],
    },
  ],
  tryThese: (config) => {
    const [first, second] = config.tasks;
    return [
      ...(first ? [`whose turn is it to ${first.task.trim()}?`] : []),
      ...(second ? [`who ${thirdPerson(second.task.trim())}?`] : []),
      'who did it last?',
    ];
  },
  runtime: {
    sessionSchema,
    memorySchema: whoseTurnMemorySchema,
    initialMemory: emptyMemory,
    start(ctx) {
      return ctx.config.tasks.length === 1 ? giveTurn(ctx, 0) : whichTask(ctx.config, 'turn');
    },
    turn(ctx, current, said) {
      // The form was changed during the session and that task is gone: ask again.
      const session: WhoseTurnSession =
        current.step === 'told' && !ctx.config.tasks[current.task]
          ? { step: 'which', want: 'turn' }
          : current;
      if (session.step === 'which') {
        const picked = pickChoice(
          said,
          ctx.config.tasks.map((t) => t.task),
        );
        const step =
          picked === undefined ? undefined : answer(ctx, { kind: session.want, task: picked });
        if (step)
          return { ...step, matched: `you chose “${ctx.config.tasks[picked!]!.task.trim()}”` };
      }
      if (yesOrNo(said) !== undefined) return { reply: 'All right!' };
      const found = read(ctx.config, said, session.step === 'told' ? session.person : undefined);
      const step = found && answer(ctx, found.want, session);
      if (found && step) return { ...step, matched: describeMatch(found.match, 'request') };
      if (found && found.want.kind !== 'done' && found.want.kind !== 'skip')
        return whichTask(ctx.config, found.want.kind === 'last' ? 'last' : 'turn');
      if (session.step === 'which') return whichTask(ctx.config, session.want, true);
      return {
        reply: `Sorry, I didn't get that. ${expected(ctx, session)}`,
        session,
        unexpected: true,
      };
    },
    ask(ctx, said) {
      const found = read(ctx.config, said);
      if (!found || found.want.kind === 'done' || found.want.kind === 'skip') return undefined;
      const step = answer(ctx, found.want);
      if (!step) return whichTask(ctx.config, found.want.kind === 'last' ? 'last' : 'turn');
      // A one-shot answer: no session to carry on ("skip" needs one: open the skill for that).
      return {
        reply: step.reply,
        ...(step.memory ? { memory: step.memory } : {}),
        matched: describeMatch(found.match, 'request'),
      };
    },
    help(ctx, session) {
      return session.step === 'which'
        ? `Tell me which task, and I'll say whose turn it is. ${expected(ctx, session)}`
        : `I said it's ${session.person}'s turn to ${ctx.config.tasks[session.task]?.task.trim() ?? 'do it'}. ${expected(ctx, session)}`;
    },
    describe(ctx, session) {
      if (session.step === 'which') return ['Waiting to hear which task'];
      const t = ctx.config.tasks[session.task];
      return [
        `Task: ${t?.task.trim() ?? '?'}`,
        `Turn: ${session.person}`,
        ...(session.skipped.length > 0 ? [`Skipped: ${joinList(session.skipped)}`] : []),
      ];
    },
  },
};
