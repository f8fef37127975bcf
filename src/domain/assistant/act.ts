// Acting on a request: commands for each device, run through execute(), and a reply that says
// what changed, what was already so, and what could not be done and why.
import { supportedCommands, unsupportedMessage } from '../home/capabilities.ts';
import type { Command } from '../home/commands.ts';
import { execute, type ExecuteResult } from '../home/execute.ts';
import type { Entity } from '../home/model.ts';
import type { Interpretation } from '../language/types.ts';
import { wordAct, type ActWording, type Sentence } from './actionWords.ts';
import type { CommandPlan } from './commandsFor.ts';
import type { PartContext, PartResult } from './part.ts';
import { groupPhrase } from './places.ts';
import { plain } from './reply.ts';
import { joinList, shortList, theName } from './words.ts';

interface Planned {
  entity: Entity;
  commands: Command[];
}

const canDo = ({ entity, commands }: Planned) =>
  commands.every((command) => supportedCommands(entity).includes(command.type));

/**
 * A request about a kind of device in a place ("turn on the lights") leaves out what can't do it
 * (a light that only switches, when asked to dim); a request that names devices tries them all,
 * so the person hears why a named device didn't do it.
 */
function choose(planned: Planned[], named: boolean): { run: Planned[]; left: string | undefined } {
  const able = planned.filter(canDo);
  if (named || able.length === 0 || able.length === planned.length)
    return { run: planned, left: undefined };
  const left = planned.filter((p) => !canDo(p));
  const [one] = left;
  const missing = one?.commands.find((c) => !supportedCommands(one.entity).includes(c.type));
  const why =
    left.length === 1 && one && missing
      ? unsupportedMessage(one.entity, missing)
      : `${shortList(left.map((p) => p.entity.name))} can't do that.`;
  return { run: able, left: why };
}

interface Bucket {
  wording: ActWording;
  entities: Entity[];
}

function addTo(buckets: Map<string, Bucket>, wording: ActWording, entity: Entity) {
  const bucket = buckets.get(wording.key);
  if (bucket) bucket.entities.push(entity);
  else buckets.set(wording.key, { wording, entities: [entity] });
}

/** The reply's sentences: what changed, then what was already so, then what went wrong. */
function describe(
  context: PartContext,
  run: Planned[],
  execution: ExecuteResult,
  echo: string | undefined,
  named: boolean,
): { sentences: Sentence[]; worked: number; notes: string[] } {
  const changed = new Map<string, Bucket>();
  const already = new Map<string, Bucket>();
  let worked = 0;
  for (const { entity, commands } of run) {
    const failed = new Set(
      execution.errors.filter((e) => e.entityId === entity.id).map((e) => e.command),
    );
    const ok = commands.filter((command) => !failed.has(command));
    if (ok.length === 0) continue;
    worked++;
    const after = execution.home.entities.find((e) => e.id === entity.id) ?? entity;
    const wording = wordAct(ok, entity, after, context.input.unit, echo);
    addTo(after === entity ? already : changed, wording, after);
  }
  const say = (bucket: Bucket, how: 'done' | 'already'): Sentence => {
    // Groups merged from parts said apart ("the kitchen lights and the hallway light") keep
    // their names a little longer: the person named them.
    const again = (entities: Entity[], merged = false): Sentence => {
      const object =
        merged && entities.length <= 3
          ? joinList(entities.map(theName))
          : groupPhrase(context.home, entities);
      return {
        ...bucket.wording[how]({ entities, object }),
        group: { key: `${how}:${bucket.wording.key}`, entities, again },
      };
    };
    return again(bucket.entities);
  };
  const sentences = [...changed.values()].map((b) => say(b, 'done'));
  // In a big group, what was already so is noise; with one or two devices, or nothing done, it is the answer.
  if (changed.size === 0 || run.length <= 2)
    sentences.push(...[...already.values()].map((b) => say(b, 'already')));
  const messages = [...new Set(execution.errors.map((e) => e.message))];
  // Asked of a kind of device ("set the lights to blue"): what some couldn't do goes to "Why?".
  const aside = !named && worked > 0;
  if (!aside) sentences.push(...messages.map(plain));
  return { sentences, worked, notes: aside ? messages : [] };
}

export function act(
  part: Interpretation,
  context: PartContext,
  plan: CommandPlan,
  entities: Entity[],
): PartResult {
  const planned = entities.map((entity) => ({ entity, commands: plan.build(entity) }));
  const named = part.slots.name !== undefined;
  const { run, left } = choose(planned, named);
  const commands = run.flatMap((p) => p.commands);
  const { input, cause, home } = context;
  const execution = execute(home, commands, cause, input.now);
  const described = describe(context, run, execution, plan.echo, named);
  const { sentences, worked } = described;
  // Nothing worked: why the ones left out couldn't is part of the answer, not a footnote.
  if (left && worked === 0) sentences.push(plain(left));
  const notes = left && worked > 0 ? [`Left out what can't do it: ${left}`] : [];
  return {
    outcome: worked > 0 ? 'acted' : 'failed',
    sentences,
    commands,
    execution,
    home: execution.home,
    targets: run.map((p) => p.entity.id),
    notes: [...plan.notes, ...notes, ...described.notes],
  };
}
