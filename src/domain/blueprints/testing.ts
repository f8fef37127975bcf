// For tests of blueprints: a seeded random source and whole conversations with a skill, through
// the same session frame the console uses.
import { seededRandom } from '../random.ts';
import {
  askSkill,
  continueSkill,
  startSkill,
  type FrameStep,
  type SkillSession,
} from './session.ts';
import type { AnyBlueprint } from './types.ts';

/** A deterministic 0 ≤ r < 1 sequence. */
export const seeded = seededRandom;

export interface TalkOptions {
  config?: unknown;
  /** What the skill remembers from earlier sessions. */
  memory?: unknown;
  /** Simulated epoch ms of the first turn; each line comes 10 s after the one before. */
  now?: number;
  timeZone?: string;
  seed?: number;
  name?: string;
}

export interface Conversation {
  /** The opening, then one step per line. */
  steps: FrameStep[];
  replies: string[];
  /** What the skill remembers afterwards. */
  memory: unknown;
  /** The session after the last line, if still open. */
  session: SkillSession | undefined;
}

/**
 * Opens a session with a skill made from `blueprint` (its example unless `config` is given) and
 * says each line in turn. A line said after the session ended opens a new one ("open …").
 */
export function talk(
  blueprint: AnyBlueprint,
  lines: readonly string[],
  options: TalkOptions = {},
): Conversation {
  const random = seeded(options.seed ?? 1);
  const skill = {
    id: 'skill-test',
    name: options.name ?? blueprint.defaultName,
    config: options.config ?? blueprint.example,
    memory: options.memory,
  };
  let now = options.now ?? Date.UTC(2026, 2, 3, 18, 0);
  const env = () => ({ now, timeZone: options.timeZone ?? 'UTC', random });
  const steps: FrameStep[] = [];
  const remember = (step: FrameStep) => {
    if (step.memory !== undefined) skill.memory = step.memory;
    steps.push(step);
    return step.session;
  };
  let session = remember(startSkill(blueprint, skill, env()));
  for (const line of lines) {
    now += 10_000;
    session = remember(
      session
        ? continueSkill(blueprint, skill, session, line, env())
        : startSkill(blueprint, skill, env()),
    );
  }
  return { steps, replies: steps.map((s) => s.reply), memory: skill.memory, session };
}

/** A one-shot request to a skill made from `blueprint`. */
export function ask(blueprint: AnyBlueprint, said: string, options: TalkOptions = {}): FrameStep {
  return askSkill(
    blueprint,
    {
      id: 'skill-test',
      name: options.name ?? blueprint.defaultName,
      config: options.config ?? blueprint.example,
      memory: options.memory,
    },
    said,
    {
      now: options.now ?? Date.UTC(2026, 2, 3, 18, 0),
      timeZone: options.timeZone ?? 'UTC',
      random: seeded(options.seed ?? 1),
    },
  );
}
