// Talking to the person's skills: "open <name>" opens a session, "ask <name> …" answers at once,
// and while a session is open the next words are the skill's (the session frame in
// blueprints/session.ts decides help, repeat, start over, stop and reprompts). An answer the
// skill did not expect that is plainly a request of its own ("turn off the kitchen lights")
// leaves the skill and is done as usual; a session left alone ends on its own.
import { blueprintById } from '../blueprints/registry.ts';
import type { Skill } from '../blueprints/model.ts';
import {
  askSkill,
  continueSkill,
  sessionExpired,
  startSkill,
  type FrameKind,
  type FrameStep,
} from '../blueprints/session.ts';
import { interpret } from '../language/interpret.ts';
import type { Interpretation, IntentName } from '../language/types.ts';
import type { DialogueState, TurnInput, TurnOutcome, TurnResult } from './types.ts';
import { vocabularyContext } from './vocabularyContext.ts';

export function withSkill(state: DialogueState, skill: DialogueState['skill']): DialogueState {
  const { skill: _old, ...rest } = state;
  void _old;
  return skill ? { ...rest, skill } : rest;
}

const UNDERSTOOD: Record<FrameKind, (name: string, said: string) => string> = {
  start: (name) => `Open the skill “${name}”`,
  ask: (name, said) => `Ask “${name}”: ${said}`,
  answer: (name) => `An answer for “${name}”`,
  help: (name) => `Help with “${name}”`,
  repeat: (name) => `Repeat what “${name}” said`,
  restart: (name) => `Start “${name}” over`,
  stop: (name) => `Leave “${name}”`,
  reprompt: (name) => `Something “${name}” did not expect`,
  'gave-up': (name) => `Something “${name}” did not expect, again`,
  broken: (name) => `Open the skill “${name}”`,
};

function outcomeOf(step: FrameStep): TurnOutcome {
  if (step.kind === 'broken') return 'failed';
  if (step.session) return 'asked';
  return step.kind === 'stop' || step.kind === 'gave-up' ? 'said' : 'answered';
}

function skillResult(
  input: TurnInput,
  skill: Skill,
  interpretation: Interpretation,
  step: FrameStep,
  why: string,
): TurnResult {
  const template = blueprintById(skill.blueprint).title;
  return {
    reply: step.reply,
    outcome: outcomeOf(step),
    interpretation,
    commands: [],
    explanation: {
      understood: UNDERSTOOD[step.kind](skill.name, interpretation.skill?.ask ?? input.text),
      intent: interpretation.intent,
      slots: { name: skill.name },
      targets: [],
      changes: [],
      reasons: [
        `“${skill.name}” is a skill you made from the ${template} template.`,
        why,
        ...(step.matched ? [`I matched your words: ${step.matched}.`] : []),
      ],
      skill: {
        id: skill.id,
        name: skill.name,
        template,
        session: step.session ? step.state : [],
        ...(step.matched ? { matched: step.matched } : {}),
      },
    },
    state: withSkill(input.state, step.session),
    ...(step.memory !== undefined
      ? { skillMemory: { skillId: skill.id, memory: step.memory } }
      : {}),
  };
}

const envOf = (input: TurnInput) => ({
  now: input.now,
  timeZone: input.timeZone ?? 'UTC',
  random: input.skills?.random ?? Math.random,
});

/** "open trivia night" / "ask house guide where the towels are". */
export function startSkillTurn(
  input: TurnInput,
  interpretation: Interpretation,
): TurnResult | undefined {
  const call = interpretation.skill;
  const skill = call && input.skills?.list.find((s) => s.id === call.id);
  if (!call || !skill) return undefined;
  const blueprint = blueprintById(skill.blueprint);
  const step =
    call.ask !== undefined
      ? askSkill(blueprint, skill, call.ask, envOf(input))
      : startSkill(blueprint, skill, envOf(input));
  return skillResult(
    input,
    skill,
    interpretation,
    step,
    `You said “${call.phrase}”, which starts it.`,
  );
}

/** Intents that are never a request of their own inside a skill: they are the skill's to answer. */
const NOT_A_REQUEST: ReadonlySet<IntentName> = new Set<IntentName>([
  'Unknown',
  'Cancel',
  'Help',
  'Feedback',
  'Teach',
  'SkillTurn',
]);

/** Whether words a skill did not expect are plainly a request to the assistant instead. */
function requestOfItsOwn(input: TurnInput): boolean {
  const meant = interpret(input.text, vocabularyContext(input));
  if (NOT_A_REQUEST.has(meant.intent)) return false;
  if (meant.intent === 'RunRoutine' || meant.intent === 'RunTaughtCommand') return true;
  if (meant.intent === 'StartSkill') return true;
  return meant.targets.length > 0 || meant.parts !== undefined;
}

/**
 * The next words of an open session. Undefined when there is no session to continue (it ended
 * on its own, or its skill was deleted or switched off): the words are then a fresh request.
 * `again` takes a request as a fresh turn, for words that leave the skill.
 */
export function continueSkillTurn(
  input: TurnInput,
  again: (input: TurnInput) => TurnResult,
): TurnResult | undefined {
  const session = input.state.skill;
  if (!session) return undefined;
  const skill = input.skills?.list.find((s) => s.id === session.skillId);
  if (!skill || skill.status !== 'enabled' || sessionExpired(session, input.now)) return undefined;
  const step = continueSkill(
    blueprintById(skill.blueprint),
    skill,
    session,
    input.text,
    envOf(input),
  );
  if ((step.kind === 'reprompt' || step.kind === 'gave-up') && requestOfItsOwn(input)) {
    const fresh = again({ ...input, state: withSkill(input.state, undefined) });
    return { ...fresh, reply: `I've left ${skill.name}. ${fresh.reply}` };
  }
  const interpretation: Interpretation = {
    text: input.text,
    intent: 'SkillTurn',
    slots: { name: skill.name },
    targets: [],
    skill: { id: skill.id, phrase: skill.name },
  };
  return skillResult(input, skill, interpretation, step, `You were talking to “${skill.name}”.`);
}
