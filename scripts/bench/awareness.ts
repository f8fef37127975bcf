// The assistant's self-awareness, on generated history (src/domain/awareness/history): how long
// one look at 90 days of the demo home takes (index the history, find what is unusual now, mine
// the habits), how good the hunches are against the anomalies planted in it (precision and
// recall over several households), and how many planted habits the miner finds.
import { demoHome } from '../../src/domain/home/scenarios/demo.ts';
import { generateHistory } from '../../src/domain/awareness/history/generate.ts';
import { indexHistory } from '../../src/domain/awareness/historyIndex.ts';
import { findHunches } from '../../src/domain/awareness/hunches.ts';
import { mineHabits } from '../../src/domain/awareness/habits/mine.ts';
import { scoreHabits } from '../../src/domain/awareness/habits/quality.ts';
import { scoreHunches } from '../../src/domain/awareness/quality.ts';
import { EMPTY_MEMORY } from '../../src/domain/awareness/types.ts';
import { median, round, type Figure, type Section } from './lib.ts';

const DAY = 86_400_000;
const TZ = 'Europe/London';
/** A Friday evening in winter: the history's last day is a school night. */
const END = Date.UTC(2025, 0, 31, 21, 30);
const SEEDS = [1, 2, 3, 4];

function time<T>(runs: number, fn: () => T): number[] {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return samples;
}

export async function benchAwareness(): Promise<Section> {
  // 90 days of the demo home (its 40-odd devices).
  const start = demoHome(END - 90 * DAY);
  const long = generateHistory(start, { seed: 7, end: END, days: 90, timeZone: TZ, anomalies: 8 });
  const entities = long.home.entities.length;
  const look = () => {
    const index = indexHistory(long.events, long.home);
    const input = { index, home: long.home, now: END, timeZone: TZ, memory: EMPTY_MEMORY };
    findHunches(input);
    mineHabits(index.personal, long.home, END, TZ);
  };
  look();
  const lookTimes = time(15, look);

  let episodes = 0;
  let right = 0;
  let anomalies = 0;
  let found = 0;
  const perSeed: string[] = [];
  for (const seed of SEEDS) {
    const from = demoHome(END - 42 * DAY);
    const history = generateHistory(from, {
      seed,
      end: END,
      days: 42,
      timeZone: TZ,
      anomalies: 10,
    });
    const report = scoreHunches(history, from, { timeZone: TZ });
    episodes += report.episodes.length;
    right += report.episodes.length - report.falseAlarms.length;
    anomalies += report.anomalies.length;
    found += report.anomalies.filter((a) => a.found).length;
    perSeed.push(
      `seed ${seed}: precision ${round(report.precision, 2)}, recall ${round(report.recall, 2)}`,
    );
  }

  let planted = 0;
  let habitsFound = 0;
  let spurious = 0;
  for (const seed of SEEDS) {
    const from = demoHome(END - 28 * DAY);
    const history = generateHistory(from, { seed, end: END, days: 28, timeZone: TZ });
    const index = indexHistory(history.events, from);
    const score = scoreHabits(history, index.personal, END, TZ);
    planted += score.planted;
    habitsFound += score.found;
    spurious += score.spurious;
  }

  const figures: Figure[] = [
    {
      name: `One look at 90 days × ${entities} devices`,
      value: round(median(lookTimes), 1),
      unit: 'ms',
      budget: 300,
      detail: `median of 15: index ${long.events.length.toLocaleString('en-GB')} events, hunches, habits`,
    },
    {
      name: 'Hunch precision',
      value: round(episodes === 0 ? 1 : right / episodes, 3),
      unit: '',
      detail: `${right} of ${episodes} hunches were about a planted anomaly (4 households × 6 weeks; at least 0.9)`,
    },
    {
      name: 'Hunch recall',
      value: round(anomalies === 0 ? 1 : found / anomalies, 3),
      unit: '',
      detail: `${found} of ${anomalies} planted anomalies raised a hunch (at least 0.8)`,
    },
    {
      name: 'Planted habits found',
      value: habitsFound,
      unit: `of ${planted}`,
      detail: `4 households × 4 weeks; ${spurious} other offers (regular things the generator did not plant)`,
    },
  ];
  return { title: 'Awareness (Node)', figures, notes: perSeed, raw: { lookTimes } };
}
