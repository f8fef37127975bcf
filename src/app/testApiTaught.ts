// The teaching part of window.teachableHome, loaded on first use (teaching is off the first page).
import { getDb } from '../persistence/instance.ts';
import { readHome } from '../persistence/home.ts';
import { listRoutines } from '../persistence/routines.ts';
import { getHomeSettings } from '../persistence/settings.ts';
import { listTaught } from '../persistence/taught.ts';
import { describeTaught, taughtTitle, wordsContext } from '../domain/teaching/words.ts';

export async function list() {
  const db = getDb();
  const [home, routines, settings, taught] = await Promise.all([
    readHome(db),
    listRoutines(db),
    getHomeSettings(db),
    listTaught(db),
  ]);
  const ctx = wordsContext({ home, unit: settings.temperatureUnit, routines, taught });
  return taught.map((item) => ({
    id: item.id,
    kind: item.kind,
    title: taughtTitle(item),
    meaning: describeTaught(item, ctx),
  }));
}
