// The live line under the checklist: what saying the name will do, in the words the routines and
// the "Things I've learned" list use ("set the Living room lamp to orange and 45 %, close the
// Living room blinds"), computed from the home as it is now.
import { capitalize, curly, shortList } from '../../../domain/assistant/words.ts';
import type { Home } from '../../../domain/home/model.ts';
import type { TemperatureUnit } from '../../../domain/settings/settings.ts';
import { describeAction } from '../../../domain/routines/summary.ts';
import { rememberThis } from '../../../domain/teaching/showing.ts';
import { wordsContext } from '../../../domain/teaching/words.ts';
import { withTicks } from './choices.ts';

/** Things named in full; past this many, "… and 3 more". */
const THINGS_SHOWN = 4;

/**
 * One device's steps. Steps that set the same device ("set the Living room lamp to orange",
 * "… to 45 %") share their beginning, which is said once: "… to orange and 45 %"; others stay
 * apart ("turn on the Living room TV", "set the volume on the Living room TV to 25 %").
 */
function devicePhrases(phrases: readonly string[]): string[] {
  const [first, ...rest] = phrases;
  if (first === undefined || rest.length === 0) return [...phrases];
  const cut = first.lastIndexOf(' to ');
  if (cut < 0) return [...phrases];
  const lead = first.slice(0, cut + 4);
  if (!rest.every((p) => p.startsWith(lead))) return [...phrases];
  return [`${lead}${phrases.map((p) => p.slice(lead.length)).join(' and ')}`];
}

/**
 * What saying `name` will do with these devices as they are now, in the checklist's order;
 * undefined when nothing that can be kept is ticked.
 */
export function previewLine(
  home: Home,
  ticked: readonly string[],
  unit: TemperatureUnit,
  name: string,
): string | undefined {
  const ctx = wordsContext({ home, unit });
  const phrases = withTicks(home, [], ticked).flatMap((id) =>
    devicePhrases(rememberThis(home, [id]).map((step) => describeAction(step, ctx))),
  );
  if (phrases.length === 0) return undefined;
  const said = name.trim();
  const what = shortList(phrases, THINGS_SHOWN);
  return said ? `Saying ${curly(said)} will ${what}.` : `${capitalize(what)}.`;
}
