// Every event in words: what changed ("Kitchen ceiling turned on, brightness 0 % → 80 %") and why,
// read off its cause chain ("The routine “Good night” ran because you said “good night”.").
import { deviceKind } from '../home/capabilities.ts';
import { causeChain, type Cause } from './cause.ts';
import type { HomeEvent } from './event.ts';
import { describeWhat, type Context, type ExplainOptions } from './explainWhat.ts';

export type { ExplainOptions } from './explainWhat.ts';

export interface Explanation {
  what: string;
  why: string;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "3 March", with the year only when it isn't the year of the event; in the person's time zone. */
function formatDate(at: number, eventAt: number, timeZone: string | undefined): string {
  const format = (t: number, options: Intl.DateTimeFormatOptions) => {
    try {
      return new Intl.DateTimeFormat('en-GB', { ...options, timeZone: timeZone ?? 'UTC' }).format(
        t,
      );
    } catch {
      // An unknown zone (a stale setting) should not stop the explanation.
      return new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' }).format(t);
    }
  };
  const sameYear = format(at, { year: 'numeric' }) === format(eventAt, { year: 'numeric' });
  return format(at, { day: 'numeric', month: 'long', ...(sameYear ? {} : { year: 'numeric' }) });
}

const sameWords = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
const stripStop = (text: string) => text.trim().replace(/[.!]+$/, '');

/** What the device itself did, for causes of kind "simulation". */
function simulationClause(process: string, ctx: Context): string {
  const entity = ctx.options.entity?.(ctx.event.entityId);
  const kind = entity ? deviceKind(entity) : undefined;
  const state = ctx.changes.get('state');
  switch (process) {
    case 'thermostat': {
      const room = ctx.changes.get('current_temperature');
      if (
        room &&
        typeof room.from === 'number' &&
        typeof room.to === 'number' &&
        room.to < room.from
      ) {
        return 'the thermostat cooled the room toward its target';
      }
      return room
        ? 'the thermostat warmed the room toward its target'
        : 'the thermostat reacted to the room temperature';
    }
    case 'cover':
      return state?.to === 'opening' || state?.to === 'closing'
        ? `the ${kind ?? 'blind'} is moving`
        : `the ${kind ?? 'blind'} finished moving`;
    case 'media':
      if (ctx.changes.has('media_id')) return 'the player moved on to the next item';
      return state?.to === 'idle'
        ? 'the player reached the end of what it was playing'
        : 'the player carried on';
    case 'sensor':
      if (ctx.event.domain === 'binary_sensor' && state?.to === 'off') {
        const still =
          ctx.deviceClass === 'motion' ||
          ctx.deviceClass === 'occupancy' ||
          ctx.deviceClass === undefined;
        return `the ${kind ?? 'motion sensor'} cleared by itself${still ? ' after no movement' : ''}`;
      }
      // A person's phone saying where they are, as the history records comings and goings.
      if (ctx.event.domain === 'person') return 'their phone reported where they are';
      return `the ${kind ?? 'sensor'} reading changed by itself`;
    default:
      return 'this is made-up history for the demo home';
  }
}

/** The cause's own clause, as the first thing said ("head") or as a reason for another ("parent"). */
function clause(cause: Cause, role: 'head' | 'parent', ctx: Context): string {
  switch (cause.kind) {
    case 'manual':
      return role === 'head'
        ? 'you changed it in the device panel'
        : 'you started it from the device panel';
    case 'voice':
      return `you said “${cause.utterance}”`;
    case 'routine':
      return role === 'head' && !cause.parent
        ? `the routine “${cause.routineName}” ran, triggered by ${cause.trigger}`
        : `the routine “${cause.routineName}” ran`;
    case 'taught': {
      const when =
        cause.taughtAt === undefined
          ? ''
          : ` on ${formatDate(cause.taughtAt, ctx.event.at, ctx.options.timeZone)}`;
      const parent = cause.parent;
      if (role === 'head' && parent?.kind === 'voice') {
        return sameWords(parent.utterance, cause.phrase)
          ? `you said “${parent.utterance}”, which you taught me${when}`
          : `you said “${parent.utterance}”, which ran “${cause.phrase}”, which you taught me${when}`;
      }
      if (role === 'head' && !parent) return `you taught me “${cause.phrase}”${when}`;
      return `“${cause.phrase}”, which you taught me${when}, ran`;
    }
    case 'skill':
      return role === 'head'
        ? `the skill “${cause.skillName}” did this`
        : `the skill “${cause.skillName}” ran`;
    case 'hunch':
      // The answer that accepted it is told with it ("you said “yes” to my hunch: …").
      return `${answered(cause.parent)} to my hunch: ${stripStop(cause.text)}`;
    case 'offer':
      return `${answered(cause.parent)} when I offered “${cause.question}”`;
    case 'automatic':
      return role === 'head' && !cause.parent
        ? `I did this on my own: ${stripStop(cause.reason)}`
        : `I acted on my own (${stripStop(cause.reason)})`;
    case 'import':
      return role === 'head'
        ? `restored from a backup (${cause.source})`
        : `a backup was restored (${cause.source})`;
    case 'simulation':
      return simulationClause(cause.process, ctx);
    case 'scenario':
      return role === 'head'
        ? `part of the “${cause.scenario}” scenario`
        : `the “${cause.scenario}” scenario was loaded`;
  }
}

/** How a person said yes to a hunch or an offer: by voice (their words) or on the page. */
function answered(parent: Cause | undefined): string {
  return parent?.kind === 'voice' ? `you said “${parent.utterance}”` : 'you said yes';
}

/** Whether a cause's clause already tells its parent (which is then not told again). */
function tellsParent(cause: Cause, role: 'head' | 'parent'): boolean {
  const parent = cause.parent?.kind;
  // A taught command said aloud is told in one breath ("you said …, which you taught me …").
  if (cause.kind === 'taught') return role === 'head' && parent === 'voice';
  if (cause.kind === 'hunch' || cause.kind === 'offer')
    return parent === 'voice' || parent === 'manual';
  return false;
}

function describeWhy(cause: Cause, ctx: Context): string {
  const chain = causeChain(cause);
  const clauses: string[] = [];
  for (let i = 0; i < chain.length; i++) {
    const role = i === 0 ? 'head' : 'parent';
    clauses.push(clause(chain[i]!, role, ctx));
    if (tellsParent(chain[i]!, role)) i++;
  }
  const why = capitalize(clauses.join(' because '));
  // An offer's question ends the sentence by itself: “… too?” needs no full stop after it.
  return /[.?!]”$/.test(why) ? why : `${why}.`;
}

export function explain(event: HomeEvent, options: ExplainOptions): Explanation {
  const entity = options.entity?.(event.entityId);
  const deviceClass =
    entity && 'device_class' in entity.attributes
      ? String(entity.attributes.device_class)
      : undefined;
  const ctx: Context = {
    event,
    options,
    deviceClass,
    changes: new Map(event.changes.map((c) => [c.key, c])),
  };
  return { what: describeWhat(ctx), why: describeWhy(event.cause, ctx) };
}

const SIMULATION_LINES: Record<string, string> = {
  thermostat: 'The thermostat, by itself',
  cover: 'A blind or door finishing its move',
  media: 'The player moving on',
  sensor: 'A sensor changing by itself',
  history: 'Demo history',
};

function causeLine(cause: Cause): string {
  switch (cause.kind) {
    case 'manual':
      return 'By hand in the device panel';
    case 'voice':
      return `You said “${cause.utterance}”`;
    case 'routine':
      return `Routine “${cause.routineName}”`;
    case 'taught':
      return `Taught command “${cause.phrase}”`;
    case 'skill':
      return `Skill “${cause.skillName}”`;
    case 'hunch':
      return `Hunch: ${stripStop(cause.text)}`;
    case 'automatic':
      return `Automatic: ${stripStop(cause.reason)}`;
    case 'offer':
      return `Suggestion “${cause.question}”`;
    case 'import':
      return `Restored from a backup (${cause.source})`;
    case 'simulation':
      return SIMULATION_LINES[cause.process] ?? 'The home itself';
    case 'scenario':
      return `Scenario “${cause.scenario}”`;
  }
}

/** One line for filters and tooltips: the chain from the cause back to what started it. */
export function describeCause(cause: Cause): string {
  return causeChain(cause).map(causeLine).join(' ← ');
}
