// A turn that says one of the person's routine phrases: the routine runs (its conditions checked
// and traced like any run, the voice request as the cause), and the reply says what it did — its
// own words when it has a "say" step, else what changed — or why it did not run.
import type { Cause } from '../activity/cause.ts';
import { runRoutines } from '../routines/engine.ts';
import type { Interpretation } from '../language/types.ts';
import { changeLines } from './explain.ts';
import { joinList } from './words.ts';
import type { TurnInput, TurnOutcome, TurnResult, TurnRoutines } from './types.ts';
import { voiceCause } from './voiceCause.ts';

function reply(
  name: string,
  status: string,
  said: string[],
  changed: number,
  problems: string[],
  notRun: string | undefined,
): string {
  if (notRun !== undefined) return `I didn't run “${name}”: ${notRun}.`;
  const told = said.join(' ');
  if (status === 'failed')
    return `${told ? `${told} ` : ''}“${name}” ran, but ${problems.length === 1 ? 'a step' : `${problems.length} steps`} didn't work: ${problems.join(' ')}`;
  if (told) return told;
  if (status === 'waiting') return `OK, “${name}” has started.`;
  if (changed === 0) return `OK, I ran “${name}”. Everything was already as it says.`;
  return `OK, I ran “${name}”.`;
}

/** What started a routine other than its phrase (a yes to an offer): the cause and its words. */
export interface RoutineStart {
  cause: Cause;
  /** For the run's trace: "you said “yes” to “Shall I run Good night?”". */
  trigger: string;
  /** For "Why?", in place of "“good night” is a phrase of your routine …". */
  reason: string;
}

export function routineTurn(
  input: TurnInput,
  interpretation: Interpretation,
  routines: TurnRoutines,
  start?: RoutineStart,
): TurnResult {
  const { id, phrase } = interpretation.routine ?? { id: '', phrase: input.text };
  const routine = routines.list.find((r) => r.id === id);
  const name = routine?.name ?? interpretation.slots.name ?? 'that routine';
  const cause: Cause = start?.cause ?? voiceCause(input);
  const engine = runRoutines(
    input.home,
    {
      routines: routines.list,
      settings: routines.settings,
      newId: routines.newRunId,
      taught: input.taught?.commands ?? [],
    },
    {
      starts: [
        {
          routineId: id,
          trigger: start?.trigger ?? `you said “${phrase}”`,
          at: input.now,
          parent: cause,
        },
      ],
      held: routines.held ?? [],
    },
    input.now,
  );
  const run = engine.runs.find((r) => r.routineId === id);
  const failedConditions = run?.conditions.filter((c) => !c.ok).map((c) => c.why) ?? [];
  const notRun = !run
    ? 'it no longer exists'
    : run.status === 'skipped'
      ? joinList(failedConditions)
      : run.status === 'stopped'
        ? 'it was started too many times in a row'
        : undefined;
  const problems = (run?.steps ?? []).flatMap((s) =>
    s.status === 'failed' && s.detail ? [s.detail.replace(/\.?$/, '.')] : [],
  );
  const said = engine.said.filter((s) => s.runId === run?.id).map((s) => s.text);
  const outcome: TurnOutcome =
    notRun !== undefined || run?.status === 'failed' ? 'failed' : 'acted';
  const changes = changeLines(engine.events, engine.home, input.unit);
  const targets = [...new Set(engine.events.map((e) => e.entityId))].map((entityId) => ({
    id: entityId,
    name: engine.home.entities.find((e) => e.id === entityId)?.name ?? entityId,
  }));
  return {
    reply: reply(name, run?.status ?? 'done', said, engine.events.length, problems, notRun),
    outcome,
    interpretation,
    commands: [],
    execution: { home: engine.home, events: engine.events, errors: [] },
    explanation: {
      understood: `Run your routine “${name}”`,
      intent: 'RunRoutine',
      slots: { name },
      targets,
      changes,
      reasons: [
        start?.reason ?? `“${phrase}” is a phrase of your routine “${name}”.`,
        ...(run?.conditions.map(
          (c) => `${c.ok ? 'It could run' : 'It could not run'}: ${c.why}.`,
        ) ?? []),
      ],
    },
    state: input.state.previous ? { previous: input.state.previous } : {},
    routineRun: engine,
  };
}
