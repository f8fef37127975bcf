// Remembering which version of a title a person prefers, and using it: the corrected version is
// played first the next time the title is asked for, and the reply says why. Pure updates over
// the list of preferences (one per title); the app keeps the list and saves it with the turn.
import { mediaItem, type MediaItem } from '../../home/catalogue.ts';
import { describe, titleKey } from './alternatives.ts';
import { MAX_EVIDENCE, MAX_PREFERENCES, type Preference } from './types.ts';

/** One id per title, so a new correction of the same title replaces the old preference. */
export const preferenceId = (key: string) => `media:${key}`;

/**
 * The person chose `choice` (a catalogue id) for the title `key` by saying `said`. A second
 * correction to the same version adds evidence; to another version replaces the preference (the
 * old evidence was for the other one). A choice that is not a version of the title is ignored.
 */
export function remember(
  prefs: readonly Preference[],
  key: string,
  choice: string,
  said: string,
  now: number,
): Preference[] {
  const item = mediaItem(choice);
  const k = titleKey(key);
  if (!item || k === '' || titleKey(item.title) !== k) return [...prefs];
  const evidence = { at: now, said: said.trim().slice(0, 300) || describe(item) };
  const known = prefs.find((p) => p.key === k);
  const updated: Preference =
    known && known.choice === choice
      ? { ...known, evidence: [...known.evidence, evidence].slice(-MAX_EVIDENCE) }
      : {
          id: preferenceId(k),
          key: k,
          choice,
          label: describe(item),
          createdAt: now,
          evidence: [evidence],
        };
  const others = prefs.filter((p) => p.key !== k);
  // Over the limit, the preference least recently used or made goes first.
  const recency = (p: Preference) => p.lastUsedAt ?? p.createdAt;
  const kept = others.length < MAX_PREFERENCES ? others : dropOldest(others, recency);
  return [...kept, updated];
}

/** The catalogue id preferred for a title, if the person chose one and it still exists. */
export function preferred(prefs: readonly Preference[], title: string): string | undefined {
  const k = titleKey(title);
  const pref = prefs.find((p) => p.key === k);
  return pref && mediaItem(pref.choice) ? pref.choice : undefined;
}

/** The preference decided what to play now (for "Things I've learned": last used). */
export function used(prefs: readonly Preference[], id: string, now: number): Preference[] {
  return prefs.map((p) => (p.id === id ? { ...p, lastUsedAt: now } : p));
}

export interface PreferredChoice {
  /** The versions, the preferred one first, the rest in catalogue order. */
  ordered: MediaItem[];
  /** The preference that put the first one first, if any. */
  preference?: Preference;
}

/** For the player: the versions of one title, the person's preferred one first. */
export function chooseWithPreference(
  alternatives: readonly MediaItem[],
  prefs: readonly Preference[],
): PreferredChoice {
  const first = alternatives[0];
  if (!first) return { ordered: [] };
  const k = titleKey(first.title);
  const pref = prefs.find((p) => p.key === k);
  const top = pref && alternatives.find((item) => item.id === pref.choice);
  if (!pref || !top) return { ordered: [...alternatives] };
  return { ordered: [top, ...alternatives.filter((item) => item !== top)], preference: pref };
}

/** "Playing Wow by Kate Bush [on the Kitchen speaker] — you preferred that one last time." */
export function playingPreferredWords(item: MediaItem, where?: string): string {
  const on = where === undefined ? '' : ` on ${where}`;
  return `Playing ${describe(item)}${on} — you preferred that one last time.`;
}

/** "OK, Wow by Kate Bush. I'll play that one next time you ask for Wow." */
export function correctedWords(item: MediaItem): string {
  return `OK, ${describe(item)}. I'll play that one next time you ask for ${item.title}.`;
}

function dropOldest(prefs: readonly Preference[], recency: (p: Preference) => number) {
  const oldest = prefs.reduce((a, b) => (recency(b) < recency(a) ? b : a));
  return prefs.filter((p) => p !== oldest);
}
