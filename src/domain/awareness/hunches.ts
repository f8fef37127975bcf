// Hunches: a device left in a state that is unusual for this time ("The Porch light is usually
// off by now — it was off at this time on 12 of the last 14 days. Turn it off?"). Only things a
// person forgets — a light or plug left on, a door left open or unlocked, the heating or the TV
// left on — and only when the history is sure: the usual state held on nearly every sampled
// day and had already held for a while before now, the present state is rare at this time, it
// looks forgotten rather than just switched on, and nobody is busy in that room.
import { zoneOffsetMs } from '../clock/zoned.ts';
import { binaryClass } from '../home/binaryClasses.ts';
import type { Command } from '../home/commands.ts';
import type { Entity } from '../home/model.ts';
import { hunchQuestion, hunchSpoken, hunchText } from './hunchWords.ts';
import type { AwarenessInput, AwarenessMemory, Hunch, HunchKind, MomentKind } from './types.ts';
import { lastAtOrBefore, settledState, spellsOf, stateAt } from './timeline.ts';
import {
  MIN_SAMPLES,
  pastDays,
  usualState,
  WEEKS_BACK,
  type PastDay,
  type Usual,
} from './usual.ts';

const MINUTE = 60_000;
const DAY = 86_400_000;

/** A state this new is someone in the middle of something (a light just switched on). */
export const GRACE_MS = 20 * MINUTE;
/**
 * Someone busy in the room (a device there changed, a motion or door sensor there went off) this
 * recently is not to be told about what they are using: forgotten things sit in quiet rooms.
 */
export const QUIET_MS = 30 * MINUTE;
/** Spells needed to judge a device by how long it lasts at any time of day. */
const MIN_SPELLS = 5;
/** Share of the sampled days that must agree on the usual state. */
export const MIN_AGREEMENT = 0.85;
/** The present state may have happened on at most one in three days at this time. */
export const MAX_RARE_SHARE = 1 / 3;
/** A narrower count smaller than this says too little to judge rarity by. */
const MIN_TO_JUDGE_RARITY = 3;
/** Spells begun this close to the same time of day say how long it usually stays so… */
const SIMILAR_START_MS = 2 * 60 * MINUTE;
/** …and it is forgotten once it has lasted this many times as long (their median). */
const SPELL_FACTOR = 3;
/** Never before put so at about this time of day: forgotten once it has lasted this long. */
const UNPRECEDENTED_MS = 2 * 60 * MINUTE;
/** Each decline of a kind (beyond those accepted) asks for this much more agreement… */
const AGREEMENT_PER_DECLINE = 0.03;
/** …and this many more samples. */
const SAMPLES_PER_DECLINE = 2;

/** The state each kind of device rests in: a hunch is about one left out of it. */
const RESTING: Partial<Record<Entity['domain'], string>> = {
  light: 'off',
  switch: 'off',
  fan: 'off',
  cover: 'closed',
  lock: 'locked',
  climate: 'off',
  media_player: 'off',
};

/** Blinds, curtains and shades are left open on purpose; doors, gates and windows are not. */
const SECURE_COVERS = new Set(['garage', 'door', 'window']);

/** Whether hunches are ever about the device (and so whether it may be put right on its own). */
export function isAskable(entity: Entity): boolean {
  if (entity.domain === 'cover') return SECURE_COVERS.has(entity.attributes.device_class);
  return RESTING[entity.domain] !== undefined;
}

/** "light:on", "cover.garage:open", "climate:heat": what declines are counted by. */
export function hunchKind(entity: Entity, actual: string): HunchKind {
  const kind =
    entity.domain === 'cover' ? `cover.${entity.attributes.device_class}` : entity.domain;
  return `${kind}:${actual}`;
}

export const hunchId = (entityId: string, actual: string) => `${entityId}|${actual}`;

/** The command that puts a device back in `usual`. */
export function fixFor(entity: Entity, usual: string): Command | undefined {
  const entityId = entity.id;
  switch (entity.domain) {
    case 'light':
    case 'switch':
    case 'fan':
    case 'media_player':
      if (usual === 'off') return { entityId, type: 'turn_off' };
      return usual === 'on' ? { entityId, type: 'turn_on' } : undefined;
    case 'cover':
      if (usual === 'closed') return { entityId, type: 'close' };
      return usual === 'open' ? { entityId, type: 'open' } : undefined;
    case 'lock':
      return usual === 'locked' ? { entityId, type: 'lock' } : { entityId, type: 'unlock' };
    case 'climate':
      return { entityId, type: 'set_hvac_mode', mode: usual };
    default:
      return undefined;
  }
}

/** How much stronger the evidence must be for a kind the person has declined. */
function bar(memory: AwarenessMemory, kind: HunchKind) {
  const counts = memory.hunchKinds[kind];
  const declines = counts ? Math.max(0, counts.declined - counts.accepted) : 0;
  return {
    agreement: Math.min(1, MIN_AGREEMENT + declines * AGREEMENT_PER_DECLINE),
    extraSamples: declines * SAMPLES_PER_DECLINE,
  };
}

/**
 * The evidence meets the bar: enough samples, nearly all agreeing — and, by time of week, nearly
 * all had already been so for a while (a settled state, not one that had only just changed).
 */
function convincing(usual: Usual, need: ReturnType<typeof bar>, byTime: boolean): boolean {
  const { agreeing, sampled, population } = usual.evidence;
  return (
    sampled >= MIN_SAMPLES[population.kind] + need.extraSamples &&
    agreeing / sampled >= need.agreement &&
    (!byTime || usual.held / sampled >= need.agreement)
  );
}

/**
 * The present state is rare at this time: in the evidence's own count and in every narrower one
 * big enough to say (the wider ones may differ: that is why a narrower count was chosen).
 */
function rare(usual: Usual, actual: string): boolean {
  const chosen = usual.tallies.findIndex((t) => t.population === usual.evidence.population);
  return usual.tallies
    .slice(0, chosen + 1)
    .every(
      (t) =>
        t.sampled < MIN_TO_JUDGE_RARITY ||
        (t.counts.get(actual) ?? 0) <= MAX_RARE_SHARE * t.sampled + 1e-9,
    );
}

/** Whether a change of this device says someone is about: controls, and motion or door sensors. */
function showsSomeone(entity: Entity): boolean {
  if (entity.domain === 'binary_sensor') {
    const kind = binaryClass(entity.attributes.device_class)?.kind;
    return kind === 'contact' || kind === 'detector';
  }
  return RESTING[entity.domain] !== undefined;
}

/** Per room, the last time before `now` something there showed someone about. */
function lastActivity(input: AwarenessInput): Map<string, number> {
  const last = new Map<string, number>();
  for (const entity of input.home.entities) {
    if (entity.area === undefined || !showsSomeone(entity)) continue;
    const line = input.index.timelines.get(entity.id);
    const i = line ? lastAtOrBefore(line, input.now) : -1;
    if (i < 0) continue;
    const at = line![i]!.at;
    if (at > (last.get(entity.area) ?? -Infinity)) last.set(entity.area, at);
  }
  return last;
}

/**
 * Whether the house is empty now and, if so, since when (the last person's leaving, as the
 * history has it); nothing for a home without people.
 */
function presence(input: AwarenessInput): { nobodyHome?: boolean; emptySince?: number } {
  const people = input.home.entities.filter((e) => e.domain === 'person');
  if (people.length === 0) return {};
  if (people.some((p) => p.state === 'home')) return { nobodyHome: false };
  let emptySince: number | undefined;
  for (const person of people) {
    const line = input.index.timelines.get(person.id) ?? [];
    const i = lastAtOrBefore(line, input.now);
    if (i >= 0 && (emptySince === undefined || line[i]!.at > emptySince)) emptySince = line[i]!.at;
  }
  return emptySince === undefined ? { nobodyHome: true } : { nobodyHome: true, emptySince };
}

interface Context {
  input: AwarenessInput;
  /** Per room, when something there last showed someone about. */
  activity: ReadonlyMap<string, number>;
  moment?: MomentKind;
  /** When the moment being judged began (the good night just said). */
  momentAt: number;
  days: readonly PastDay[];
  nobodyHome?: boolean;
  /** When the house became empty, if it is empty now. */
  emptySince?: number;
}

/**
 * Whether the device looks forgotten rather than switched on a while ago on purpose: it was
 * already so when it regularly changes back (the porch light on since sunset, still on at
 * midnight), it was left so when the last person went out, or it has stayed so far longer than
 * it does when put so at about this time of day (the back door unlocked for the bins in the
 * evening, for an afternoon in the garden at weekends). After a moment: it was already so when
 * the moment came.
 */
function looksForgotten(entity: Entity, actual: string, usual: Usual, ctx: Context): boolean {
  const { now, timeZone } = ctx.input;
  const since = usual.evidence.since!;
  if (ctx.moment) return since <= ctx.momentAt;
  const age = now - since;
  if (usual.changedAgo !== undefined && age >= usual.changedAgo) return true;
  // Nobody can be using what was left so when the last person went out.
  const out = ctx.emptySince;
  if (out !== undefined && since <= out && now - out >= GRACE_MS) return true;
  const line = ctx.input.index.timelines.get(entity.id) ?? [];
  // Wall-clock minutes with today's offset: an hour's error across a clock change is within reach.
  const offset = zoneOffsetMs(now, timeZone);
  const clock = (t: number) => (((t + offset) % DAY) + DAY) % DAY;
  const spells = spellsOf(entity.id, line, actual, now - WEEKS_BACK * 7 * DAY, now);
  const lengths = (list: typeof spells) => list.map((s) => s.length).sort((a, b) => a - b);
  const similar = lengths(
    spells.filter((s) => {
      const apart = Math.abs(clock(s.start) - clock(since));
      return Math.min(apart, DAY - apart) <= SIMILAR_START_MS;
    }),
  );
  // Never put so at this time of day: the longer wait — shortened for a device that is only ever
  // so for moments (a garage door, open a minute at a time morning and evening).
  const all = lengths(spells);
  if (similar.length === 0) {
    if (all.length < MIN_SPELLS) return age >= UNPRECEDENTED_MS;
    const usually = Math.max(GRACE_MS, SPELL_FACTOR * all[(all.length - 1) >> 1]!);
    return age > Math.min(UNPRECEDENTED_MS, usually);
  }
  // The lower median: one earlier time it was forgotten all night does not move the bar.
  return age > Math.max(GRACE_MS, SPELL_FACTOR * similar[(similar.length - 1) >> 1]!);
}

function hunchAbout(entity: Entity, ctx: Context): Hunch | undefined {
  const { index, now, timeZone, memory } = ctx.input;
  if (!isAskable(entity) || memory.neverAsk.includes(entity.id)) return undefined;
  const actual = settledState(entity.id, entity.state);
  if (actual === RESTING[entity.domain]) return undefined;
  const id = hunchId(entity.id, actual);
  if ((memory.snoozed[id] ?? 0) > now) return undefined;

  // The history must agree with the home on the present state.
  const line = index.timelines.get(entity.id) ?? [];
  const known = stateAt(line, now);
  if (known === undefined || settledState(entity.id, known) !== actual) return undefined;

  const byTime = {
    days: ctx.days,
    ...(ctx.nobodyHome === undefined ? {} : { nobodyHome: ctx.nobodyHome }),
  };
  const options = ctx.moment ? { moment: ctx.moment } : byTime;
  const usual = usualState(index, entity.id, now, timeZone, options);
  if (!usual || usual.evidence.usual !== RESTING[entity.domain]) return undefined;
  const since = usual.evidence.since;
  if (since === undefined || now - since < GRACE_MS) return undefined;

  const kind = hunchKind(entity, actual);
  const need = bar(memory, kind);
  if (!convincing(usual, need, !ctx.moment) || !rare(usual, actual)) return undefined;
  if (!looksForgotten(entity, actual, usual, ctx)) return undefined;
  // Someone busy in the room: the device itself changed `since`; anything else there counts too.
  const busy = entity.area === undefined ? undefined : ctx.activity.get(entity.area);
  if (busy !== undefined && busy > since && now - busy < QUIET_MS) return undefined;

  const fix = fixFor(entity, usual.evidence.usual);
  if (!fix) return undefined;
  return {
    id,
    entityId: entity.id,
    entityName: entity.name,
    domain: entity.domain,
    ...(entity.area === undefined ? {} : { area: entity.area }),
    actual,
    kind,
    evidence: usual.evidence,
    fix,
    text: hunchText(entity, usual.evidence),
    question: hunchQuestion(entity, fix),
    spoken: hunchSpoken(entity, actual, fix),
    confidence: usual.strength,
  };
}

/** When the moment being judged began: the latest of its kind in the last hour, or now. */
function momentStart(input: AwarenessInput, kind: MomentKind): number {
  const { moments } = input.index;
  for (let i = moments.length - 1; i >= 0; i--) {
    const m = moments[i]!;
    if (m.at < input.now - 60 * MINUTE) break;
    if (m.kind === kind && m.at <= input.now) return m.at;
  }
  return input.now;
}

/**
 * What is unusual now, strongest first. With `moment`, the device is compared with how it was
 * just after past good nights (or leavings) — for what is said right after "good night".
 */
export function findHunches(input: AwarenessInput, options: { moment?: MomentKind } = {}): Hunch[] {
  const { index, now, timeZone } = input;
  const ctx: Context = {
    input,
    activity: lastActivity(input),
    ...(options.moment ? { moment: options.moment } : {}),
    momentAt: options.moment ? momentStart(input, options.moment) : now,
    days: options.moment ? [] : pastDays(index, now, timeZone),
    ...presence(input),
  };
  const hunches: Hunch[] = [];
  for (const entity of input.home.entities) {
    const hunch = hunchAbout(entity, ctx);
    if (hunch) hunches.push(hunch);
  }
  return hunches.sort(
    (a, b) => b.confidence - a.confidence || a.entityId.localeCompare(b.entityId),
  );
}
