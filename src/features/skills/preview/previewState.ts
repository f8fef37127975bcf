// The live preview's conversation, as data: the same session frame the Assistant uses (startSkill,
// continueSkill, askSkill), run on the form as it is, with what the skill remembers kept here only
// (so whose turn it is rotates while trying, and nothing is saved). A session goes on with the
// form it was started with: changing the form under a running quiz would mix two quizzes.
import {
  askSkill,
  continueSkill,
  SESSION_TIMEOUT_MS,
  sessionExpired,
  startSkill,
  type FrameStep,
  type SkillEnv,
  type SkillInstance,
  type SkillSession,
} from '../../../domain/blueprints/session.ts';
import type { AnyBlueprint } from '../../../domain/blueprints/types.ts';

export interface PreviewMessage {
  id: number;
  /** The person, the skill, or a note from the preview itself. */
  from: 'you' | 'skill' | 'note';
  text: string;
  /** How the words were understood, for the skill's replies that matched something. */
  matched?: string;
}

export interface PreviewState {
  messages: PreviewMessage[];
  session?: SkillSession;
  /** The skill as the running session started with it. */
  running?: SkillInstance;
  /** What the skill remembers, in the preview only. */
  memory?: unknown;
  /** The session in words ("Question 2 of 5", "Score: 1"). */
  state: string[];
  nextId: number;
}

export const emptyPreview: PreviewState = { messages: [], state: [], nextId: 1 };

/** The skill to try: its name and form, without id or memory (the preview keeps its own). */
export interface PreviewSkill {
  name: string;
  config: unknown;
}

function add(state: PreviewState, from: PreviewMessage['from'], text: string, matched?: string) {
  const message: PreviewMessage = { id: state.nextId, from, text };
  if (matched) message.matched = matched;
  return { ...state, messages: [...state.messages, message], nextId: state.nextId + 1 };
}

/** The frame's step applied: the reply, what is remembered now, the session if still open. */
function apply(state: PreviewState, step: FrameStep, running: SkillInstance): PreviewState {
  let next = add(state, 'skill', step.reply, step.matched);
  if (step.memory !== undefined) next.memory = step.memory;
  if (step.session) return { ...next, session: step.session, running, state: step.state };
  const { session: _session, running: _running, ...rest } = next;
  void [_session, _running];
  next = { ...rest, state: [] };
  if (step.kind === 'ask') return add(next, 'note', 'Answered at once, without opening a session.');
  if (step.kind !== 'broken') return add(next, 'note', 'The session has ended.');
  return next;
}

const instance = (skill: PreviewSkill, memory: unknown): SkillInstance => ({
  id: 'preview',
  name: skill.name,
  config: skill.config,
  ...(memory !== undefined ? { memory } : {}),
});

/** "Start": opens a session, as "open <name>" does. */
export function previewStart(
  state: PreviewState,
  blueprint: AnyBlueprint,
  skill: PreviewSkill,
  env: SkillEnv,
): PreviewState {
  const running = instance(skill, state.memory);
  const opened = add(state, 'you', `open ${skill.name}`);
  return apply(opened, startSkill(blueprint, running, env), running);
}

/**
 * Something said: an answer inside the open session; without one, a one-shot request ("ask
 * <name> …"), which opens a session when the skill cannot answer it at once.
 */
export function previewSay(
  state: PreviewState,
  blueprint: AnyBlueprint,
  skill: PreviewSkill,
  said: string,
  env: SkillEnv,
): PreviewState {
  let next = add(state, 'you', said);
  if (next.session && next.running) {
    if (!sessionExpired(next.session, env.now)) {
      const running = { ...next.running, memory: next.memory };
      return apply(next, continueSkill(blueprint, running, next.session, said, env), running);
    }
    next = add(
      { ...next, state: [] },
      'note',
      `That session had ended: nobody answered for ${SESSION_TIMEOUT_MS / 60_000} minutes on the home’s clock.`,
    );
  }
  const running = instance(skill, next.memory);
  return apply(next, askSkill(blueprint, running, said, env), running);
}
