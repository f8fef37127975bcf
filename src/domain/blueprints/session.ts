// The session frame every skill shares: opening a session, the words that always work inside one
// ("help", "repeat", "start over", "stop"), counting unexpected answers (a third in a row ends
// the session politely), and a session left alone for a while ending on its own. The skill's own
// runtime only ever sees what is left: an answer for it.
import { tokenize } from '../language/normalize.ts';
import { z } from '../zod.ts';
import type { AnyBlueprint, SkillContext, SkillStep } from './types.ts';

/** A session left unanswered this long (simulated time) is over. */
export const SESSION_TIMEOUT_MS = 5 * 60_000;
/** Unexpected answers in a row that end a session. */
export const MAX_MISSES = 3;

/** A skill session under way; saved with the conversation (DialogueState.skill). */
export interface SkillSession {
  skillId: string;
  /** The runtime's own state; read back through its sessionSchema. */
  state: unknown;
  /** What the skill said last, for "repeat". */
  lastReply: string;
  /** Simulated epoch ms. */
  startedAt: number;
  lastAt: number;
  /** Unexpected answers in a row. */
  misses: number;
}

export const skillSessionSchema: z.ZodMiniType<SkillSession> = z.strictObject({
  skillId: z.string().check(z.maxLength(120)),
  state: z.unknown(),
  lastReply: z.string().check(z.maxLength(4000)),
  startedAt: z.number(),
  lastAt: z.number(),
  misses: z.int().check(z.minimum(0)),
});

/** The skill as the frame needs it: a Skill record, or a draft in the editor's preview. */
export interface SkillInstance {
  id: string;
  name: string;
  config: unknown;
  memory?: unknown;
}

export interface SkillEnv {
  now: number;
  timeZone: string;
  random: () => number;
}

/** What the frame did with a turn, for "Why?" and for the turn layer. */
export type FrameKind =
  | 'start'
  | 'ask'
  | 'answer'
  | 'help'
  | 'repeat'
  | 'restart'
  | 'stop'
  | 'reprompt'
  | 'gave-up'
  | 'broken';

export interface FrameStep {
  reply: string;
  kind: FrameKind;
  /** The session for the next turn; absent: no session (ended, or none was opened). */
  session?: SkillSession;
  /** New memory to save with the skill, when it changed. */
  memory?: unknown;
  /** How the words were understood (the runtime's `matched`). */
  matched?: string;
  /** The session in words after this turn ("Question 3 of 5", "Score: 2"). */
  state: string[];
}

/** The words that always work inside a session, said on their own. */
const FRAME_WORDS: readonly [
  Exclude<FrameKind, 'start' | 'ask' | 'answer' | 'reprompt' | 'gave-up' | 'broken'>,
  RegExp,
][] = [
  [
    'help',
    /^(help|help me|i need help|what can i say|what do i say|what should i say|how does this work|how do i play)$/,
  ],
  [
    'repeat',
    /^(repeat|repeat that|repeat it|repeat question|say that again|say it again|again|pardon|pardon me|come again|what did you say|can you repeat that)$/,
  ],
  ['restart', /^(start over|start again|restart|begin again|from beginning|from start|reset)$/],
  [
    'stop',
    /^(stop|exit|quit|cancel|end|close|leave|goodbye|bye|bye bye|i am done|that is all|that is enough|enough|never mind|stop it)$/,
  ],
];

/** Which frame word a request is, if it is one: the whole request, or "stop <skill name>". */
export function frameWord(said: string, skillName: string): FrameKind | undefined {
  const words = tokenize(said).raw;
  const text = words.join(' ');
  for (const [kind, pattern] of FRAME_WORDS) if (pattern.test(text)) return kind;
  // "stop trivia", "exit the house guide", "close house guide skill"
  const name = tokenize(skillName).raw.join(' ');
  const rest = text
    .replace(/^(stop|exit|quit|close|leave|end)\s+/, '')
    .replace(/\s+(skill|game)$/, '');
  if (rest !== text && rest === name) return 'stop';
  return undefined;
}

export const sessionExpired = (session: SkillSession, now: number) =>
  now - session.lastAt > SESSION_TIMEOUT_MS || now < session.startedAt;

function contextOf(
  blueprint: AnyBlueprint,
  skill: SkillInstance,
  env: SkillEnv,
): SkillContext<unknown, unknown> | { problem: string } {
  const config = blueprint.schema.safeParse(skill.config);
  if (!config.success)
    return { problem: `“${skill.name}” has a problem in its form. Fix it on the Skills page.` };
  const memory =
    skill.memory === undefined ? undefined : blueprint.runtime.memorySchema.safeParse(skill.memory);
  return {
    config: config.data,
    memory: memory?.success ? memory.data : blueprint.runtime.initialMemory,
    name: skill.name,
    now: env.now,
    timeZone: env.timeZone,
    random: env.random,
  };
}

function framed(
  blueprint: AnyBlueprint,
  ctx: SkillContext<unknown, unknown>,
  skill: SkillInstance,
  step: SkillStep<unknown, unknown>,
  kind: FrameKind,
  env: SkillEnv,
  previous?: SkillSession,
): FrameStep {
  const memoryChanged = step.memory !== undefined;
  const after = memoryChanged ? { ...ctx, memory: step.memory } : ctx;
  const session: SkillSession | undefined =
    step.session === undefined
      ? undefined
      : {
          skillId: skill.id,
          state: step.session,
          lastReply: step.reply,
          startedAt: previous?.startedAt ?? env.now,
          lastAt: env.now,
          misses: step.unexpected ? (previous?.misses ?? 0) + 1 : 0,
        };
  return {
    reply: step.reply,
    kind,
    ...(session ? { session } : {}),
    ...(memoryChanged ? { memory: step.memory } : {}),
    ...(step.matched !== undefined ? { matched: step.matched } : {}),
    state: step.session === undefined ? [] : blueprint.runtime.describe(after, step.session),
  };
}

const broken = (reply: string): FrameStep => ({ reply, kind: 'broken', state: [] });

/** Opens a session: the skill's greeting (a skill may answer and end at once). */
export function startSkill(
  blueprint: AnyBlueprint,
  skill: SkillInstance,
  env: SkillEnv,
): FrameStep {
  const ctx = contextOf(blueprint, skill, env);
  if ('problem' in ctx) return broken(ctx.problem);
  return framed(blueprint, ctx, skill, blueprint.runtime.start(ctx), 'start', env);
}

/**
 * A one-shot request ("ask house guide where the towels are"): answered without a session when
 * the skill can; otherwise a session opens and the words are its first answer.
 */
export function askSkill(
  blueprint: AnyBlueprint,
  skill: SkillInstance,
  said: string,
  env: SkillEnv,
): FrameStep {
  const ctx = contextOf(blueprint, skill, env);
  if ('problem' in ctx) return broken(ctx.problem);
  const answer = blueprint.runtime.ask?.(ctx, said);
  if (answer) return framed(blueprint, ctx, skill, answer, 'ask', env);
  return startSkill(blueprint, skill, env);
}

/** A turn inside a session: the frame's words first, then the skill's runtime. */
export function continueSkill(
  blueprint: AnyBlueprint,
  skill: SkillInstance,
  session: SkillSession,
  said: string,
  env: SkillEnv,
): FrameStep {
  const ctx = contextOf(blueprint, skill, env);
  if ('problem' in ctx) return broken(ctx.problem);
  const state = blueprint.runtime.sessionSchema.safeParse(session.state);
  if (!state.success) {
    const again = framed(blueprint, ctx, skill, blueprint.runtime.start(ctx), 'restart', env);
    return {
      ...again,
      reply: `I lost our place in ${skill.name}, so let's start over. ${again.reply}`,
    };
  }
  const word = frameWord(said, skill.name);
  const keep = (reply: string, kind: FrameKind): FrameStep => ({
    reply,
    kind,
    session: { ...session, lastAt: env.now, misses: 0 },
    state: blueprint.runtime.describe(ctx, state.data),
  });
  switch (word) {
    case 'help':
      return keep(blueprint.runtime.help(ctx, state.data), 'help');
    case 'repeat':
      return keep(session.lastReply, 'repeat');
    case 'restart':
      return framed(blueprint, ctx, skill, blueprint.runtime.start(ctx), 'restart', env);
    case 'stop': {
      const last = blueprint.runtime.goodbye?.(ctx, state.data);
      const bye = `Goodbye from ${skill.name}.`;
      return {
        reply: last ? `${last.reply} ${bye}` : bye,
        kind: 'stop',
        ...(last?.memory !== undefined ? { memory: last.memory } : {}),
        state: [],
      };
    }
  }
  const step = blueprint.runtime.turn(ctx, state.data, said);
  const next = framed(
    blueprint,
    ctx,
    skill,
    step,
    step.unexpected ? 'reprompt' : 'answer',
    env,
    session,
  );
  if (next.session && next.session.misses >= MAX_MISSES)
    return {
      reply: `Let's stop here. Say “open ${skill.name}” when you want to come back.`,
      kind: 'gave-up',
      ...(next.memory !== undefined ? { memory: next.memory } : {}),
      state: [],
    };
  return next;
}
