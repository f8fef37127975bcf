import { describe, expect, it } from 'vitest';
import type { HomeEvent } from '../activity/event.ts';
import { undoCommands } from './undo.ts';

const event = (domain: string, entityId: string, changes: HomeEvent['changes']): HomeEvent => ({
  id: 'ev-1',
  at: 0,
  entityId,
  entityName: 'Thing',
  domain,
  changes,
  cause: { kind: 'automatic', reason: 'usually so' },
});

describe('undoing what the assistant did on its own', () => {
  it('turns back on a light it turned off, at the brightness it had', () => {
    expect(
      undoCommands(event('light', 'light.porch', [{ key: 'state', from: 'on', to: 'off' }])),
    ).toEqual([{ entityId: 'light.porch', type: 'turn_on' }]);
  });

  it('opens a garage door it closed, unlocks a door it locked, puts the heating back', () => {
    expect(
      undoCommands(event('cover', 'cover.garage', [{ key: 'state', from: 'open', to: 'closing' }])),
    ).toEqual([{ entityId: 'cover.garage', type: 'open' }]);
    expect(
      undoCommands(event('lock', 'lock.back', [{ key: 'state', from: 'unlocked', to: 'locked' }])),
    ).toEqual([{ entityId: 'lock.back', type: 'unlock' }]);
    expect(
      undoCommands(event('climate', 'climate.hall', [{ key: 'state', from: 'heat', to: 'off' }])),
    ).toEqual([{ entityId: 'climate.hall', type: 'set_hvac_mode', mode: 'heat' }]);
  });

  it('offers nothing for what cannot be set back', () => {
    expect(
      undoCommands(event('sensor', 'sensor.t', [{ key: 'state', from: '20', to: '21' }])),
    ).toEqual([]);
  });
});
