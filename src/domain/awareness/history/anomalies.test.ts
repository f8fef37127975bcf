import { describe, expect, it } from 'vitest';
import { startOfZonedDay } from '../../clock/zoned.ts';
import { DAY, month, stateAt, TZ, weekday, wholeDays, WINTER_END } from './testing.ts';

const { history } = month({ anomalies: 5, anomalyAtEnd: true });
const { events, anomalies } = history;
const days = wholeDays(WINTER_END, 28);

/** Days that share a rhythm: Monday to Thursday are alike; Friday, Saturday and Sunday differ. */
const kindOf = (at: number) => (weekday(at) >= 1 && weekday(at) <= 4 ? 'workday' : weekday(at));

describe('planted anomalies', () => {
  it('are as many as asked for, each of a different kind, inside the history after its first week', () => {
    expect(anomalies).toHaveLength(6);
    expect(new Set(anomalies.slice(0, 5).map((a) => a.entityId)).size).toBe(5);
    for (const a of anomalies) {
      expect(a.from).toBeLessThan(a.until);
      expect(a.from).toBeGreaterThan(WINTER_END - 21 * DAY);
      expect(a.until).toBeLessThanOrEqual(WINTER_END);
      expect(a.usual).not.toBe(a.actual);
      expect(a.description.length).toBeGreaterThan(10);
    }
    expect(month().history.anomalies).toHaveLength(4);
    expect(month({ anomalies: 0 }).history.anomalies).toEqual([]);
  });

  it('hold the unusual state all the way through', () => {
    for (const a of anomalies) {
      for (const t of [a.from + 1000, (a.from + a.until) / 2, a.until - 1000]) {
        expect(stateAt(events, a.entityId, t), a.description).toBe(a.actual);
      }
    }
  });

  it('are unusual: at the same time on other days of the same kind, the usual state holds', () => {
    for (const a of anomalies) {
      const middle = Math.round((a.from + a.until) / 2);
      const dayStart = startOfZonedDay(a.from, TZ);
      const offset = middle - dayStart;
      const others = days.filter(
        (d) =>
          d !== dayStart &&
          kindOf(d) === kindOf(a.from) &&
          d + offset < WINTER_END &&
          !anomalies.some(
            (b) =>
              b !== a && b.entityId === a.entityId && d + offset >= b.from && d + offset < b.until,
          ),
      );
      expect(others.length, a.description).toBeGreaterThanOrEqual(3);
      const usual = others.filter(
        (d) => (stateAt(events, a.entityId, d + offset) ?? a.usual) === a.usual,
      );
      expect(usual.length / others.length, a.description).toBeGreaterThanOrEqual(0.8);
    }
  });

  it('can leave one still holding at the end, for a demo to show at once', () => {
    const last = anomalies.at(-1)!;
    expect(last).toMatchObject({
      entityId: 'cover.garage_door',
      until: WINTER_END,
      actual: 'open',
    });
    expect(history.home.entities.find((e) => e.id === 'cover.garage_door')?.state).toBe('open');
    expect(month().history.home.entities.find((e) => e.id === 'cover.garage_door')?.state).toBe(
      'closed',
    );
  });
});
