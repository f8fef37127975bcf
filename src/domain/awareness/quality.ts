// How good the hunches are, measured on generated history with planted anomalies. We walk the
// history as if living it: every few simulated minutes we ask for hunches with only what was
// known then (the events so far, the home as they left it), and group the hunches that go on
// about the same device and state into episodes. An episode that overlaps a planted anomaly of
// its device is right; any other is a false alarm. An anomaly is found when an episode overlaps
// it. Also the one-call analysis the bench times: index the history, then find the hunches.
import type { HomeEvent } from '../activity/event.ts';
import type { Entity, Home } from '../home/model.ts';
import { addToHistory, indexHistory, type GrowingHistoryIndex } from './historyIndex.ts';
import type { GeneratedHistory, PlantedAnomaly } from './history/types.ts';
import { findHunches } from './hunches.ts';
import { EMPTY_MEMORY, type AwarenessMemory, type Hunch } from './types.ts';

const MINUTE = 60_000;
const DAY = 86_400_000;

/** Index the history and find what is unusual now: what the Home page does, in one call. */
export function analyse(
  events: readonly HomeEvent[],
  home: Home,
  now: number,
  timeZone: string,
  memory: AwarenessMemory = EMPTY_MEMORY,
): Hunch[] {
  return findHunches({ index: indexHistory(events, home), home, now, timeZone, memory });
}

export interface QualityOptions {
  timeZone: string;
  /** Simulated minutes between two looks (default 15). */
  stepMinutes?: number;
  /** Days at the start with no looks: the history is too short to judge (default 7). */
  warmupDays?: number;
  memory?: AwarenessMemory;
}

/** Hunches about the same device and state at consecutive looks. */
export interface Episode {
  entityId: string;
  actual: string;
  /** The first and last look that raised it. */
  from: number;
  until: number;
  looks: number;
  /** The planted anomaly it overlaps; none means a false alarm. */
  anomaly?: PlantedAnomaly;
  /** The words of its first hunch, to read false alarms by. */
  text: string;
}

export interface QualityReport {
  /** Share of episodes that overlap a planted anomaly of their device (1 when there are none). */
  precision: number;
  /** Share of the scored anomalies with at least one episode (1 when there are none). */
  recall: number;
  episodes: Episode[];
  /** Anomalies with at least the warm-up of history before them, and whether each was found. */
  anomalies: { anomaly: PlantedAnomaly; found: boolean }[];
  falseAlarms: Episode[];
  looks: number;
  /** Mean time per look (adding the new events and finding the hunches), ms. */
  msPerLook: number;
}

/** The home as the events so far left it: each device in the last state its timeline reached. */
function homeThen(start: Home, index: GrowingHistoryIndex): Home {
  const entities = start.entities.map((e) => {
    const state = index.timelines.get(e.id)?.at(-1)?.to;
    return state === undefined || state === e.state ? e : ({ ...e, state } as Entity);
  });
  return { ...start, entities };
}

const overlaps = (e: { from: number; until: number }, a: PlantedAnomaly) =>
  e.from <= a.until && e.until >= a.from;

/** Scores the hunches over a generated history; `start` is the home as it was when it began. */
export function scoreHunches(
  history: GeneratedHistory,
  start: Home,
  options: QualityOptions,
): QualityReport {
  const { events } = history;
  const step = (options.stepMinutes ?? 15) * MINUTE;
  const first = events[0]?.at ?? 0;
  const last = events.at(-1)?.at ?? 0;
  const begin = first + (options.warmupDays ?? 7) * DAY;
  const memory = options.memory ?? EMPTY_MEMORY;

  let next = events.findIndex((e) => e.at >= begin);
  if (next < 0) next = events.length;
  let index = indexHistory(events.slice(0, next), start);
  const open = new Map<string, Episode>();
  const episodes: Episode[] = [];
  let looks = 0;
  let spent = 0;

  for (let now = begin; now <= last; now += step) {
    const t0 = performance.now();
    let upTo = next;
    while (upTo < events.length && events[upTo]!.at <= now) upTo++;
    if (upTo > next) index = addToHistory(index, events.slice(next, upTo));
    next = upTo;
    const home = homeThen(start, index);
    const hunches = findHunches({ index, home, now, timeZone: options.timeZone, memory });
    spent += performance.now() - t0;
    looks++;

    const seen = new Set<string>();
    for (const h of hunches) {
      seen.add(h.id);
      const episode = open.get(h.id);
      if (episode) {
        episode.until = now;
        episode.looks++;
      } else {
        const fresh: Episode = {
          entityId: h.entityId,
          actual: h.actual,
          from: now,
          until: now,
          looks: 1,
          text: h.text,
        };
        open.set(h.id, fresh);
        episodes.push(fresh);
      }
    }
    for (const id of [...open.keys()]) if (!seen.has(id)) open.delete(id);
  }

  const scored = history.anomalies.filter((a) => a.from >= begin);
  for (const e of episodes) {
    const anomaly = history.anomalies.find((a) => a.entityId === e.entityId && overlaps(e, a));
    if (anomaly) e.anomaly = anomaly;
  }
  const anomalies = scored.map((anomaly) => ({
    anomaly,
    found: episodes.some((e) => e.anomaly === anomaly),
  }));
  const falseAlarms = episodes.filter((e) => !e.anomaly);
  const found = anomalies.filter((a) => a.found).length;
  return {
    precision: episodes.length === 0 ? 1 : (episodes.length - falseAlarms.length) / episodes.length,
    recall: scored.length === 0 ? 1 : found / scored.length,
    episodes,
    anomalies,
    falseAlarms,
    looks,
    msPerLook: looks === 0 ? 0 : spent / looks,
  };
}
