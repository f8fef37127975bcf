// A habit offer as a routine for the editor to open, filled in and not yet saved: the usual time
// (to the nearest five minutes) on the days it was done, the phrase the person used if any, and
// its steps as device actions in their usual order. The person reviews it and saves it.
import type { RoutineDraft } from '../../routines/draftLink.ts';
import type { Trigger } from '../../routines/model.ts';
import type { HabitOffer } from '../types.ts';
import { controlAction, habitTime } from './words.ts';

export type { RoutineDraft };

export function routineDraftFromHabit(offer: HabitOffer): RoutineDraft {
  const days = [...new Set(offer.days)].filter((d) => d >= 1 && d <= 7).sort((a, b) => a - b);
  const triggers: Trigger[] = [
    // A habit always has its days; a week of them is the safe reading of none.
    {
      type: 'time',
      at: habitTime(offer.minuteOfDay),
      days: days.length > 0 ? days : [1, 2, 3, 4, 5, 6, 7],
    },
  ];
  if (offer.phrase !== undefined) triggers.push({ type: 'phrase', phrases: [offer.phrase] });
  return {
    name: offer.name,
    enabled: true,
    triggers,
    conditionMode: 'all',
    conditions: [],
    actions: offer.steps.map((step) => controlAction(step.command)),
  };
}
