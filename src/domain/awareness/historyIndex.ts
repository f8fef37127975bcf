// The history made quick to ask. From the stored events: per device, when its state became what
// (so "what was it at 22:40 last Tuesday?" is one binary search); the moments people mark their
// day with (good night, leaving the house); and what people did themselves, as commands that would
// do it again (for habit mining). Built once, then grown as new events come: appending a few
// events copies only the timelines they touch.
import { causeChain, type Cause } from '../activity/cause.ts';
import type { AttributeValue, Change, HomeEvent } from '../activity/event.ts';
import type { Command } from '../home/commands.ts';
import type { Home } from '../home/model.ts';
import type { HistoryIndex, Moment, MomentKind, PersonalAction, StateChange } from './types.ts';

/**
 * Devices a person controls, people (for who is home) and binary sensors (motion and doors are
 * signs of someone about): the states worth remembering.
 */
const TRACKED = new Set([
  'binary_sensor',
  'light',
  'switch',
  'fan',
  'cover',
  'lock',
  'climate',
  'media_player',
  'person',
]);

/** Two marks of the same kind this close together are one moment (a run's many events). */
const SAME_MOMENT_MS = 30 * 60_000;

const BEDTIME_WORDS =
  /\b(good ?night|night[ -]night|bed ?time|(going|off|go|time) (to|for) bed|going to sleep)\b/i;
const LEAVING_WORDS =
  /\b(leaving|i'?m off|i am off|heading out|going out|good ?bye|bye|away mode|last (person|one) (leaves|out|left))\b/i;

/**
 * The index as built here: the contract's fields, plus what growing it needs and the contract
 * has no place for. Plain data, so it survives being copied to a worker and back.
 */
export interface GrowingHistoryIndex extends HistoryIndex {
  /** People in the home who never come or go in the history: their state, which never changes. */
  readonly steadyPeople: ReadonlyMap<string, string>;
  /** Ids of the events at `until`, so the same event given twice is indexed once. */
  readonly idsAtUntil: readonly string[];
}

const EMPTY: GrowingHistoryIndex = {
  since: Number.POSITIVE_INFINITY,
  until: Number.NEGATIVE_INFINITY,
  timelines: new Map(),
  moments: [],
  personal: [],
  steadyPeople: new Map(),
  idsAtUntil: [],
};

/**
 * Indexes a history (any order; it is sorted by time). `home` is the present home: people in it
 * with no event at all are taken to have stayed as they are now. An empty history reaches from
 * +Infinity to -Infinity: nothing can be sampled from it.
 */
export function indexHistory(events: readonly HomeEvent[], home: Home): GrowingHistoryIndex {
  const moved = new Set(events.filter((e) => e.domain === 'person').map((e) => e.entityId));
  const steadyPeople = new Map(
    home.entities
      .filter((e) => e.domain === 'person' && !moved.has(e.id))
      .map((e) => [e.id, e.state] as const),
  );
  const start: GrowingHistoryIndex = { ...EMPTY, steadyPeople };
  return addToHistory(start, events);
}

/**
 * Adds events newer than the index (pure: the index given is left as it was). Events older than
 * the newest one indexed are taken as seen already and skipped — rebuild with indexHistory to
 * take in the past — and an event given twice counts once.
 */
export function addToHistory(
  index: HistoryIndex,
  events: readonly HomeEvent[],
): GrowingHistoryIndex {
  const from = grown(index);
  const seenAtUntil = new Set(from.idsAtUntil);
  const fresh = sortedByTime(events).filter(
    (e) => e.at > from.until || (e.at === from.until && !seenAtUntil.has(e.id)),
  );
  if (fresh.length === 0) return from;

  const timelines = new Map(from.timelines);
  const copied = new Set<string>();
  const moments = [...from.moments];
  const personal: PersonalAction[] = [];
  const presence = new Presence(from, fresh);

  for (const event of fresh) {
    const state = event.changes.find((c) => c.key === 'state');
    if (state && TRACKED.has(event.domain) && state.from !== state.to) {
      let line = timelines.get(event.entityId);
      if (!copied.has(event.entityId)) {
        line = [...(line ?? [])];
        timelines.set(event.entityId, line);
        copied.add(event.entityId);
      }
      (line as StateChange[]).push({ at: event.at, from: text(state.from), to: text(state.to) });
    }
    const left =
      event.domain === 'person' && state ? presence.change(event, text(state.to)) : false;
    const kind = left ? 'leaving' : undefined;
    if (kind) addMoment(moments, { kind, at: event.at, marker: 'everyone left' });
    const marked = momentOf(event.cause);
    if (marked) addMoment(moments, { ...marked, at: event.at });
    const action = personalAction(event);
    if (action) personal.push(action);
  }

  const last = fresh[fresh.length - 1]!;
  const until = Math.max(from.until, last.at);
  const atUntil = fresh.filter((e) => e.at === until).map((e) => e.id);
  return {
    since: Math.min(from.since, fresh[0]!.at),
    until,
    timelines,
    moments,
    personal: personal.length > 0 ? [...from.personal, ...personal] : from.personal,
    steadyPeople: from.steadyPeople,
    idsAtUntil: until === from.until ? [...from.idsAtUntil, ...atUntil] : atUntil,
  };
}

function grown(index: HistoryIndex): GrowingHistoryIndex {
  const extra = index as Partial<GrowingHistoryIndex>;
  return {
    ...index,
    steadyPeople: extra.steadyPeople ?? new Map(),
    idsAtUntil: extra.idsAtUntil ?? [],
  };
}

function sortedByTime(events: readonly HomeEvent[]): readonly HomeEvent[] {
  for (let i = 1; i < events.length; i++) {
    if (events[i]!.at < events[i - 1]!.at) return [...events].sort((a, b) => a.at - b.at);
  }
  return events;
}

const text = (value: AttributeValue): string =>
  Array.isArray(value) ? value.join(',') : String(value);

/** Who is home, followed through the events: leaving is the moment the last one goes. */
class Presence {
  private readonly states = new Map<string, string>();

  constructor(index: GrowingHistoryIndex, events: readonly HomeEvent[]) {
    for (const [id, state] of index.steadyPeople) this.states.set(id, state);
    for (const [id, line] of index.timelines) {
      if (id.startsWith('person.') && line.length > 0) this.states.set(id, line.at(-1)!.to);
    }
    // Someone first seen in these events was, until then, in the state their first one left.
    for (const e of events) {
      const state = e.domain === 'person' ? e.changes.find((c) => c.key === 'state') : undefined;
      if (state && !this.states.has(e.entityId)) this.states.set(e.entityId, text(state.from));
    }
  }

  /** Records a person's new state; true when that made the house empty. */
  change(event: HomeEvent, state: string): boolean {
    const wasSomeoneHome = this.someoneHome();
    this.states.set(event.entityId, state);
    return wasSomeoneHome && !this.someoneHome();
  }

  private someoneHome(): boolean {
    for (const state of this.states.values()) if (state === 'home') return true;
    return false;
  }
}

/** Adds a moment unless one of its kind was marked a moment ago (the same run, said twice). */
function addMoment(moments: Moment[], moment: Moment): void {
  for (let i = moments.length - 1; i >= 0; i--) {
    const earlier = moments[i]!;
    if (moment.at - earlier.at > SAME_MOMENT_MS) break;
    if (earlier.kind === moment.kind) return;
  }
  moments.push(moment);
}

/** A moment an event's causes mark: a routine or words about going to bed or leaving. */
function momentOf(cause: Cause): { kind: MomentKind; marker: string } | undefined {
  // Most events are the home itself or a hand on the panel: nothing said, nothing run.
  if (cause.parent === undefined && (cause.kind === 'simulation' || cause.kind === 'manual'))
    return undefined;
  for (const c of causeChain(cause)) {
    const words = causeWords(c);
    if (words === undefined) continue;
    const kind: MomentKind | undefined = BEDTIME_WORDS.test(words)
      ? 'bedtime'
      : LEAVING_WORDS.test(words)
        ? 'leaving'
        : undefined;
    if (!kind) continue;
    if (c.kind === 'routine') return { kind, marker: `${c.routineName} ran` };
    if (c.kind === 'taught') return { kind, marker: `"${c.phrase}" was said` };
    if (c.kind === 'voice') return { kind, marker: `"${c.utterance}" was said` };
  }
  return undefined;
}

function causeWords(cause: Cause): string | undefined {
  switch (cause.kind) {
    case 'routine':
      return `${cause.routineName} | ${cause.trigger}`;
    case 'taught':
      return cause.phrase;
    case 'voice':
      return cause.utterance;
    default:
      return undefined;
  }
}

// ---------- What people did, as commands ----------

/** A change a person made (the event's own cause is by hand or by voice), or nothing. */
function personalAction(event: HomeEvent): PersonalAction | undefined {
  const { cause } = event;
  if (cause.kind !== 'manual' && cause.kind !== 'voice') return undefined;
  const command = commandFor(event);
  if (!command) return undefined;
  return {
    at: event.at,
    eventId: event.id,
    entityId: event.entityId,
    command,
    via: cause.kind,
    ...(cause.kind === 'voice' ? { utterance: cause.utterance } : {}),
  };
}

/** An event's few changes, by key (a handful each: a search beats building a map). */
class Changes {
  constructor(private readonly list: readonly Change[]) {}
  get(key: string): Change | undefined {
    for (const c of this.list) if (c.key === key) return c;
    return undefined;
  }
}

/** The one command that would make the same change again: what the change was about. */
export function commandFor(event: HomeEvent): Command | undefined {
  const changes = new Changes(event.changes);
  const entityId = event.entityId;
  const state = changes.get('state')?.to;
  const number = (key: string) => {
    const value = changes.get(key)?.to;
    return typeof value === 'number' ? value : undefined;
  };
  switch (event.domain) {
    case 'light':
      return lightCommand(entityId, changes, state);
    case 'switch':
      return onOff(entityId, state);
    case 'fan': {
      const speed = number('percentage');
      if (state !== 'off' && speed !== undefined)
        return { entityId, type: 'set_fan_speed', percentage: speed };
      return onOff(entityId, state);
    }
    case 'cover':
      return coverCommand(entityId, changes, state);
    case 'lock':
      if (state === 'locked') return { entityId, type: 'lock' };
      return state === 'unlocked' ? { entityId, type: 'unlock' } : undefined;
    case 'climate': {
      const target = number('temperature');
      if (typeof state === 'string' && (state === 'off' || target === undefined))
        return { entityId, type: 'set_hvac_mode', mode: state };
      return target === undefined
        ? undefined
        : { entityId, type: 'set_temperature', temperature: target };
    }
    case 'media_player':
      return mediaCommand(entityId, changes, state);
    default:
      // Sensors and people: set from the panel to act the world out, not habits.
      return undefined;
  }
}

function onOff(entityId: string, state: AttributeValue | undefined): Command | undefined {
  if (state === 'on') return { entityId, type: 'turn_on' };
  return state === 'off' ? { entityId, type: 'turn_off' } : undefined;
}

function lightCommand(
  entityId: string,
  changes: Changes,
  state: AttributeValue | undefined,
): Command | undefined {
  if (state === 'off') return { entityId, type: 'turn_off' };
  // "Turn on" brings back the kept brightness; a new level (or colour) was the point of it.
  const brightness = changes.get('brightness')?.to;
  if (typeof brightness === 'number' && brightness > 0)
    return { entityId, type: 'set_brightness', brightness };
  const rgb = changes.get('rgb_color')?.to;
  if (typeof rgb === 'string') return { entityId, type: 'set_color', color: rgb };
  const kelvin = changes.get('color_temp_kelvin')?.to;
  if (typeof kelvin === 'number') return { entityId, type: 'set_color_temp', kelvin };
  return onOff(entityId, state);
}

function coverCommand(
  entityId: string,
  changes: Changes,
  state: AttributeValue | undefined,
): Command | undefined {
  const target = changes.get('target_position')?.to ?? changes.get('position')?.to;
  if (typeof target === 'number' && target > 0 && target < 100)
    return { entityId, type: 'set_position', position: target };
  if (state === 'opening' || state === 'open') return { entityId, type: 'open' };
  if (state === 'closing' || state === 'closed') return { entityId, type: 'close' };
  return undefined;
}

function mediaCommand(
  entityId: string,
  changes: Changes,
  state: AttributeValue | undefined,
): Command | undefined {
  const media = changes.get('media_id')?.to;
  if (state === 'off') return { entityId, type: 'turn_off' };
  // Something new chosen to play (from off, or instead of what was playing).
  if ((state === 'playing' || state === undefined) && typeof media === 'string')
    return { entityId, type: 'play_media', mediaId: media };
  if (state === 'playing') return { entityId, type: 'play' };
  if (state === 'paused') return { entityId, type: 'pause' };
  if (state === 'idle') return { entityId, type: 'turn_on' };
  const volume = changes.get('volume')?.to;
  if (typeof volume === 'number') return { entityId, type: 'set_volume', volume };
  const muted = changes.get('muted')?.to;
  if (typeof muted === 'boolean') return { entityId, type: muted ? 'mute' : 'unmute' };
  return undefined;
}
