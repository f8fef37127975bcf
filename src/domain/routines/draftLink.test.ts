import { describe, expect, it } from 'vitest';
import { draftFromParam, draftToParam, type RoutineDraft } from './draftLink.ts';

const draft: RoutineDraft = {
  name: 'Lights out',
  enabled: true,
  triggers: [
    { type: 'time', at: '22:30', days: [1, 2, 3, 4, 7] },
    { type: 'phrase', phrases: ['lights out'] },
  ],
  conditionMode: 'all',
  conditions: [],
  actions: [
    {
      type: 'control',
      target: { kind: 'entity', entityId: 'climate.hallway' },
      command: 'set_temperature',
      value: 17,
    },
    { type: 'control', target: { kind: 'entity', entityId: 'lock.front_door' }, command: 'lock' },
  ],
};

describe('a routine draft in an address', () => {
  it('comes back the same', () => {
    expect(draftFromParam(draftToParam(draft))).toEqual(draft);
  });

  it('opens nothing from a damaged, empty or invalid address', () => {
    const param = draftToParam(draft);
    expect(draftFromParam(param.slice(0, -7))).toBeUndefined();
    expect(draftFromParam('')).toBeUndefined();
    expect(draftFromParam(null)).toBeUndefined();
    expect(draftFromParam('not base64!')).toBeUndefined();
    expect(draftFromParam(draftToParam({ ...draft, actions: [] }))).toBeUndefined();
    expect(
      draftFromParam(
        draftToParam({
          ...draft,
          triggers: [{ type: 'time', at: '25:00', days: [1] }],
        } as RoutineDraft),
      ),
    ).toBeUndefined();
  });

  it('refuses anything that is not a routine, and extra fields', () => {
    expect(draftFromParam(draftToParam([draft] as unknown as RoutineDraft))).toBeUndefined();
    expect(draftFromParam(draftToParam({ ...draft, owner: 'x' } as RoutineDraft))).toBeUndefined();
  });

  it('never takes an id or dates from the address', () => {
    const withIds = { ...draft, id: 'routine.evil', createdAt: 5, updatedAt: 6 } as RoutineDraft;
    const back = draftFromParam(draftToParam(withIds));
    expect(back).toEqual(draft);
    expect(back).not.toHaveProperty('id');
  });
});
