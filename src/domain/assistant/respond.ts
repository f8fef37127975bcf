// One conversational turn, given what was understood: act or answer, part by part, and say so.
// Every change runs through execute() once, with the utterance as its cause.
import type { Cause } from '../activity/cause.ts';
import { supportedCommands } from '../home/capabilities.ts';
import { execute, type ExecuteResult } from '../home/execute.ts';
import { runRoutines, type EngineResult } from '../routines/engine.ts';
import { taughtPart } from './taughtPart.ts';
import type { Entity } from '../home/model.ts';
import type { Interpretation, Slots } from '../language/types.ts';
import { act } from './act.ts';
import { answerState } from './answers.ts';
import { CONTROL_INTENTS, planCommands, type CommandPlan } from './commandsFor.ts';
import { didNotCatch, help, notYet, suggest } from './dialogue.ts';
import { explainTurn } from './explain.ts';
import { ambiguityNote, noTarget, whichOne } from './failures.ts';
import { rememberPlayed } from './mediaTurn.ts';
import { nextState } from './nextState.ts';
import { notInCatalogue, playTitle } from './playTitle.ts';
import { nearestReading } from './readings.ts';
import { saying, type PartContext, type PartResult } from './part.ts';
import { joinSentences, lowerFirst } from './reply.ts';
import { answerTemperature } from './temperature.ts';
import type { TurnInput, TurnOutcome, TurnResult } from './types.ts';
import { voiceCause } from './voiceCause.ts';

/** The kind of device asked for, when the words said one ("the lights", "the garage door"). */
const ofKindSaid = (slots: Slots) => (entity: Entity) =>
  (slots.domain === undefined || entity.domain === slots.domain) &&
  (slots.device_class === undefined ||
    ('device_class' in entity.attributes && entity.attributes.device_class === slots.device_class));

const saidKind = (slots: Slots) => slots.domain !== undefined || slots.device_class !== undefined;

/** What could have done the request: the kind said, or else anything able to. */
const couldDo = (slots: Slots, plan: CommandPlan) => (entity: Entity) =>
  saidKind(slots)
    ? ofKindSaid(slots)(entity)
    : plan.build(entity).every((c) => supportedCommands(entity).includes(c.type));

function control(part: Interpretation, context: PartContext, entities: Entity[]): PartResult {
  const { input, home } = context;
  const plan = planCommands(part.intent, part.slots, input.unit);
  if ('refusal' in plan) return saying(context, 'failed', [plan.refusal]);
  if (entities.length === 0)
    return saying(context, 'failed', [noTarget(part, home, input.area, couldDo(part.slots, plan))]);
  return act(part, context, plan, entities);
}

function question(part: Interpretation, context: PartContext, entities: Entity[]): PartResult {
  const { input, home } = context;
  if (part.intent === 'HassClimateGetTemperature') {
    const found = answerTemperature(part, home, input.area, input.unit);
    if ('failure' in found) return saying(context, 'failed', [found.failure]);
    return saying(context, 'answered', [found.answer], {
      targets: found.sources.map((e) => e.id),
    });
  }
  if (entities.length === 0) {
    const nearest = nearestReading(part, home, input.area, input.unit);
    if (nearest && 'answer' in nearest)
      return saying(context, 'answered', [nearest.answer], {
        targets: nearest.sources.map((e) => e.id),
      });
    if (nearest) return saying(context, 'failed', [nearest.failure]);
    const fits = saidKind(part.slots) ? ofKindSaid(part.slots) : () => true;
    return saying(context, 'failed', [noTarget(part, home, input.area, fits)]);
  }
  const answer = answerState(entities, part, home, input.unit);
  return saying(context, 'answered', [answer.text], { targets: answer.about.map((e) => e.id) });
}

function respondToPart(part: Interpretation, context: PartContext): PartResult {
  const { input, home } = context;
  const taught = taughtPart(part, context);
  if (taught) return taught;
  if (part.intent === 'Cancel') return saying(context, 'said', ['OK']);
  if (part.intent === 'Help') return saying(context, 'said', [help(home, input.area, input.unit)]);
  if (part.intent === 'Unknown') {
    // "play despacito": a title the catalogue doesn't have; say what it has.
    if (part.slots.search_query !== undefined)
      return saying(context, 'failed', [notInCatalogue(part.slots.search_query)]);
    const { pending } = input.state;
    // Not an answer to the question asked: ask it again rather than drop it.
    if (pending && input.text.trim() !== '')
      return saying(context, 'asked', [`Sorry, ${lowerFirst(whichOne(home, pending.options))}`], {
        pending,
      });
    const opening = input.text.trim() === '' ? "I'm listening." : undefined;
    const text = opening
      ? suggest(opening, home, input.area, input.unit)
      : didNotCatch(home, input.area, input.unit);
    return saying(context, opening ? 'said' : 'failed', [text]);
  }
  const later = notYet(part.intent);
  if (later) return saying(context, later.outcome, [later.reply]);
  if (part.ambiguous && part.ambiguous.length > 0) {
    return saying(context, 'asked', [whichOne(home, part.ambiguous)], {
      pending: { kind: 'which', options: part.ambiguous, interpretation: part },
      notes: [ambiguityNote(home, part.ambiguous)],
    });
  }
  const entities = part.targets.flatMap((id) => home.entities.find((e) => e.id === id) ?? []);
  if (part.intent === 'HassGetState' || part.intent === 'HassClimateGetTemperature')
    return question(part, context, entities);
  if (part.intent === 'HassMediaSearchAndPlay') return playTitle(part, context, entities);
  if (CONTROL_INTENTS.has(part.intent)) return control(part, context, entities);
  return saying(context, 'failed', [didNotCatch(home, input.area, input.unit)]);
}

/** Routines a part asked to start (a taught command's "run Good night"), after its changes. */
function startRoutines(
  input: TurnInput,
  results: readonly PartResult[],
  execution: ExecuteResult | undefined,
  cause: Cause,
): { execution: ExecuteResult; run: EngineResult } | undefined {
  const ids = results.flatMap((r) => r.startRoutines ?? []);
  if (ids.length === 0 || !input.routines) return undefined;
  const home = execution?.home ?? input.home;
  const run = runRoutines(
    home,
    {
      routines: input.routines.list,
      settings: input.routines.settings,
      newId: input.routines.newRunId,
      taught: input.taught?.commands ?? [],
    },
    {
      starts: ids.map((routineId) => ({
        routineId,
        trigger: 'a taught command',
        at: input.now,
        parent: cause,
      })),
      held: input.routines.held ?? [],
    },
    input.now,
  );
  return {
    execution: {
      home: run.home,
      events: [...(execution?.events ?? []), ...run.events],
      errors: execution?.errors ?? [],
    },
    run,
  };
}

/** Asking back wins (the person must answer); then acting, answering, failing, talking. */
const PRIORITY: readonly TurnOutcome[] = ['asked', 'acted', 'answered', 'failed', 'said'];

export function respond(input: TurnInput, interpretation: Interpretation): TurnResult {
  const cause = voiceCause(input);
  const parts = interpretation.parts?.length ? interpretation.parts : [interpretation];
  const answered: { part: Interpretation; result: PartResult }[] = [];
  let home = input.home;
  for (const part of parts) {
    const result = respondToPart(part, { input, home, cause });
    answered.push({ part, result });
    home = result.home;
  }
  const results = answered.map((a) => a.result);
  const commands = results.flatMap((r) => r.commands);
  // One part ran its own commands on the input home already; several parts run as one execution.
  const [single] = results;
  const execution =
    commands.length === 0
      ? undefined
      : results.length === 1 && single?.execution
        ? single.execution
        : execute(input.home, commands, cause, input.now);
  const outcome = PRIORITY.find((o) => results.some((r) => r.outcome === o)) ?? 'said';
  const started = startRoutines(input, results, execution, cause);
  const done = started?.execution ?? execution;
  return rememberPlayed(input, {
    reply: joinSentences(results.flatMap((r) => r.sentences)),
    outcome,
    interpretation,
    commands,
    ...(done ? { execution: done } : {}),
    explanation: explainTurn(interpretation, answered, input, done),
    state: nextState(input.state, answered),
    ...(started ? { routineRun: started.run } : {}),
  });
}
