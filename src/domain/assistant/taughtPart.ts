// A part of a request that uses something the person taught: a taught command ("movie mode") or a
// setting word applied to devices ("set the bedroom lamp to study mode"). Its changes carry the
// taught item as their cause (within the voice request), so "Why?" and Activity say "because you
// taught me “movie mode” on 3 March"; what it refers to that is gone is said, never skipped
// silently.
import type { Cause } from '../activity/cause.ts';
import { execute } from '../home/execute.ts';
import type { Interpretation } from '../language/types.ts';
import { conceptCommands } from '../teaching/concepts.ts';
import type { Concept, TaughtCommand } from '../teaching/model.ts';
import { commandPlan } from '../teaching/run.ts';
import { saying, type PartContext, type PartResult } from './part.ts';
import { capitalize, curly, theName } from './words.ts';
import { becauseTaught } from '../teaching/words.ts';
import type { TurnInput } from './types.ts';

const sentence = (text: string) => ({ text, verbFirst: false });

/** For "Why?": "Because you taught me “movie mode” on 3 March." */
const because = (item: TaughtCommand | Concept, input: TurnInput) =>
  `${capitalize(becauseTaught(item, input.timeZone ?? 'UTC', input.now))}.`;

export function taughtCause(item: TaughtCommand | Concept, phrase: string, parent: Cause): Cause {
  return { kind: 'taught', commandId: item.id, phrase, taughtAt: item.taughtAt, parent };
}

function runCommand(
  part: Interpretation,
  context: PartContext,
  command: TaughtCommand,
): PartResult {
  const { input, home } = context;
  const plan = commandPlan(command, home, {
    taught: input.taught?.commands ?? [],
    routines: input.routines?.list ?? [],
  });
  const phrase = part.taught?.phrase ?? command.phrases[0]!;
  const title = curly(command.phrases[0]!);
  const gone = plan.missing.length > 0 ? `${plan.missing.join('; ')}.` : '';
  if (plan.commands.length === 0 && plan.routines.length === 0 && plan.say.length === 0)
    return saying(context, 'failed', [
      `I couldn't do ${title}: ${gone || plan.problems.join('; ') || 'it has nothing left to do'}`,
    ]);
  const execution = execute(
    home,
    plan.commands,
    taughtCause(command, phrase, context.cause),
    input.now,
  );
  const sentences = [
    ...(plan.say.length > 0 ? plan.say : [`OK, ${title}.`]),
    ...(gone ? [`${gone.charAt(0).toUpperCase()}${gone.slice(1)}`] : []),
    ...execution.errors.map((e) => e.message),
    ...plan.problems.map((p) => `${p.charAt(0).toUpperCase()}${p.slice(1)}.`),
  ].map(sentence);
  return {
    outcome: 'acted',
    sentences,
    commands: plan.commands,
    execution,
    home: execution.home,
    targets: [...new Set(execution.events.map((e) => e.entityId))],
    notes: [because(command, input)],
    ...(plan.routines.length > 0 ? { startRoutines: plan.routines } : {}),
  };
}

function applyConcept(part: Interpretation, context: PartContext, concept: Concept): PartResult {
  const { input, home } = context;
  const entities = part.targets.flatMap((id) => home.entities.find((e) => e.id === id) ?? []);
  const word = curly(concept.word);
  if (entities.length === 0)
    return saying(context, 'failed', [
      `${word} is a setting for ${concept.domain === 'climate' ? 'thermostats' : `${concept.domain.replace('_', ' ')}s`}; which one should I set?`,
    ]);
  const applied = conceptCommands(concept, entities, input.unit);
  if (applied.commands.length === 0)
    return saying(context, 'failed', [
      applied.notes.join(' ') || `I couldn't set that to ${word}.`,
    ]);
  const execution = execute(
    home,
    applied.commands,
    taughtCause(concept, concept.word, context.cause),
    input.now,
  );
  const names = applied.applied.map(theName);
  const who =
    names.length <= 2
      ? names.join(' and ')
      : `${names.length} ${concept.domain === 'light' ? 'lights' : 'devices'}`;
  return {
    outcome: 'acted',
    sentences: [
      `Set ${who} to ${word}.`,
      ...applied.notes.map((n) => `${n.charAt(0).toUpperCase()}${n.slice(1)}.`),
      ...execution.errors.map((e) => e.message),
    ].map(sentence),
    commands: applied.commands,
    execution,
    home: execution.home,
    targets: applied.applied.map((e) => e.id),
    notes: [because(concept, input)],
  };
}

/** The part's taught item run or applied; undefined when the part uses nothing taught. */
export function taughtPart(part: Interpretation, context: PartContext): PartResult | undefined {
  const taught = context.input.taught;
  const id = part.taught?.id;
  if (!taught || id === undefined) return undefined;
  if (part.intent === 'RunTaughtCommand') {
    const command = taught.commands.find((c) => c.id === id);
    return command && runCommand(part, context, command);
  }
  if (part.intent === 'ApplyConcept' && part.unresolved?.concept === undefined) {
    const concept = taught.concepts.find((c) => c.id === id);
    return concept && applyConcept(part, context, concept);
  }
  return undefined;
}
