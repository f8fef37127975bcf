// What the assistant learned from how the person says things, in plain words for "Things I've
// learned": what a rewrite means, how it stands (in use, heard once, waiting for a yes), its
// evidence, and a preference among versions of a title. Dates in the home's time zone.
import { curly } from '../../../domain/assistant/words.ts';
import { formatClockParts, formatTime } from '../../../domain/clock/format.ts';
import { zonedParts } from '../../../domain/clock/zoned.ts';
import { mediaItem } from '../../../domain/home/catalogue.ts';
import { WINS_TO_PROMOTE } from '../../../domain/learning/learn.ts';
import type { Preference } from '../../../domain/learning/preferences/types.ts';
import type { LearnedRewrite, RewriteEvidence } from '../../../domain/learning/types.ts';
import { sensitiveReason } from '../../../domain/learning/whyWords.ts';

/** "3 March", with the year when it is not the year of `now`. */
export function dayWords(at: number, timeZone: string, now: number): string {
  const { date } = formatClockParts(at, timeZone);
  const sameYear = zonedParts(at, timeZone).year === zonedParts(now, timeZone).year;
  return sameYear ? date.replace(/ \d+$/, '') : date;
}

/** "once", "twice", "4 times". */
export function timesWords(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
}

/** The words as the person said them most recently (`from` is kept normalized, for lookup). */
export function saidWords(r: LearnedRewrite): string {
  return r.evidence[r.evidence.length - 1]?.failed ?? r.from;
}

/** "“kill the big lamp” means “turn off the living room lamp”". */
export function rewriteWords(r: LearnedRewrite): string {
  return `${curly(saidWords(r))} means ${curly(r.to)}`;
}

/** Sensitive rewrites need a yes: whether one is waiting for it (whatever its count). */
export const needsYes = (r: LearnedRewrite): boolean =>
  r.status === 'candidate' && r.sensitive && !r.confirmed;

/**
 * "In use since 3 March · worked 4 times, went wrong once", "Heard once: I'll use it after one
 * more time, or now if you say so", "Waits for your yes: it would unlock a door".
 */
export function standingWords(r: LearnedRewrite, timeZone: string, now: number): string {
  if (r.status === 'promoted') {
    const since = `In use since ${dayWords(r.promotedAt ?? r.createdAt, timeZone, now)}`;
    const yes = r.confirmed ? ' (you said yes)' : '';
    const record =
      r.losses > 0
        ? `worked ${timesWords(r.wins)}, went wrong ${timesWords(r.losses)}`
        : `worked ${timesWords(r.wins)}`;
    return `${since}${yes} · ${record}`;
  }
  if (needsYes(r)) return `Waits for your yes: ${sensitiveReason(r)}`;
  const more = Math.max(1, WINS_TO_PROMOTE - r.wins);
  const after = more === 1 ? 'one more time' : `${more} more times`;
  return `Heard ${timesWords(r.wins)}: I'll use it after ${after}, or now if you say so`;
}

/** "3 March, 18:00: you said “kill the big lamp”, then “turn off the living room lamp” worked." */
export function evidenceWords(e: RewriteEvidence, timeZone: string, now: number): string {
  const when = `${dayWords(e.at, timeZone, now)}, ${formatTime(e.at, timeZone)}`;
  return `${when}: you said ${curly(e.failed)}, then ${curly(e.worked)} worked.`;
}

/** The title a preference is about, as the catalogue spells it ("Wow"). */
export function preferenceTitle(p: Preference): string {
  const item = mediaItem(p.choice);
  return item?.title ?? p.key;
}

/**
 * "When you ask for Wow, I play Wow by Kate Bush — you said “no, the Kate Bush one” on 3 March".
 */
export function preferenceWords(p: Preference, timeZone: string, now: number): string {
  const last = p.evidence[p.evidence.length - 1];
  const why = last ? ` — you said ${curly(last.said)} on ${dayWords(last.at, timeZone, now)}` : '';
  return `When you ask for ${preferenceTitle(p)}, I play ${p.label}${why}`;
}
