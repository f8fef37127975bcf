import { useMemo } from 'react';
import { zonedParts } from '../../domain/clock/zoned.ts';
import { useClock } from '../../stores/clock.ts';

/**
 * A simulated instant on today's date in the home's time zone, that moves on only when the date
 * does: "taught on 3 March" needs the year only when it is not this year, and the clock may run at
 * 3600×, which must not redraw every card on every tick.
 */
export function useToday(timeZone: string | undefined): number {
  const day = useClock((s) => {
    const p = zonedParts(s.now, timeZone ?? 'UTC');
    return `${p.year}-${p.month}-${p.day}`;
  });
  return useMemo(() => useClock.getState().now, [day]);
}
