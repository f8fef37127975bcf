// The demo home with four weeks of everyday life behind it, ending now: the Bennetts' mornings,
// school runs, evenings and bedtimes as generated history (src/domain/awareness/history), so that
// the Activity page, the habit miner and the hunches have something to work with at once. One
// thing is left as it shouldn't be at the end (the garage door open), so a hunch shows straight
// away; the home is the state the history leaves it in. The routines the history ran by phrase and
// presence (Good night, Leaving home) are there too.
import { generateHistory } from '../../awareness/history/generate.ts';
import { familyRoutines } from '../../awareness/history/routines.ts';
import { DEFAULT_SETTINGS } from '../../settings/settings.ts';
import { demoHome } from './demo.ts';
import type { Scenario } from './types.ts';

const DAY = 86_400_000;
const WEEKS = 4;
/** Any fixed number: the same seed always gives the same month. */
const SEED = 20_260_303;

export const familyMonthScenario: Scenario = {
  name: 'family-month',
  title: 'Family house, a month lived in',
  description:
    'The family house with four weeks of everyday life behind it: mornings, school runs, evenings and bedtimes, a few habits worth making into routines, and a few things left as they shouldn’t be.',
  build(now) {
    const days = WEEKS * 7;
    const { location } = DEFAULT_SETTINGS;
    const { home, events } = generateHistory(demoHome(now - days * DAY), {
      seed: SEED,
      end: now,
      days,
      timeZone: location.timeZone,
      anomalyAtEnd: true,
    });
    return {
      home,
      events,
      routines: familyRoutines(home, now),
      settings: { location: { ...location } },
    };
  },
};
