// window.teachableHome: the typed surface acceptance tests use (documented in the README).
// Names are a public contract: extend, never rename.
import type { Entity } from '../domain/home/model.ts';
import { parseNowParam } from '../domain/clock/parseNow.ts';
import { DEFAULT_SCENARIO } from '../domain/home/scenarios/index.ts';
import { getDb } from '../persistence/instance.ts';
import { getHomeSettings } from '../persistence/settings.ts';
import { readHome } from '../persistence/home.ts';
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
  clock: {
    now(): number;
    set(iso: string): void;
    pause(): void;
    run(rate: number): void;
  };
}

declare global {
  interface Window {
    teachableHome?: TeachableHomeApi;
  }
}

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
    clock: {
      now: () => simulatedNow(),
      set: (iso) => {
        void (async () => {
          const settings = await getHomeSettings(getDb());
          const at = parseNowParam(iso, settings.location.timeZone);
          if (at === undefined) throw new Error(`Not a date and time: ${iso}`);
          await clockActions.setTime(at);
          await catchUp();
        })();
      },
      pause: () => void clockActions.pause(),
      run: (rate) => void clockActions.run(rate),
    },
  };
  window.teachableHome = api;
  return () => {
    stopMirror();
    if (window.teachableHome === api) delete window.teachableHome;
  };
}
