import { useMemo } from 'react';
import { zonedParts } from '../../domain/clock/zoned.ts';
import { useClock } from '../../stores/clock.ts';

/**
 * A simulated instant on today's date in the home's time zone, that moves on only when the date
 * does. These pages use the time now only to say "today" or "yesterday", and the clock may run at
 * 3600×: reading it to the millisecond would redraw every routine's card on every tick for words
 * that change once a day.
 */
export function useToday(timeZone: string | undefined): number {
  const day = useClock((s) => {
    // Before the settings are read the pages draw nothing, so any zone will do.
    const p = zonedParts(s.now, timeZone ?? 'UTC');
    return `${p.year}-${p.month}-${p.day}`;
  });
  // Read when the date changes: any instant of the day gives the same words.
  return useMemo(() => useClock.getState().now, [day]);
}
