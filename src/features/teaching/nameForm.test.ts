import { describe, expect, it } from 'vitest';
import { demoHome } from '../../domain/home/scenarios/demo.ts';
import { NOW } from '../../domain/home/testing.ts';
import {
  blankNameForm,
  nameFormSchema,
  nameFromForm,
  nameToForm,
  targetOf,
  type NameForm,
} from './nameForm.ts';

const home = demoHome(NOW);

function problems(values: NameForm): string[] {
  const result = nameFormSchema(home).safeParse(values);
  return (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('name form', () => {
  it('round-trips a device name and a room name', () => {
    for (const target of [
      { kind: 'entity', entityId: 'light.living_room_ceiling' } as const,
      { kind: 'area', areaId: 'kids_room' } as const,
    ]) {
      const values = nameToForm({ name: 'the big one', target });
      expect(problems(values)).toEqual([]);
      expect(nameFromForm(values)).toEqual({ kind: 'name', name: 'the big one', target });
    }
  });

  it('asks for the name and what it names', () => {
    expect(problems(blankNameForm())).toEqual([
      'name: Write the name, like “the big light”',
      'target: Choose the device or room it is another name for',
    ]);
  });

  it('says when the device or room is no longer in the home', () => {
    expect(problems({ name: 'porch', target: 'entity:light.gone' })).toEqual([
      'target: That device is no longer in the home: choose another',
    ]);
    expect(problems({ name: 'attic', target: 'area:attic' })).toEqual([
      'target: That room is no longer in the home: choose another',
    ]);
  });

  it('reads only the two kinds of target', () => {
    expect(targetOf('')).toBeUndefined();
    expect(targetOf('floor:up')).toBeUndefined();
    expect(targetOf('area:')).toBeUndefined();
  });
});
