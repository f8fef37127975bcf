// Teaching inside the conversation: a request that failed on an unknown phrase, setting word or
// name is answered with an offer to learn it; "teach you something" starts on purpose; while a
// teach dialogue is open, the next words are its answer (teaching/dialogue.ts decides). What is
// learned is handed to the caller to save in the turn's transaction, and done at once.
import type { Cause } from '../activity/cause.ts';
import { skillOwners } from '../blueprints/phrases.ts';
import { execute } from '../home/execute.ts';
import { interpret } from '../language/interpret.ts';
import type { Interpretation } from '../language/types.ts';
import { teachStep } from '../teaching/dialogue.ts';
import type { TeachContext, TeachResult, TeachState } from '../teaching/dialogueState.ts';
import type { TaughtItem } from '../teaching/model.ts';
import { offerTeaching, startTeaching } from '../teaching/offer.ts';
import { changeLines } from './explain.ts';
import type { DialogueState, TurnInput, TurnOutcome, TurnResult } from './types.ts';
import { voiceCause } from './voiceCause.ts';

const UNKNOWN: Interpretation = { text: '', intent: 'Teach', slots: {}, targets: [] };

function taughtItems(input: TurnInput): TaughtItem[] {
  const v = input.taught;
  return v ? [...v.commands, ...v.concepts, ...v.names] : [];
}

let counter = 0;
function newTaughtId(now: number): string {
  counter = (counter + 1) % 1_000_000;
  return `taught-${now.toString(36)}-${counter.toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

export function teachContext(input: TurnInput): TeachContext {
  return {
    home: input.home,
    unit: input.unit,
    routines: input.routines?.list ?? [],
    taught: taughtItems(input),
    interpret,
    ...(input.skills ? { skills: skillOwners(input.skills.list) } : {}),
    ...(input.area !== undefined ? { area: input.area } : {}),
    now: input.now,
    newId: () => newTaughtId(input.now),
  };
}

function withTeach(state: DialogueState, teach: TeachState | undefined): DialogueState {
  const { teach: _old, ...rest } = state;
  void _old;
  return teach ? { ...rest, teach } : rest;
}

function talking(
  interpretation: Interpretation,
  reply: string,
  outcome: TurnOutcome,
  state: DialogueState,
): TurnResult {
  return {
    reply,
    outcome,
    interpretation,
    commands: [],
    explanation: {
      understood: 'Teach me something new',
      intent: interpretation.intent,
      slots: {},
      targets: [],
      changes: [],
      reasons: [],
    },
    state,
  };
}

/** "Teach you something": the dialogue begun on purpose. */
export function beginTeaching(input: TurnInput, interpretation: Interpretation): TurnResult {
  const started = startTeaching();
  return talking(interpretation, started.reply, 'asked', withTeach(input.state, started.state));
}

/** After a request that failed: an offer to learn what was not known, if there is one. */
export function offerAfterFailure(input: TurnInput, result: TurnResult): TurnResult {
  if (result.outcome !== 'failed' || !input.taught) return result;
  const offer = offerTeaching(input.text, result.interpretation);
  if (!offer) return result;
  return {
    ...result,
    reply: offer.reply,
    outcome: 'asked',
    state: withTeach(result.state, offer.state),
  };
}

/** What the dialogue's step means for the turn; `again` handles a text as a fresh request. */
export function teachResult(
  input: TurnInput,
  step: TeachResult,
  again: (input: TurnInput) => TurnResult,
): TurnResult {
  const state = withTeach(input.state, step.state);
  if (step.outcome === 'asked') return talking(UNKNOWN, step.reply, 'asked', state);
  if (step.outcome !== 'saved' || !step.save) return talking(UNKNOWN, step.reply, 'said', state);
  const item = step.save;
  const withItem = addItem(input, item);
  if (step.retry !== undefined) {
    // A new name: the request that failed, now understood.
    const retried = again({ ...withItem, text: step.retry, state });
    return { ...retried, reply: `${step.reply} ${retried.reply}`, learned: item };
  }
  const cause: Cause = {
    kind: 'taught',
    commandId: item.id,
    phrase:
      item.kind === 'command' ? item.phrases[0]! : item.kind === 'concept' ? item.word : item.name,
    taughtAt: item.taughtAt,
    parent: voiceCause({ text: input.text }),
  };
  const commands = step.run?.commands ?? [];
  const execution =
    commands.length > 0 ? execute(input.home, commands, cause, input.now) : undefined;
  const said = step.run?.say ?? [];
  return {
    reply: [step.reply, ...said].join(' '),
    outcome: execution ? 'acted' : 'said',
    interpretation: UNKNOWN,
    commands,
    ...(execution ? { execution } : {}),
    explanation: {
      understood: 'Learn something new and do it',
      intent: 'Teach',
      slots: {},
      targets: [...new Set(execution?.events.map((e) => e.entityId) ?? [])].map((id) => ({
        id,
        name: input.home.entities.find((e) => e.id === id)?.name ?? id,
      })),
      changes: execution ? changeLines(execution.events, execution.home, input.unit) : [],
      reasons: ['You taught me this just now.'],
    },
    state,
    learned: item,
  };
}

function addItem(input: TurnInput, item: TaughtItem): TurnInput {
  const v = input.taught ?? { commands: [], concepts: [], names: [] };
  const keep = <T extends TaughtItem>(list: readonly T[]) => list.filter((i) => i.id !== item.id);
  return {
    ...input,
    taught: {
      commands: item.kind === 'command' ? [...keep(v.commands), item] : v.commands,
      concepts: item.kind === 'concept' ? [...keep(v.concepts), item] : v.concepts,
      names: item.kind === 'name' ? [...keep(v.names), item] : v.names,
    },
  };
}

/** The open dialogue's step for this text, or undefined when the text is a request of its own. */
export function continueTeaching(input: TurnInput): TeachResult | undefined {
  const teach = input.state.teach;
  if (!teach || !input.taught) return undefined;
  const step = teachStep(teach, input.text, teachContext(input));
  return step.outcome === 'not_an_answer' ? undefined : step;
}

export { withTeach };
