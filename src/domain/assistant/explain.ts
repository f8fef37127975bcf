// "Why?" for a turn: what was understood, which devices, what changed, and why these devices and
// values, including what came from the conversation ("'it' means the Kitchen ceiling …").
import type { AttributeValue, Change, HomeEvent } from '../activity/event.ts';
import { explain } from '../activity/explain.ts';
import type { ExecuteResult } from '../home/execute.ts';
import type { Entity, Home } from '../home/model.ts';
import type { Interpretation } from '../language/types.ts';
import type { TemperatureUnit } from '../settings/settings.ts';
import type { PartResult } from './part.ts';
import { kindSaid } from './kindSaid.ts';
import { areaById } from './places.ts';
import type { TurnExplanation, TurnInput } from './types.ts';
import { understood } from './understood.ts';
import { quote, shortList, theName } from './words.ts';

const same = (a: AttributeValue, b: AttributeValue) => JSON.stringify(a) === JSON.stringify(b);

/** Several events of one device (colour, then brightness) as one: first "from", last "to". */
function merge(a: HomeEvent, b: HomeEvent): HomeEvent {
  const changes = new Map<string, Change>(a.changes.map((c) => [c.key, c]));
  for (const change of b.changes) {
    const earlier = changes.get(change.key);
    changes.set(change.key, earlier ? { ...change, from: earlier.from } : change);
  }
  return { ...a, changes: [...changes.values()].filter((c) => !same(c.from, c.to)) };
}

/** One line per device that changed: "Kitchen ceiling turned off". */
export function changeLines(
  events: readonly HomeEvent[],
  home: Home,
  unit: TemperatureUnit,
): string[] {
  const byEntity = new Map<string, HomeEvent>();
  for (const event of events) {
    const earlier = byEntity.get(event.entityId);
    byEntity.set(event.entityId, earlier ? merge(earlier, event) : event);
  }
  const options = {
    unit,
    areaName: (id: string) => areaById(home, id)?.name,
    entity: (id: string) => home.entities.find((e) => e.id === id),
  };
  return [...byEntity.values()]
    .filter((event) => event.changes.length > 0)
    .map((event) => explain(event, options).what);
}

const PRONOUN = /\b(it|them|they|that|those|these|this one|this)\b/i;

/** The words that named the devices: a name, or a kind as said ("the lamps"), never a guess. */
function whatWasSaid(part: Interpretation, entities: readonly Entity[]): string | undefined {
  if (part.slots.name !== undefined) return quote(part.slots.name);
  const kind = kindSaid(part.text, entities);
  return kind ? quote(`the ${kind[kind.number]}`) : undefined;
}

/** Why these devices: the conversation, the room the person is in, corrections, other names. */
function partReasons(part: Interpretation, input: TurnInput, entities: Entity[]): string[] {
  const reasons = (part.corrections ?? []).map(
    (c) => `I read ${quote(c.said)} as ${quote(c.meant)}.`,
  );
  const from = new Set(part.fromContext ?? []);
  const names = shortList(entities.map(theName));
  if (from.has('answer') && names) reasons.push(`You answered my question: ${names}.`);
  if (from.has('targets') && names) {
    const pronoun = PRONOUN.exec(part.text)?.[1]?.toLowerCase();
    reasons.push(
      pronoun
        ? `${quote(pronoun)} means ${names} from your last request.`
        : `I took ${names} from your last request.`,
    );
  }
  if (from.has('intent'))
    reasons.push(`You didn't say what to do, so I repeated your last request.`);
  const room = areaById(input.home, input.area);
  if (from.has('area') && room) {
    const said = whatWasSaid(part, entities);
    reasons.push(
      said
        ? `You said ${said} and you are in the ${room.name}.`
        : `You didn't name a room, and you are in the ${room.name}.`,
    );
  }
  const name = part.slots.name?.toLowerCase();
  for (const entity of entities) {
    const alias = entity.aliases?.find((a) => a.toLowerCase() === name);
    if (alias && alias.toLowerCase() !== entity.name.toLowerCase())
      reasons.push(`${quote(alias)} is another name for ${theName(entity)}.`);
  }
  return reasons;
}

const slotValues = (part: Interpretation, prefix: string) =>
  Object.entries(part.slots).flatMap(([key, value]) =>
    typeof value === 'string' || typeof value === 'number'
      ? [[`${prefix}${key}`, value] as const]
      : [],
  );

export function explainTurn(
  interpretation: Interpretation,
  parts: readonly { part: Interpretation; result: PartResult }[],
  input: TurnInput,
  execution: ExecuteResult | undefined,
): TurnExplanation {
  const compound = parts.length > 1;
  const ids = [
    ...new Set(parts.flatMap(({ part, result }) => [...part.targets, ...result.targets])),
  ];
  const lookup = (id: string) => input.home.entities.find((e) => e.id === id);
  const entitiesOf = (list: readonly string[]) => list.flatMap((id) => lookup(id) ?? []);
  return {
    understood: understood(interpretation, input.home, input.unit),
    intent: compound ? parts.map(({ part }) => part.intent).join(' + ') : interpretation.intent,
    slots: Object.fromEntries(
      parts.flatMap(({ part }, i) => slotValues(part, compound ? `${i + 1}.` : '')),
    ),
    targets: entitiesOf(ids).map((e) => ({ id: e.id, name: e.name })),
    changes: execution ? changeLines(execution.events, execution.home, input.unit) : [],
    reasons: parts.flatMap(({ part, result }) => [
      ...partReasons(part, input, entitiesOf(part.targets.length ? part.targets : result.targets)),
      ...result.notes,
    ]),
  };
}
