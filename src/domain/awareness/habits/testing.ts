// Helpers for the habit tests (imported by tests only): a generated month with what its people did
// by hand and by voice, read off its events by the history index as the app reads them.
import { month } from '../history/testing.ts';
import { indexHistory } from '../historyIndex.ts';

export { DAY, TZ, WINTER_END } from '../history/testing.ts';

export function minedMonth(options: Parameters<typeof month>[0] = {}) {
  const generated = month(options);
  const { events, home } = generated.history;
  return { ...generated, personal: indexHistory(events, home).personal };
}
