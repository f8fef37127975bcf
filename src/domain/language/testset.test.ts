// Our own test set (testset/): what people say to the demo home that Home Assistant's corpus
// lacks, with what a good assistant should understand. One test per theme; on a miss it lists
// every failing request of the theme with what was expected and what was understood.
import { describe, expect, it } from 'vitest';
import { demoHome } from '../home/scenarios/demo.ts';
import { NOW } from '../home/testing.ts';
import type { Interpretation } from './types.ts';
import { differences, run, table } from './testset/check.ts';
import { ALL_CASES, THEMES } from './testset/index.ts';
import type { Expected, TestCase } from './testset/types.ts';

const home = demoHome(NOW);

describe('our test set', () => {
  it('has at least 320 requests, none repeated in the same context', () => {
    expect(ALL_CASES.length).toBeGreaterThanOrEqual(320);
    const keys = ALL_CASES.map((c) =>
      JSON.stringify([c.text.toLowerCase(), c.area, c.previous, c.pending]),
    );
    const repeated = keys.filter((k, i) => keys.indexOf(k) !== i);
    expect(repeated).toEqual([]);
  });

  it('names only rooms and devices that the demo home has', () => {
    const entities = new Set(home.entities.map((e) => e.id));
    const areas = new Set(home.areas.map((a) => a.id));
    const idsOf = (e: Expected): string[] => [
      ...(e.targets ?? []),
      ...(e.ambiguous ?? []),
      ...(e.parts ?? []).flatMap(idsOf),
    ];
    const ids = (c: TestCase) => [
      ...idsOf(c.expect),
      ...(c.previous?.targets ?? []),
      ...(c.pending?.options ?? []),
    ];
    expect(ALL_CASES.flatMap(ids).filter((id) => !entities.has(id))).toEqual([]);
    expect(ALL_CASES.filter((c) => c.area && !areas.has(c.area)).map((c) => c.area)).toEqual([]);
  });

  for (const [theme, cases] of Object.entries(THEMES)) {
    it(`${theme} (${cases.length})`, () => {
      const failures = cases.map((c) => run(home, c)).filter((o) => o.problems.length > 0);
      expect(
        failures.length,
        `${failures.length} of ${cases.length} failed:\n${table(failures)}`,
      ).toBe(0);
    });
  }
});

describe('comparing an interpretation with what was expected', () => {
  const got = (over: Partial<Interpretation>): Interpretation => ({
    text: '',
    intent: 'HassTurnOn',
    slots: {},
    targets: [],
    ...over,
  });

  it('compares targets as sets and slots in any case', () => {
    const interpretation = got({ targets: ['b', 'a'], slots: { area: 'Kitchen', brightness: 5 } });
    expect(differences({ intent: 'HassTurnOn', targets: ['a', 'b'] }, interpretation)).toEqual([]);
    expect(
      differences({ intent: 'HassTurnOn', slots: { area: 'kitchen' } }, interpretation),
    ).toEqual([]);
    expect(differences({ intent: 'HassTurnOn', targets: ['a'] }, interpretation)).toHaveLength(1);
  });

  it('reads null as "must be absent" and a list of intents as "either"', () => {
    const interpretation = got({ intent: 'HassGetState', slots: { amount: 10 } });
    expect(
      differences({ intent: 'HassGetState', slots: { amount: null } }, interpretation),
    ).toEqual(['amount should be absent, got 10']);
    expect(
      differences({ intent: ['HassClimateGetTemperature', 'HassGetState'] }, interpretation),
    ).toEqual([]);
  });

  it('checks each part of a compound request in order', () => {
    const interpretation = got({
      parts: [got({ targets: ['a'] }), got({ intent: 'HassTurnOff', targets: ['b'] })],
    });
    expect(
      differences(
        { intent: 'HassTurnOn', parts: [{ intent: 'HassTurnOn' }, { intent: 'HassTurnOn' }] },
        interpretation,
      ),
    ).toEqual(['part 2 intent HassTurnOn ≠ HassTurnOff']);
  });

  it('prints a failure as the text, what differs and what was understood', () => {
    const c: TestCase = { text: 'lights off', area: 'kitchen', expect: { intent: 'HassTurnOff' } };
    const lines = table([{ case: c, got: got({ targets: ['light.x'] }), problems: ['intent'] }]);
    expect(lines).toContain('"lights off" (area=kitchen)');
    expect(lines).toContain('HassTurnOn {} → [light.x]');
  });
});
