// For the hunches feature's tests: a hunch and a habit offer shaped as the domain makes them,
// with times in London on 24 November 2026.
import type { HabitOffer, Hunch } from '../../domain/awareness/types.ts';

export const NOW = Date.UTC(2026, 10, 24, 21, 30);
const DAY = 86_400_000;

export function garageHunch(over: Partial<Hunch> = {}): Hunch {
  return {
    id: 'cover.garage_door|open',
    entityId: 'cover.garage_door',
    entityName: 'Garage door',
    domain: 'cover',
    area: 'garage',
    actual: 'open',
    kind: 'cover.garage:open',
    evidence: {
      population: { kind: 'days' },
      usual: 'closed',
      agreeing: 13,
      sampled: 14,
      samples: Array.from({ length: 14 }, (_, i) => ({
        at: NOW - (i + 1) * DAY,
        state: i === 5 ? 'open' : 'closed',
      })),
      since: NOW - 2 * 3_600_000 - 50 * 60_000,
      byNow: true,
    },
    fix: { entityId: 'cover.garage_door', type: 'close' },
    text: 'The Garage door is usually closed by now — it was closed at this time on 13 of the last 14 days.',
    question: 'Close it?',
    spoken: 'By the way, the Garage door is open. Want me to close it?',
    confidence: 0.9,
    ...over,
  };
}

export function porchHunch(): Hunch {
  return garageHunch({
    id: 'light.porch|on',
    entityId: 'light.porch',
    entityName: 'Porch light',
    domain: 'light',
    area: 'garden',
    actual: 'on',
    kind: 'light:on',
    fix: { entityId: 'light.porch', type: 'turn_off' },
    text: 'The Porch light is usually off by now — it was off at this time on 12 of the last 14 days.',
    question: 'Turn it off?',
  });
}

export function bedtimeHabit(): HabitOffer {
  return {
    id: '22:30|climate.living_room:set_temperature=17,light.living_room_lamp:turn_off',
    steps: [
      {
        entityId: 'climate.living_room',
        entityName: 'Living room thermostat',
        command: { entityId: 'climate.living_room', type: 'set_temperature', temperature: 17 },
        words: 'set the Living room thermostat to 17 °C',
      },
      {
        entityId: 'light.living_room_lamp',
        entityName: 'Living room lamp',
        command: { entityId: 'light.living_room_lamp', type: 'turn_off' },
        words: 'turn off the Living room lamp',
      },
    ],
    minuteOfDay: 22 * 60 + 32,
    time: '22:30',
    days: [1, 2, 3, 4],
    occurrences: [NOW - 3 * DAY, NOW - 2 * DAY, NOW - DAY],
    name: 'Around 22:30',
    text: 'You often do these around 22:30: set the Living room thermostat to 17 °C and turn off the Living room lamp. Make a routine?',
  };
}
