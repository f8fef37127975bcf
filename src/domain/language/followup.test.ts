// Follow-ups, through `interpret` on a small home: "it" and "them", "and the bedroom too",
// "a bit more", "what about 20 percent", "make it blue", and what none of them mean when there
// was nothing before.
import { describe, expect, it } from 'vitest';
import { interpret } from './interpret.ts';
import { BEDROOM, KITCHEN, smallHome } from './testset/smallHome.ts';
import type { PreviousTurn } from './types.ts';

const home = smallHome();
const after = (previous: PreviousTurn, text: string, area?: string) =>
  interpret(text, { home, previous, ...(area ? { area } : {}) });
const sorted = (ids: readonly string[]) => [...ids].sort();

const turnedOn = (...targets: string[]): PreviousTurn => ({
  intent: 'HassTurnOn',
  slots: {},
  targets,
});

describe('pronouns', () => {
  it('reads "it" as what the previous request was about', () => {
    const r = after(turnedOn('light.kitchen_ceiling'), 'turn it off');
    expect(r).toMatchObject({ intent: 'HassTurnOff', targets: ['light.kitchen_ceiling'] });
    expect(r.fromContext).toContain('targets');
  });

  it('reads "them" as all of it, even from another room', () => {
    const r = after(turnedOn(...KITCHEN), 'turn them off', 'bedroom');
    expect(sorted(r.targets)).toEqual(sorted(KITCHEN));
  });

  it('finds nothing for "it" when nothing came before, and says so', () => {
    const r = interpret('turn it off', { home });
    expect(r.intent).toBe('HassTurnOff');
    expect(r.targets).toEqual([]);
    expect(r.unresolved).toEqual({ name: 'it' });
  });

  it('drops previous devices that the home no longer has', () => {
    expect(after(turnedOn('light.gone', 'light.reading_lamp'), 'turn it off').targets).toEqual([
      'light.reading_lamp',
    ]);
  });
});

describe('"and … too"', () => {
  it('does the same to the same kind of device in another room', () => {
    const previous: PreviousTurn = {
      intent: 'HassTurnOff',
      slots: { area: 'Kitchen', domain: 'light' },
      targets: KITCHEN,
    };
    const r = after(previous, 'and the bedroom too');
    expect(r.intent).toBe('HassTurnOff');
    expect(sorted(r.targets)).toEqual(sorted(BEDROOM));
    expect(r.fromContext).toContain('intent');
  });

  it('does the same to another device named', () => {
    const r = after(turnedOn('light.kitchen_ceiling'), 'and the bedside lamp');
    expect(r).toMatchObject({ intent: 'HassTurnOn', targets: ['light.bedroom_lamp'] });
  });

  it('keeps the value of the previous request', () => {
    const previous: PreviousTurn = {
      intent: 'HassLightSet',
      slots: { brightness: 40 },
      targets: ['light.kitchen_ceiling'],
    };
    const r = after(previous, 'the reading lamp too');
    expect(r).toMatchObject({
      intent: 'HassLightSet',
      slots: { brightness: 40 },
      targets: ['light.reading_lamp'],
    });
  });
});

describe('more, less and other values', () => {
  const dimmed: PreviousTurn = {
    intent: 'LightAdjustBrightness',
    slots: { direction: 'down', amount: 10 },
    targets: ['light.reading_lamp'],
  };

  it('repeats a change in the same direction for "a bit more"', () => {
    const r = after(dimmed, 'a bit more');
    expect(r).toMatchObject({
      intent: 'LightAdjustBrightness',
      slots: { direction: 'down' },
      targets: ['light.reading_lamp'],
    });
  });

  it('turns a change around for "less"', () => {
    expect(after(dimmed, 'less').slots.direction).toBe('up');
  });

  it('sets another value for "what about 20 percent"', () => {
    const previous: PreviousTurn = {
      intent: 'HassLightSet',
      slots: { brightness: 50 },
      targets: ['light.reading_lamp'],
    };
    const r = after(previous, 'what about 20 percent');
    expect(r).toMatchObject({
      intent: 'HassLightSet',
      slots: { brightness: 20 },
      targets: ['light.reading_lamp'],
    });
  });

  it('sets another temperature for "what about 22"', () => {
    const previous: PreviousTurn = {
      intent: 'HassClimateSetTemperature',
      slots: { temperature: 20 },
      targets: ['climate.living_room'],
    };
    expect(after(previous, 'what about 22')).toMatchObject({
      intent: 'HassClimateSetTemperature',
      slots: { temperature: 22 },
      targets: ['climate.living_room'],
    });
  });

  it('colours what was just turned on for "make it blue"', () => {
    const r = after(turnedOn('light.reading_lamp'), 'make it blue');
    expect(r).toMatchObject({
      intent: 'HassLightSet',
      slots: { color: 'blue' },
      targets: ['light.reading_lamp'],
    });
  });
});

describe('without a previous turn', () => {
  it.each(['and the bedroom too', 'a bit more', 'what about 20 percent', 'again'])(
    '"%s" means nothing',
    (text) => {
      expect(interpret(text, { home })).toMatchObject({ intent: 'Unknown', targets: [] });
    },
  );
});
