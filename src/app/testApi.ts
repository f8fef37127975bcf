// window.teachableHome: the typed surface acceptance tests use (documented in the README).
// Names are a public contract: extend, never rename.
import type { HabitOffer, Hunch } from '../domain/awareness/types.ts';
import type { LearningState } from '../domain/learning/types.ts';
import { useAwareness } from '../stores/awareness.ts';
import { addHistory, type AddedHistory } from '../stores/historyActions.ts';
import type { Entity } from '../domain/home/model.ts';
import type { HomeEvent } from '../domain/activity/event.ts';
import type { Interpretation } from '../domain/language/types.ts';
import type { Run } from '../domain/routines/run.ts';
import type { NewSkill, SkillSummary } from './testApiSkills.ts';
import { parseNowParam } from '../domain/clock/parseNow.ts';
import { DEFAULT_SCENARIO } from '../domain/home/scenarios/names.ts';
import { getDb } from '../persistence/instance.ts';
import { getHomeSettings } from '../persistence/settings.ts';
import { readHome } from '../persistence/home.ts';
import type { EventRow } from '../persistence/db.ts';
import {
  addEvents,
  countEvents,
  eventsOfEntity,
  queryEvents,
  type EventCursor,
  type EventFilter,
  type EventPage,
} from '../persistence/events.ts';
import { clockActions, simulatedNow } from '../stores/clock.ts';
import { useHomeMirror, startHomeMirror } from '../stores/homeMirror.ts';
import { catchUp } from '../stores/simulation.ts';
import { loadScenario } from '../stores/scenario.ts';

export interface TeachableHomeApi {
  entities(): Entity[];
  entity(id: string): Entity | undefined;
  /** Reads the home straight from the database (after a write from another tab, say). */
  readEntities(): Promise<Entity[]>;
  reset(scenario?: string): Promise<void>;
  /**
   * Runs the simulation up to the simulated now at once (it otherwise catches up within a second),
   * so that what a test reads next has settled: after pausing the clock, say.
   */
  settle(): Promise<void>;
  /** The actions return promises that settle once the change is saved; awaiting them is optional. */
  clock: {
    now(): number;
    /** Rejects, saying why, when `iso` is not a date and time. */
    set(iso: string): Promise<void>;
    pause(): Promise<void>;
    run(rate: number): Promise<void>;
  };
  /**
   * Says `text` to the assistant exactly as typing it in the console does: the home changes, the
   * turn joins the conversation, and the promise resolves with the reply. `area` is the room the
   * person speaks from for this turn only (an area id or name); without it, the console's room.
   * Rejects, naming the rooms, when there is no such room.
   */
  say(text: string, options?: { area?: string }): Promise<string>;
  /** How `text` would be understood as the next turn (same room and follow-ups); changes nothing. */
  interpret(text: string, options?: { area?: string }): Promise<Interpretation>;
  /** The routines, by name or id, and their runs (newest first): what the Routines pages show. */
  routines: {
    list(): Promise<{ id: string; name: string; enabled: boolean; summary: string }[]>;
    /** Rejects, naming the routines, when there is no such routine. */
    runs(nameOrId: string): Promise<Run[]>;
    /** "Run now": resolves with the run (done, skipped, waiting…). */
    runNow(nameOrId: string): Promise<Run | undefined>;
  };
  /** What the assistant was taught, as the "Things I've learned" page lists it. */
  taught: {
    list(): Promise<{ id: string; kind: string; title: string; meaning: string }[]>;
  };
  /** The person's skills, as the Skills page lists them; `add` makes one as saving its form does. */
  skills: {
    list(): Promise<SkillSummary[]>;
    /** Rejects, saying why, when the skill is invalid. Without `config`: the template's example. */
    add(skill: NewSkill): Promise<SkillSummary>;
  };
  /**
   * What the assistant noticed, as the Home page shows it (empty until it has read the history,
   * a second or so after the page opens); `addHistory` is Settings → Assistant's "Add N weeks".
   */
  awareness: {
    hunches(): Hunch[];
    habits(): HabitOffer[];
    addHistory(weeks: number): Promise<AddedHistory>;
  };
  /**
   * What the assistant learned from how the person says things (rewrites with their evidence,
   * preferences among versions of a title, the pause switch), as "Things I've learned" shows it.
   */
  learning: {
    state(): Promise<LearningState>;
    /** Forgets everything learned this way and switches learning back on. */
    reset(): Promise<void>;
  };
  /**
   * For `npm run bench` (scripts/bench/indexeddb.ts) and scale tests, not for the app: the event
   * log's own persistence calls on the app's real database, so a script can write generated
   * history and time the log's queries inside the page. Thin pass-throughs (a few hundred bytes).
   */
  debug: {
    addEvents(events: HomeEvent[]): Promise<void>;
    eventsOfEntity(entityId: string, from: number, to: number): Promise<EventRow[]>;
    queryEvents(
      filter: EventFilter,
      page: { after?: EventCursor; limit: number },
    ): Promise<EventPage>;
    countEvents(filter?: EventFilter): Promise<number>;
  };
}

declare global {
  interface Window {
    teachableHome?: TeachableHomeApi;
  }
}

/** The assistant (and the whole language layer) loads on first use, off the first page. */
const assistant = () => import('../stores/assistant.ts');
const routinesApi = () => import('./testApiRoutines.ts');
const taughtApi = () => import('./testApiTaught.ts');
const skillsApi = () => import('./testApiSkills.ts');

export function installTestApi(): () => void {
  const stopMirror = startHomeMirror();
  const api: TeachableHomeApi = {
    entities: () => structuredClone(useHomeMirror.getState().home?.entities ?? []),
    entity: (id) => {
      const found = useHomeMirror.getState().home?.entities.find((e) => e.id === id);
      return found && structuredClone(found);
    },
    readEntities: async () => (await readHome(getDb())).entities,
    reset: async (scenario = DEFAULT_SCENARIO) => {
      await loadScenario(scenario);
      useHomeMirror.setState({ home: await readHome(getDb()) });
    },
    settle: () => catchUp(),
    clock: {
      now: () => simulatedNow(),
      set: async (iso) => {
        const settings = await getHomeSettings(getDb());
        const at = parseNowParam(iso, settings.location.timeZone);
        if (at === undefined) throw new Error(`Not a date and time like 2026-03-03T07:30: ${iso}`);
        await clockActions.setTime(at);
        await catchUp();
      },
      pause: () => clockActions.pause(),
      run: (rate) => clockActions.run(rate),
    },
    say: async (text, options) => (await (await assistant()).say(text, options)).reply,
    interpret: async (text, options) => (await assistant()).interpretText(text, options),
    routines: {
      list: async () => (await routinesApi()).list(),
      runs: async (nameOrId) => (await routinesApi()).runs(nameOrId),
      runNow: async (nameOrId) => (await routinesApi()).runNow(nameOrId),
    },
    taught: {
      list: async () => (await taughtApi()).list(),
    },
    skills: {
      list: async () => (await skillsApi()).list(),
      add: async (skill) => (await skillsApi()).add(skill),
    },
    awareness: {
      hunches: () => structuredClone(useAwareness.getState().hunches),
      habits: () => structuredClone(useAwareness.getState().habits),
      addHistory: (weeks) => addHistory(weeks),
    },
    learning: {
      // Through the assistant's chunk, which has learning already: one more lazy entry would
      // split the first page's shared chunks further (measured: +0.7 kB gzip).
      state: async () => (await assistant()).learningActions.state(),
      reset: async () => (await assistant()).learningActions.reset(),
    },
    debug: {
      addEvents: (events) => addEvents(getDb(), events),
      eventsOfEntity: (entityId, from, to) => eventsOfEntity(getDb(), entityId, from, to),
      queryEvents: (filter, page) => queryEvents(getDb(), filter, page),
      countEvents: (filter) => countEvents(getDb(), filter),
    },
  };
  window.teachableHome = api;
  return () => {
    stopMirror();
    if (window.teachableHome === api) delete window.teachableHome;
  };
}
