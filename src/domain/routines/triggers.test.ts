import { describe, expect, it } from 'vitest';
import type { Cause } from '../activity/cause.ts';
import { execute } from '../home/execute.ts';
import type { Command } from '../home/commands.ts';
import { demoHome } from '../home/scenarios/demo.ts';
import type { Routine, Trigger } from './model.ts';
import { firedBy, holdsNow } from './triggers.ts';
import { routineForPhrase } from './phrases.ts';

const AT = Date.parse('2026-03-03T19:30:00Z');
const home = demoHome(AT);
const manual: Cause = { kind: 'manual' };

function routine(triggers: Trigger[], extra: Partial<Routine> = {}): Routine {
  return {
    id: 'r',
    name: 'R',
    enabled: true,
    triggers,
    conditionMode: 'all',
    conditions: [],
    actions: [{ type: 'notify', title: 'Hi' }],
    createdAt: 0,
    updatedAt: 0,
    ...extra,
  };
}

/** The events of running commands on a home, with the homes before and after. */
function change(before: typeof home, commands: Command[], at = AT + 1000) {
  const result = execute(before, commands, manual, at);
  return { events: result.events, before, after: result.home };
}

describe('device triggers', () => {
  it('fire when a device changes to the state, and only then', () => {
    const opens = routine([{ type: 'state', entityId: 'binary_sensor.front_door', to: 'on' }]);
    const { events, before, after } = change(home, [
      { entityId: 'binary_sensor.front_door', type: 'trigger' },
    ]);
    expect(firedBy(opens, events, before, after)).toEqual([
      { trigger: opens.triggers[0], at: AT + 1000, held: false, cause: manual },
    ]);
    const other = change(home, [{ entityId: 'light.hallway', type: 'turn_off' }]);
    expect(firedBy(opens, other.events, other.before, other.after)).toEqual([]);
  });

  it('respect "from" and fire later for "for N seconds", if it still holds then', () => {
    const trigger: Trigger = {
      type: 'state',
      entityId: 'lock.back_door',
      to: 'locked',
      from: 'unlocked',
      forSeconds: 300,
    };
    const r = routine([trigger]);
    const { events, before, after } = change(home, [{ entityId: 'lock.back_door', type: 'lock' }]);
    expect(firedBy(r, events, before, after)).toEqual([
      { trigger, at: AT + 1000 + 300_000, held: true, cause: manual },
    ]);
    expect(holdsNow(trigger as never, after)).toBe(true);
    expect(holdsNow(trigger as never, before)).toBe(false);
  });

  it('fire when a number crosses into the range, not on every change inside it', () => {
    const hot: Trigger = {
      type: 'numeric',
      entityId: 'sensor.kitchen_temperature',
      above: 26,
    };
    const r = routine([hot]);
    const up = change(home, [
      { entityId: 'sensor.kitchen_temperature', type: 'set_value', value: 27 },
    ]);
    expect(firedBy(r, up.events, up.before, up.after)).toHaveLength(1);
    const higher = change(up.after, [
      { entityId: 'sensor.kitchen_temperature', type: 'set_value', value: 28 },
    ]);
    expect(firedBy(r, higher.events, higher.before, higher.after)).toEqual([]);
  });

  it('know a person arriving or leaving, and "anyone" as first one home / last one out', () => {
    const tomArrives = routine([{ type: 'presence', personId: 'person.tom', event: 'arrives' }]);
    const arrive = change(home, [{ entityId: 'person.tom', type: 'arrive' }]);
    expect(firedBy(tomArrives, arrive.events, arrive.before, arrive.after)).toHaveLength(1);

    const lastOut = routine([{ type: 'presence', event: 'leaves' }]);
    const home0 = home.entities.filter((e) => e.domain === 'person' && e.state === 'home');
    expect(home0.length).toBeGreaterThan(1);
    const oneLeaves = change(home, [{ entityId: home0[0]!.id, type: 'leave' }]);
    expect(firedBy(lastOut, oneLeaves.events, oneLeaves.before, oneLeaves.after)).toEqual([]);
    const allLeave = change(
      home,
      home0.map((p) => ({ entityId: p.id, type: 'leave' }) as Command),
    );
    expect(firedBy(lastOut, allLeave.events, allLeave.before, allLeave.after)).toHaveLength(1);
  });
});

describe('phrases', () => {
  const goodNight = routine([{ type: 'phrase', phrases: ['good night', 'bed time'] }], {
    name: 'Good night',
  });

  it('match what was said with wake words, politeness and small typos', () => {
    expect(routineForPhrase('Alexa, good night!', [goodNight])?.phrase).toBe('good night');
    expect(routineForPhrase('bed time please', [goodNight])?.phrase).toBe('bed time');
    expect(routineForPhrase('good nigth', [goodNight])?.phrase).toBe('good night');
  });

  it('do not match other words, longer requests or disabled routines', () => {
    expect(routineForPhrase('good morning', [goodNight])).toBeUndefined();
    expect(routineForPhrase('good night to the kitchen', [goodNight])).toBeUndefined();
    expect(routineForPhrase('good night', [{ ...goodNight, enabled: false }])).toBeUndefined();
  });
});
