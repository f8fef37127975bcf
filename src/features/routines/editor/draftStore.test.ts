// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Routine } from '../../../domain/routines/model.ts';
import {
  baseOf,
  deleteDraft,
  draftKey,
  formText,
  keepDraftId,
  newRoutineSlot,
  openDraft,
  readDraft,
  routineFingerprint,
  routineSlot,
  writeDraft,
  type StoredDraft,
} from './draftStore.ts';
import { typedAgo } from './draftWords.ts';
import { newAction, newTrigger } from './formModel.ts';
import type { RoutineForm } from './formShape.ts';

const blank = (): RoutineForm => ({
  name: '',
  conditionMode: 'all',
  triggers: [newTrigger('phrase')],
  conditions: [],
  actions: [newAction('say')],
});

const typed = (): RoutineForm => ({
  ...blank(),
  name: 'Good night',
  triggers: [{ type: 'phrase', phrases: [{ text: 'good night' }] }],
});

const routine = (over: Partial<Routine> = {}): Routine => ({
  id: 'routine-1',
  name: 'Good night',
  enabled: true,
  triggers: [{ type: 'phrase', phrases: ['good night'] }],
  conditionMode: 'all',
  conditions: [],
  actions: [{ type: 'say', text: 'Sleep well' }],
  createdAt: 1,
  updatedAt: 10,
  ...over,
});

const draft = (over: Partial<StoredDraft> = {}): StoredDraft => ({
  form: typed(),
  routineId: 'routine-new',
  unit: 'C',
  savedAt: 1_000,
  ...over,
});

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('the draft store', () => {
  it('keeps a draft per slot under the app’s key and gives it back as written', () => {
    expect(newRoutineSlot(null)).toBe('new');
    expect(newRoutineSlot('good_night')).toBe('new:good_night');
    expect(routineSlot('routine-1')).toBe('routine-1');
    expect(draftKey('new')).toBe('teachable-home:routine-draft:new');

    expect(writeDraft('new', draft())).toBe(true);
    expect(localStorage.getItem('teachable-home:routine-draft:new')).not.toBeNull();
    expect(readDraft('new')).toEqual(draft());
    expect(readDraft('new:good_night')).toBeUndefined();
    deleteDraft('new');
    expect(readDraft('new')).toBeUndefined();
  });

  it('drops, and removes, what does not read as a draft of the form', () => {
    const key = draftKey('new');
    const broken = [
      '{not json',
      'null',
      JSON.stringify({ ...draft(), form: { ...typed(), triggers: 'good night' } }),
      // An older form that kept phrases as plain strings.
      JSON.stringify({
        ...draft(),
        form: { ...typed(), triggers: [{ type: 'phrase', phrases: ['good night'] }] },
      }),
      JSON.stringify({ ...draft(), routineId: '' }),
      JSON.stringify({ form: typed() }),
    ];
    for (const raw of broken) {
      localStorage.setItem(key, raw);
      expect(readDraft('new'), raw).toBeUndefined();
      expect(localStorage.getItem(key), raw).toBeNull();
    }
  });

  it('never throws when storage refuses: full or disabled', () => {
    const refuse = (name: string) => () => {
      throw new DOMException('Storage refused.', name);
    };
    // Full: every write is refused.
    vi.stubGlobal('localStorage', {
      getItem: () => null,
      setItem: refuse('QuotaExceededError'),
      removeItem: () => undefined,
    });
    expect(writeDraft('new', draft())).toBe(false);
    // Disabled: even reaching localStorage throws.
    vi.stubGlobal('localStorage', {
      getItem: refuse('SecurityError'),
      setItem: refuse('SecurityError'),
      removeItem: refuse('SecurityError'),
    });
    expect(writeDraft('new', draft())).toBe(false);
    expect(readDraft('new')).toBeUndefined();
    expect(() => deleteDraft('new')).not.toThrow();
    expect(openDraft('new', blank(), 'C', undefined)).toMatchObject({
      values: blank(),
      restored: null,
    });
  });

  it('compares forms whatever the order of their keys', () => {
    const a = typed();
    const reordered = JSON.parse(
      JSON.stringify({
        actions: a.actions,
        conditions: [],
        triggers: a.triggers,
        conditionMode: 'all',
        name: a.name,
      }),
    ) as unknown;
    expect(formText(reordered)).toBe(formText(a));
    expect(formText({ ...a, name: 'Bedtime' })).not.toBe(formText(a));
    expect(formText({ name: 1 })).toBeUndefined();
  });
});

describe('opening the editor with a draft', () => {
  it('shows the form as it would be when there is no draft, or one that changes nothing', () => {
    expect(openDraft('new', blank(), 'C', undefined)).toEqual({
      values: blank(),
      restored: null,
      base: undefined,
      current: undefined,
    });
    writeDraft('new', draft({ form: blank() }));
    expect(openDraft('new', blank(), 'C', undefined).restored).toBeNull();
    expect(readDraft('new')).toBeUndefined();
  });

  it('brings back what was typed, with when', () => {
    writeDraft('new', draft({ savedAt: 1234 }));
    expect(openDraft('new', blank(), 'C', undefined)).toMatchObject({
      values: typed(),
      restored: { savedAt: 1234, changedElsewhere: false },
    });
  });

  it('drops a draft typed in another temperature unit: its numbers would mean other temperatures', () => {
    writeDraft('new', draft({ unit: 'F' }));
    expect(openDraft('new', blank(), 'C', undefined).values).toEqual(blank());
    expect(readDraft('new')).toBeUndefined();
  });

  it('says when the saved routine was changed elsewhere since the draft began', () => {
    const saved = routine();
    const form = { ...typed(), name: 'Good night, all' };
    writeDraft('routine-1', draft({ form, routineId: 'routine-1', base: baseOf(saved) }));
    // Same version: no warning.
    expect(openDraft('routine-1', typed(), 'C', saved)).toMatchObject({
      values: form,
      restored: { changedElsewhere: false },
      base: baseOf(saved),
    });

    // Switched off in another tab: a new time, the same routine; saving replaces nothing.
    const switched = routine({ enabled: false, updatedAt: 20 });
    expect(openDraft('routine-1', typed(), 'C', switched).restored?.changedElsewhere).toBe(false);

    // Saved with other steps in another tab (at the same time: the clock was paused): restored all
    // the same, with the warning, and the draft stays the draft of the version it began from.
    const edited = routine({ actions: [{ type: 'say', text: 'Night night' }] });
    expect(routineFingerprint(edited)).not.toBe(routineFingerprint(saved));
    expect(openDraft('routine-1', typed(), 'C', edited)).toMatchObject({
      values: form,
      restored: { changedElsewhere: true },
      base: baseOf(saved),
      current: baseOf(edited),
    });
  });

  it('gives a new routine the id its draft was typed under, unless that id was saved meanwhile', () => {
    const fresh = routine({ id: 'routine-fresh' });
    expect(keepDraftId(fresh, 'new', []).id).toBe('routine-fresh');
    writeDraft('new', draft({ routineId: 'routine-typed' }));
    expect(keepDraftId(fresh, 'new', []).id).toBe('routine-typed');
    expect(keepDraftId(fresh, 'new', [{ id: 'routine-typed' }]).id).toBe('routine-fresh');
  });
});

describe('when the draft was typed', () => {
  it('says how long ago, in real time', () => {
    const now = Date.UTC(2026, 2, 3, 15, 0);
    const ago = (ms: number) => typedAgo(now - ms, now);
    expect(ago(20_000)).toBe('a moment ago');
    expect(ago(60_000)).toBe('1 minute ago');
    expect(ago(28 * 60_000)).toBe('28 minutes ago');
    expect(ago(3 * 3_600_000 + 59 * 60_000)).toBe('3 hours ago');
    expect(ago(49 * 3_600_000)).toBe('2 days ago');
    // A clock set back since: not "in the future".
    expect(ago(-5_000)).toBe('a moment ago');
  });
});
