// The assistant as the app runs it: one turn of conversation read, decided and saved together,
// the console's settings, and clearing the conversation. Loaded only with the console (or by the
// test API on first use), so the language layer stays out of the first page.
import type { Area, Home } from '../domain/home/model.ts';
import type { Interpretation } from '../domain/language/types.ts';
import type { TurnInput, TurnLearning, TurnResult } from '../domain/assistant/types.ts';
import {
  EMPTY_LEARNING,
  REPHRASE_WINDOW_MS,
  type LearningState,
} from '../domain/learning/types.ts';
import { markUndoneByHand } from '../domain/learning/undoneByHand.ts';
import { eventsBetween } from '../persistence/history.ts';
import { getLearning, saveLearning } from '../persistence/learning.ts';
import { interpret } from '../domain/language/interpret.ts';
import { takeTurn } from '../domain/assistant/turn.ts';
import { getAwarenessMemory, saveAwarenessMemory } from '../persistence/awareness.ts';
import { hunchesFor } from './awarenessRuntime.ts';
import { routinePhrases } from '../domain/routines/phrases.ts';
import type { TeachableHomeDb, TurnRow } from '../persistence/db.ts';
import { getDb } from '../persistence/instance.ts';
import { readHome, updateHome } from '../persistence/home.ts';
import { getHomeSettings } from '../persistence/settings.ts';
import {
  addTurn,
  clearTranscript,
  getConsoleSettings,
  getDialogueState,
  recentTurns,
  restoreTranscript,
  saveDialogueState,
  turnRecord,
  updateConsoleSettings,
  type ClearedConversation,
  type ConsoleSettings,
} from '../persistence/transcript.ts';
import { useAssistantSession } from './assistantSession.ts';
import { simulatedNow } from './clock.ts';
import { reactToChange } from './homeActions.ts';
import { announceRunEffects, newRunId } from './routineEffects.ts';
import { listRoutines, saveRun } from '../persistence/routines.ts';
import { saveTaught, vocabulary } from '../persistence/taught.ts';
import { listSkills, rememberSkill } from '../persistence/skills.ts';
import { skillOwners } from '../domain/blueprints/phrases.ts';
import { getRunnerState, saveRunnerState } from '../persistence/routineRunner.ts';

export { useAssistantSession };

export interface SayOptions {
  /** The room the person speaks from for this turn only: an area id or its name. */
  area?: string;
}

/** Rooms in the panel's order: as the scenario listed them, else by name. */
function orderedAreas(home: Home): Area[] {
  return [...home.areas].sort(
    (a, b) => (a.order ?? 10_000) - (b.order ?? 10_000) || a.name.localeCompare(b.name),
  );
}

/**
 * The room a person who never chose one speaks from: the one with the most devices, where a
 * demo happens (the living room of the demo home) rather than the first room listed (a hallway).
 */
export function defaultSpeakingArea(home: Home): string | undefined {
  const devices = new Map<string, number>();
  for (const e of home.entities)
    if (e.area && e.domain !== 'person') devices.set(e.area, (devices.get(e.area) ?? 0) + 1);
  let best: Area | undefined;
  for (const area of orderedAreas(home))
    if (!best || (devices.get(area.id) ?? 0) > (devices.get(best.id) ?? 0)) best = area;
  return best?.id;
}

/** The room chosen in the console, or the default when none was chosen or it no longer exists. */
export function speakingArea(home: Home, settings: ConsoleSettings): string | undefined {
  const chosen = settings.area;
  return chosen && home.areas.some((a) => a.id === chosen) ? chosen : defaultSpeakingArea(home);
}

/** An area given by id or by name ("kitchen", "Kids' room"); throws, naming the rooms, if none. */
export function findArea(home: Home, idOrName: string): string {
  const wanted = idOrName.trim().toLowerCase();
  const found =
    home.areas.find((a) => a.id === idOrName) ??
    home.areas.find((a) => a.name.toLowerCase() === wanted);
  if (found) return found.id;
  const names = orderedAreas(home).map((a) => a.name);
  throw new Error(
    `There is no room called “${idOrName}”. ${names.length > 0 ? `Rooms: ${names.join(', ')}.` : 'This home has no rooms.'}`,
  );
}

let turnCounter = 0;
function newTurnId(): string {
  turnCounter = (turnCounter + 1) % 1_000_000;
  return `turn-${Date.now().toString(36)}-${turnCounter.toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

export interface SaidTurn {
  turn: TurnRow;
  result: TurnResult;
  /** The home before the turn, for the routines its changes may set off. */
  before: Home;
}

/**
 * One turn, all in one read-write transaction: the home, the settings and what the assistant
 * remembers are read fresh, `take` decides, and the changed home, its events, the turn and the
 * new dialogue state are written together. Another tab's turn or a tile changed by hand can thus
 * never interleave with this one, and if anything throws nothing is saved.
 */
export async function runTurn(
  db: TeachableHomeDb,
  take: (input: TurnInput) => TurnResult,
  text: string,
  now: number,
  options: SayOptions = {},
): Promise<SaidTurn> {
  const tables = [
    db.floors,
    db.areas,
    db.entities,
    db.events,
    db.settings,
    db.turns,
    db.routines,
    db.routineRuns,
    db.taught,
    db.skills,
  ];
  return db.transaction('rw', tables, async () => {
    const [settings, consoleSettings, state, routines, runner, taught, skills, memory, learning] =
      await Promise.all([
        getHomeSettings(db),
        getConsoleSettings(db),
        getDialogueState(db),
        listRoutines(db),
        getRunnerState(db),
        vocabulary(db),
        listSkills(db),
        getAwarenessMemory(db),
        learningFor(db, now),
      ]);
    const timeZone = settings.location.timeZone;
    let result: TurnResult | undefined;
    let area: string | undefined;
    let before: Home | undefined;
    await updateHome(db, (home) => {
      before = home;
      area =
        options.area === undefined
          ? speakingArea(home, consoleSettings)
          : findArea(home, options.area);
      result = take({
        home,
        text,
        area,
        state,
        now,
        unit: settings.temperatureUnit,
        routines: { list: routines, settings, newRunId, held: runner?.held ?? [] },
        taught,
        timeZone: settings.location.timeZone,
        skills: { list: skills, random: Math.random },
        awareness: {
          memory,
          hunches: (after, moment) => hunchesFor(after, now, timeZone, memory, moment),
        },
        learning,
      });
      const execution = result.execution;
      return execution ? { home: execution.home, events: execution.events } : { home, events: [] };
    });
    if (!result || !before) throw new Error('The home could not be read.');
    for (const run of result.routineRun?.runs ?? []) await saveRun(db, run);
    if (result.learned) await saveTaught(db, result.learned, now);
    if (result.skillMemory)
      await rememberSkill(db, result.skillMemory.skillId, result.skillMemory.memory);
    const held = result.routineRun?.held;
    if (held && (runner || held.length > 0)) {
      // Holds the routine's changes started or ended ("unlocked for 2 minutes"): kept for later.
      await saveRunnerState(db, { until: runner?.until ?? now, held });
    }
    if (result.awareness) await saveAwarenessMemory(db, result.awareness);
    if (result.learning && result.learning !== learning.state)
      await saveLearning(db, result.learning);
    await saveDialogueState(db, result.state);
    const turn = await addTurn(
      db,
      turnRecord(result, { id: newTurnId(), at: now, text, ...(area && { area }) }),
    );
    return { turn, result, before };
  });
}

/**
 * What learning needs for a turn: what it learned, and the turns of the last two minutes with
 * those a person set back by hand marked as taken back.
 */
async function learningFor(db: TeachableHomeDb, now: number): Promise<TurnLearning> {
  const since = now - REPHRASE_WINDOW_MS;
  const [state, turns] = await Promise.all([getLearning(db), recentTurns(db, since)]);
  const first = turns[0];
  const events = first ? await eventsBetween(db, first.at - 1, now) : [];
  return { state, recent: markUndoneByHand(turns, events) };
}

/** Says `text` to the assistant, as typing it in the console does; resolves with the turn. */
export async function say(text: string, options: SayOptions = {}): Promise<TurnRow> {
  const { turn, result, before } = await runTurn(getDb(), takeTurn, text, simulatedNow(), options);
  useAssistantSession.setState({ lastSaid: turn });
  const ran = result.routineRun;
  if (ran && result.interpretation.intent === 'RunRoutine') {
    // The routine's own words are the reply; its children's words and every notice come after.
    const mainRun = ran.runs[0]?.id;
    announceRunEffects({ ...ran, said: ran.said.filter((s) => s.runId !== mainRun) });
    return turn;
  }
  if (ran) announceRunEffects(ran);
  // Device triggers react to what the request itself changed (routines it started reacted
  // to their own changes already).
  const own = result.execution?.events.filter((e) => e.cause.kind !== 'routine') ?? [];
  if (result.execution && own.length > 0)
    reactToChange({ before, after: result.execution.home, events: own });
  return turn;
}

/** How `text` would be understood as the next turn, without acting on it or remembering it. */
export async function interpretText(
  text: string,
  options: SayOptions = {},
  db: TeachableHomeDb = getDb(),
): Promise<Interpretation> {
  const [home, consoleSettings, state, routines, taught, skills, learning] = await db.transaction(
    'r',
    [db.floors, db.areas, db.entities, db.settings, db.routines, db.taught, db.skills],
    () =>
      Promise.all([
        readHome(db),
        getConsoleSettings(db),
        getDialogueState(db),
        listRoutines(db),
        vocabulary(db),
        listSkills(db),
        getLearning(db),
      ]),
  );
  const area =
    options.area === undefined ? speakingArea(home, consoleSettings) : findArea(home, options.area);
  return interpret(text, {
    home,
    ...(area && { area }),
    ...(state.previous && { previous: state.previous }),
    ...(state.pending && { pending: state.pending }),
    routines: routinePhrases(routines),
    taught,
    skills: skillOwners(skills),
    learned: learning.rewrites,
  });
}

/** What was learned from how the person says things, for the test API. */
export const learningActions = {
  state: (): Promise<LearningState> => getLearning(getDb()),
  /** Forgets every rewrite and preference and switches learning back on. */
  reset: async (): Promise<void> => {
    await saveLearning(getDb(), EMPTY_LEARNING);
  },
};

export const assistantActions = {
  setSpeakingArea: (area: string) => updateConsoleSettings(getDb(), { area }),
  setSpeakReplies: (speak: boolean) => updateConsoleSettings(getDb(), { speak }),
  clear: (): Promise<ClearedConversation> => clearTranscript(getDb()),
  undoClear: (cleared: ClearedConversation) => restoreTranscript(getDb(), cleared),
};
