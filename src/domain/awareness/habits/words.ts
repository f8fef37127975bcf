// A habit offer in words: each step as an instruction (the routines' own words for actions, so
// the offer reads like the routine it would make), the usual time, a name and a phrase for the
// routine, and the question itself: "You often do these around 22:30: … Make a routine?"
import { joinList } from '../../assistant/words.ts';
import type { Command } from '../../home/commands.ts';
import type { Home } from '../../home/model.ts';
import type { ActionOf } from '../../routines/model.ts';
import { describeAction } from '../../routines/summaryActions.ts';
import type { TemperatureUnit } from '../../settings/settings.ts';
import type { HabitOfferStep } from '../types.ts';
import { commandValue } from './steps.ts';

/** The routine editor's limit for a name or a phrase. */
const MAX_TEXT = 120;

/** A command as a routine's device step: this device, this command, its value. */
export function controlAction(command: Command): ActionOf<'control'> {
  const value = commandValue(command);
  return {
    type: 'control',
    target: { kind: 'entity', entityId: command.entityId },
    command: command.type,
    ...(value !== undefined ? { value } : {}),
  };
}

/** One step of an offer, with its words: "turn off the Living room lamp". */
export function offerStep(
  command: Command,
  home: Home,
  unit: TemperatureUnit = 'C',
): HabitOfferStep {
  const entity = home.entities.find((e) => e.id === command.entityId);
  return {
    entityId: command.entityId,
    entityName: entity?.name ?? command.entityId,
    command,
    words: describeAction(controlAction(command), { home, unit }),
  };
}

/** The usual time to the nearest five minutes, as a schedule would be set: 1347 → 1345. */
export function roundedMinute(minuteOfDay: number): number {
  return (Math.round(minuteOfDay / 5) * 5) % 1440;
}

/** "06:55": the usual time as said in an offer and set in the routine it makes. */
export function habitTime(minuteOfDay: number): string {
  const m = roundedMinute(minuteOfDay);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
}

/**
 * A phrase for the routine from what the person said while doing the habit: the words said most
 * often (the latest of equals). Words that are already a command of their own can be left out by
 * `isCommand`: as a routine's phrase they would run the whole routine instead of that command.
 */
export function habitPhrase(
  utterances: readonly string[],
  isCommand?: (phrase: string) => boolean,
): string | undefined {
  const counts = new Map<string, { said: string; count: number; last: number }>();
  utterances.forEach((u, i) => {
    const said = u.trim().replace(/\s+/g, ' ');
    if (said === '' || said.length > MAX_TEXT) return;
    const key = said.toLowerCase();
    const seen = counts.get(key);
    counts.set(key, { said, count: (seen?.count ?? 0) + 1, last: i });
  });
  const best = [...counts.values()]
    .filter((c) => !isCommand?.(c.said))
    .sort((a, b) => b.count - a.count || b.last - a.last)[0];
  return best?.said;
}

/** "Lights out" from a phrase, else "Around 22:30". */
export function habitName(phrase: string | undefined, time: string): string {
  if (phrase === undefined) return `Around ${time}`;
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}

/** "You often lock the Front door around 22:30. Make a routine?" — several steps are listed. */
export function habitText(steps: readonly HabitOfferStep[], time: string): string {
  const words = steps.map((s) => s.words);
  if (words.length === 1) return `You often ${words[0]} around ${time}. Make a routine?`;
  return `You often do these around ${time}: ${joinList(words)}. Make a routine?`;
}

export interface HabitWords {
  time: string;
  name: string;
  phrase?: string;
  text: string;
}

/** Everything an offer says, from its steps, its usual time and the words said while doing it. */
export function habitWords(
  steps: readonly HabitOfferStep[],
  minuteOfDay: number,
  utterances: readonly string[],
  isCommand?: (phrase: string) => boolean,
): HabitWords {
  const time = habitTime(minuteOfDay);
  const phrase = habitPhrase(utterances, isCommand);
  return {
    time,
    name: habitName(phrase, time),
    ...(phrase !== undefined ? { phrase } : {}),
    text: habitText(steps, time),
  };
}
