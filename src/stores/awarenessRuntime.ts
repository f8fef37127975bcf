// The assistant's attention, running in the page: it reads the history once (the last six weeks),
// grows it as events arrive, and every couple of seconds asks the pure functions of
// domain/awareness what is unusual now and which habits could be routines. Devices the person
// allowed to be put right automatically are put right, with the hunch as the reason.
// Loaded after the first render: the Home page's first paint never waits for the analysis.
import type { HomeEvent } from '../domain/activity/event.ts';
import { addToHistory, indexHistory } from '../domain/awareness/historyIndex.ts';
import { findHunches } from '../domain/awareness/hunches.ts';
import { mineHabits } from '../domain/awareness/habits/mine.ts';
import { pruneMemory } from '../domain/awareness/memory.ts';
import type {
  AwarenessMemory,
  HabitOffer,
  HistoryIndex,
  Hunch,
  MomentKind,
} from '../domain/awareness/types.ts';
import { zonedParts } from '../domain/clock/zoned.ts';
import type { Home } from '../domain/home/model.ts';
import { getAwarenessMemory } from '../persistence/awareness.ts';
import { eventsBetween, oldestEventAt } from '../persistence/history.ts';
import { readHome } from '../persistence/home.ts';
import { listRoutines } from '../persistence/routines.ts';
import { getDb } from '../persistence/instance.ts';
import { getHomeSettings, getMeta } from '../persistence/settings.ts';
import { useAwareness } from './awareness.ts';
import { simulatedNow } from './clock.ts';
import { runCommands } from './homeActions.ts';
import { notify } from './notifications.ts';

const DAY = 86_400_000;
/** Four weeks to sample the usual state from, two more so a habit's window is always full. */
export const HISTORY_DAYS = 42;
const LOOK_EVERY_MS = 2_000;
/** Habits change slowly: mined again at most every ten simulated minutes or on new actions. */
const MINE_EVERY_MS = 10 * 60_000;
/** How long something done on its own stays on the Home page with an Undo button. */
const RECENT_AUTOMATIC_MS = 3 * 3_600_000;

interface Known {
  index: HistoryIndex;
  /** The database it was read from: a reset or a restored backup makes it stale. */
  createdAt: number;
  /** The oldest event then: history added further back makes it stale. */
  oldest: number | undefined;
  minedAt: number;
  minedActions: number;
  /** The answers to habit offers it was mined with: a "never" taken back shows the habit again. */
  minedAnswers: string;
  /** What the miner last offered, the next to come first. */
  mined: HabitOffer[];
}

let known: Known | undefined;

/** The hunches for a conversation turn ("good night" → "By the way, …"); none until loaded. */
export function hunchesFor(
  home: Home,
  now: number,
  timeZone: string,
  memory: AwarenessMemory,
  moment?: MomentKind,
): Hunch[] {
  if (!known) return [];
  return findHunches({ index: known.index, home, now, timeZone, memory }, moment ? { moment } : {});
}

/** Lets the page draw and answer between two pieces of work. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The history read a week at a time, with the page free to answer in between: six weeks read and
 * checked in one go is a long task a person would feel as a frozen page.
 */
async function readHistory(now: number): Promise<Known> {
  const db = getDb();
  const [meta, oldest] = await Promise.all([getMeta(db), oldestEventAt(db)]);
  const events: HomeEvent[] = [];
  for (let from = now - HISTORY_DAYS * DAY; from < now; from += 7 * DAY) {
    events.push(...(await eventsBetween(db, from, Math.min(now, from + 7 * DAY))));
    await breathe();
  }
  const home = await readHome(db);
  const index = indexHistory(events, home);
  await breathe();
  return {
    index,
    createdAt: meta?.createdAt ?? 0,
    oldest,
    minedAt: -Infinity,
    minedActions: -1,
    minedAnswers: '',
    mined: [],
  };
}

/** Whether what was read still describes this database at this time. */
async function stillKnown(now: number): Promise<boolean> {
  if (!known) return false;
  const db = getDb();
  const [meta, oldest] = await Promise.all([getMeta(db), oldestEventAt(db)]);
  return (
    (meta?.createdAt ?? 0) === known.createdAt &&
    oldest === known.oldest &&
    // The clock was set back: what it read may be "the future" now.
    now >= known.index.until
  );
}

async function putRight(hunch: Hunch): Promise<HomeEvent[]> {
  const result = await runCommands([hunch.fix], {
    kind: 'automatic',
    reason: hunch.text,
    hunchId: hunch.id,
    hunchKind: hunch.kind,
  });
  if (result.events.length > 0) {
    notify({
      tone: 'info',
      title: `${hunch.entityName}: put right on my own`,
      body: `${hunch.text} You can undo it on the Home page or in Activity.`,
    });
  }
  return result.events;
}

/**
 * The habits whose time comes next first: at 21:30 the 22:30 habit is the one worth making a
 * routine of tonight, not the 15:55 one (the miner gives them strongest first).
 */
function comingUpFirst(habits: HabitOffer[], now: number, timeZone: string): HabitOffer[] {
  const p = zonedParts(now, timeZone);
  const minute = p.hour * 60 + p.minute;
  const wait = (h: HabitOffer) => (h.minuteOfDay - minute + 1440) % 1440;
  return [...habits].sort((a, b) => wait(a) - wait(b));
}

/**
 * What the assistant did on its own that still stands, newest first: an action undone, or its
 * device changed again since, is history for Activity, not something to undo from the Home page.
 */
function standing(recent: readonly HomeEvent[]): HomeEvent[] {
  const later = new Set<string>();
  const kept: HomeEvent[] = [];
  for (let i = recent.length - 1; i >= 0; i--) {
    const event = recent[i]!;
    // The device's own simulation (a door finishing closing) is part of the same action.
    if (event.cause.kind === 'automatic' && !later.has(event.entityId)) kept.push(event);
    if (event.cause.kind !== 'simulation') later.add(event.entityId);
  }
  return kept;
}

async function look(): Promise<void> {
  const db = getDb();
  const now = simulatedNow();
  if (!(await stillKnown(now))) known = await readHistory(now);
  else if (now > known!.index.until) {
    const fresh = await eventsBetween(db, known!.index.until, now);
    if (fresh.length > 0) known = { ...known!, index: addToHistory(known!.index, fresh) };
  }
  const k = known!;
  const [home, settings, stored] = await Promise.all([
    readHome(db),
    getHomeSettings(db),
    getAwarenessMemory(db),
  ]);
  const timeZone = settings.location.timeZone;
  const memory = pruneMemory(stored, now);
  const all = findHunches({ index: k.index, home, now, timeZone, memory });
  const automatic = all.filter((h) => memory.automatic.includes(h.entityId));
  for (const hunch of automatic) await putRight(hunch);

  await breathe();
  // The runtime's own list, never the store's: the cards drop an answered offer from the store at
  // once, and that must not outlive the answer being taken back.
  let habits = k.mined;
  const actions = k.index.personal.length;
  const answers = JSON.stringify([memory.habitNever, memory.habitSnoozed]);
  if (
    now - k.minedAt >= MINE_EVERY_MS ||
    actions !== k.minedActions ||
    answers !== k.minedAnswers ||
    !useAwareness.getState().ready
  ) {
    const routines = await listRoutines(db);
    habits = comingUpFirst(
      mineHabits(k.index.personal, home, now, timeZone, {
        memory,
        routines,
        unit: settings.temperatureUnit,
      }),
      now,
      timeZone,
    );
    known = { ...k, minedAt: now, minedActions: actions, minedAnswers: answers, mined: habits };
  }
  const recent = await eventsBetween(db, now - RECENT_AUTOMATIC_MS, now);
  useAwareness.setState({
    ready: true,
    hunches: all.filter((h) => !memory.automatic.includes(h.entityId)),
    // An answer given since the last mining holds at once.
    habits: habits.filter(
      (h) => !memory.habitNever.includes(h.id) && !((memory.habitSnoozed[h.id] ?? 0) > now),
    ),
    automatic: standing(recent),
    memory,
    historyDays: k.oldest === undefined ? 0 : Math.max(0, Math.floor((now - k.oldest) / DAY)),
  });
}

/** Starts looking; returns a function that stops. One look at a time; a failure is logged. */
export function startAwareness(): () => void {
  let busy = false;
  let stopped = false;
  const tick = async () => {
    if (busy || stopped) return;
    busy = true;
    try {
      await look();
    } catch (error) {
      console.error('The assistant could not look at the home:', error);
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(() => void tick(), LOOK_EVERY_MS);
  void tick();
  return () => {
    stopped = true;
    clearInterval(timer);
    known = undefined;
  };
}
