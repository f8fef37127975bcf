// "Add N weeks of history" (Settings): weeks of the made-up household's life, generated for the
// devices this home has and written before everything already in the log, so a demo has habits
// and hunches to show at once without touching what the person did themselves.
import { getDb } from '../persistence/instance.ts';
import { addEvents } from '../persistence/events.ts';
import { oldestEventAt } from '../persistence/history.ts';
import { readHome } from '../persistence/home.ts';
import { getHomeSettings } from '../persistence/settings.ts';
import { simulatedNow } from './clock.ts';

export const MAX_HISTORY_WEEKS = 12;

export interface AddedHistory {
  events: number;
  /** Epoch ms: the added stretch of time. */
  from: number;
  to: number;
}

export async function addHistory(weeks: number): Promise<AddedHistory> {
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > MAX_HISTORY_WEEKS)
    throw new Error(`Choose between 1 and ${MAX_HISTORY_WEEKS} weeks.`);
  // The generator is only needed here: it stays out of every page's bundle until used.
  const { generateHistory } = await import('../domain/awareness/history/generate.ts');
  const db = getDb();
  const [home, settings, oldest] = await Promise.all([
    readHome(db),
    getHomeSettings(db),
    oldestEventAt(db),
  ]);
  // Ends a minute before the oldest event, so the added past never overlaps the real one.
  const to = Math.min(simulatedNow(), oldest === undefined ? Infinity : oldest - 60_000);
  const days = weeks * 7;
  const { events } = generateHistory(home, {
    // A seed from the moment: adding again further back gives different days.
    seed: Math.floor(to / 60_000),
    end: to,
    days,
    timeZone: settings.location.timeZone,
  });
  await addEvents(db, events);
  return { events: events.length, from: to - days * 86_400_000, to };
}
