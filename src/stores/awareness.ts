// What the assistant notices, for the pages: the hunches about the home now, the habits it could
// make routines of, what it recently did on its own, and what it remembers of the person's
// answers. Filled by the awareness runtime (awarenessRuntime.ts, started after the first render);
// the actions here are what the cards and Settings call.
import { create } from 'zustand';
import type { HomeEvent } from '../domain/activity/event.ts';
import {
  answerHabit,
  answerHunch,
  setAutomatic,
  setFollowUpOff,
} from '../domain/awareness/memory.ts';
import { undoCommands } from '../domain/awareness/undo.ts';
import {
  EMPTY_MEMORY,
  type AwarenessMemory,
  type HabitOffer,
  type Hunch,
} from '../domain/awareness/types.ts';
import { getDb } from '../persistence/instance.ts';
import { updateAwarenessMemory } from '../persistence/awareness.ts';
import { getHomeSettings } from '../persistence/settings.ts';
import { simulatedNow } from './clock.ts';
import { runCommands } from './homeActions.ts';
import { notify } from './notifications.ts';

export interface AwarenessView {
  /** False until the history has been read once. */
  ready: boolean;
  /** Strongest first; devices the assistant puts right on its own are not among them. */
  hunches: Hunch[];
  habits: HabitOffer[];
  /** What the assistant did on its own lately (last few hours), newest first, for Undo. */
  automatic: HomeEvent[];
  memory: AwarenessMemory;
  /** How many days of history the analysis had (0: none yet — "too little history"). */
  historyDays: number;
}

export const useAwareness = create<AwarenessView>(() => ({
  ready: false,
  hunches: [],
  habits: [],
  automatic: [],
  memory: EMPTY_MEMORY,
  historyDays: 0,
}));

async function remember(
  change: (memory: AwarenessMemory, now: number, timeZone: string) => AwarenessMemory,
): Promise<AwarenessMemory> {
  const db = getDb();
  const { location } = await getHomeSettings(db);
  const now = simulatedNow();
  const memory = await updateAwarenessMemory(db, (m) => change(m, now, location.timeZone));
  useAwareness.setState({ memory });
  return memory;
}

/** Drops a hunch from the cards at once; the runtime's next look agrees (it reads the memory). */
function withoutHunch(id: string) {
  useAwareness.setState((s) => ({ hunches: s.hunches.filter((h) => h.id !== id) }));
}

/** "Yes": puts the device back to usual, with the hunch as the cause. */
export async function acceptHunch(hunch: Hunch): Promise<void> {
  withoutHunch(hunch.id);
  const result = await runCommands([hunch.fix], {
    kind: 'hunch',
    hunchId: hunch.id,
    text: hunch.text,
  });
  if (result.errors.length === 0)
    await remember((m, now, tz) => answerHunch(m, hunch, 'yes', now, tz));
}

/** "Not now" (not again this evening) or "Don't ask about this device". */
export async function declineHunch(hunch: Hunch, answer: 'not-now' | 'never'): Promise<void> {
  withoutHunch(hunch.id);
  await remember((m, now, tz) => answerHunch(m, hunch, answer, now, tz));
}

/** Lets the assistant ask about a device again (Settings). */
export async function askAgainAbout(entityId: string): Promise<void> {
  await remember((m) => ({ ...m, neverAsk: m.neverAsk.filter((id) => id !== entityId) }));
}

/** Automatic actions for one device, switched on or off in Settings. */
export async function allowAutomatic(entityId: string, on: boolean): Promise<void> {
  await remember((m) => setAutomatic(m, entityId, on));
}

export async function switchFollowUp(ruleId: string, on: boolean): Promise<void> {
  await remember((m) => setFollowUpOff(m, ruleId, !on));
}

/** "Not now" or "Never" on a habit offer. */
export async function dismissHabit(offer: HabitOffer, answer: 'not-now' | 'never'): Promise<void> {
  useAwareness.setState((s) => ({ habits: s.habits.filter((h) => h.id !== offer.id) }));
  await remember((m, now) => answerHabit(m, offer.id, answer, now));
}

/** Lets a habit be offered again (Settings). */
export async function offerHabitAgain(id: string): Promise<void> {
  await remember((m) => ({ ...m, habitNever: m.habitNever.filter((h) => h !== id) }));
}

/**
 * Undoes something the assistant did on its own: the device goes back to how it was, by hand, and
 * the same hunch is not acted on again this evening.
 */
export async function undoAutomatic(event: HomeEvent): Promise<void> {
  const commands = undoCommands(event);
  if (commands.length === 0) {
    notify({
      tone: 'error',
      title: "That can't be undone",
      body: 'Nothing in it can be set back.',
    });
    return;
  }
  const result = await runCommands(commands, { kind: 'manual' });
  useAwareness.setState((s) => ({ automatic: s.automatic.filter((e) => e.id !== event.id) }));
  if (result.errors.length > 0) return;
  const { cause } = event;
  if (cause.kind === 'automatic' && cause.hunchId) {
    const hunch = {
      id: cause.hunchId,
      entityId: event.entityId,
      kind: cause.hunchKind ?? event.domain,
    };
    await remember((m, now, tz) => answerHunch(m, hunch, 'not-now', now, tz));
  }
  notify({ tone: 'success', title: 'Undone', body: `${event.entityName} is back as it was.` });
}
