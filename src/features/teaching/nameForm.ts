// A taught name ("the big light", "the kids' room") in the form: the name, and what it names — a
// device or a room, chosen from one list and kept in the field as "entity:<id>" or "area:<id>".
import { z } from '../../domain/zod.ts';
import type { Home } from '../../domain/home/model.ts';
import type { TaughtName } from '../../domain/teaching/model.ts';

export interface NameForm {
  name: string;
  /** "entity:light.living_room_ceiling", "area:kids_room", or '' before a choice. */
  target: string;
}

export type NameMeaning = Pick<TaughtName, 'kind' | 'name' | 'target'>;

const SHORT = 120;

export function blankNameForm(): NameForm {
  return { name: '', target: '' };
}

export function targetValue(target: TaughtName['target']): string {
  return target.kind === 'entity' ? `entity:${target.entityId}` : `area:${target.areaId}`;
}

/** The target a field value stands for; undefined for '' or anything else. */
export function targetOf(value: string): TaughtName['target'] | undefined {
  const [kind, ...rest] = value.split(':');
  const id = rest.join(':');
  if (id === '') return undefined;
  if (kind === 'entity') return { kind: 'entity', entityId: id };
  if (kind === 'area') return { kind: 'area', areaId: id };
  return undefined;
}

export function nameToForm(item: Pick<TaughtName, 'name' | 'target'>): NameForm {
  return { name: item.name, target: targetValue(item.target) };
}

/** Call on a checked form (the target is then one of the home's). */
export function nameFromForm(form: NameForm): NameMeaning {
  return {
    kind: 'name',
    name: form.name.trim().replace(/\s+/g, ' '),
    target: targetOf(form.target) ?? { kind: 'area', areaId: '' },
  };
}

export function nameFormSchema(home: Home) {
  return z.object({
    name: z
      .string()
      .check(
        z.trim(),
        z.minLength(1, 'Write the name, like “the big light”'),
        z.maxLength(SHORT, `Keep it under ${SHORT} letters`),
      ),
    target: z.string().check(
      z.superRefine((value, ctx) => {
        const target = targetOf(value);
        const problem = (message: string) =>
          ctx.addIssue({ code: 'custom', message, input: value });
        if (!target) problem('Choose the device or room it is another name for');
        else if (target.kind === 'entity' && !home.entities.some((e) => e.id === target.entityId))
          problem('That device is no longer in the home: choose another');
        else if (target.kind === 'area' && !home.areas.some((a) => a.id === target.areaId))
          problem('That room is no longer in the home: choose another');
      }),
    ),
  });
}
