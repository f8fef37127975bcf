// The household's people are person entities; Settings -> Home adds, renames and removes them.
import { z } from '../zod.ts';
import type { Home, PersonEntity } from './model.ts';

export const personNameSchema = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, 'Enter a name.'),
    z.maxLength(40, 'Keep the name under 40 characters.'),
    z.regex(/^[\p{L}\p{M}' .-]+$/u, 'Use letters, spaces, apostrophes or hyphens.'),
  );

function slug(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return base || 'person';
}

export type PeopleResult = { ok: true; home: Home } | { ok: false; message: string };

function clash(home: Home, name: string, except?: string): string | undefined {
  const taken = home.entities.find(
    (e) => e.domain === 'person' && e.id !== except && e.name.toLowerCase() === name.toLowerCase(),
  );
  return taken ? `${taken.name} is already in the household.` : undefined;
}

export function addPerson(home: Home, rawName: string): PeopleResult {
  const parsed = personNameSchema.safeParse(rawName);
  if (!parsed.success)
    return { ok: false, message: parsed.error.issues[0]?.message ?? 'Invalid name.' };
  const name = parsed.data;
  const problem = clash(home, name);
  if (problem) return { ok: false, message: problem };
  const ids = new Set(home.entities.map((e) => e.id));
  let id = `person.${slug(name)}`;
  for (let n = 2; ids.has(id); n++) id = `person.${slug(name)}_${n}`;
  const person: PersonEntity = { id, name, domain: 'person', state: 'home', attributes: {} };
  return { ok: true, home: { ...home, entities: [...home.entities, person] } };
}

export function renamePerson(home: Home, id: string, rawName: string): PeopleResult {
  const parsed = personNameSchema.safeParse(rawName);
  if (!parsed.success)
    return { ok: false, message: parsed.error.issues[0]?.message ?? 'Invalid name.' };
  const person = home.entities.find((e) => e.id === id && e.domain === 'person');
  if (!person) return { ok: false, message: 'That person is no longer in the household.' };
  const problem = clash(home, parsed.data, id);
  if (problem) return { ok: false, message: problem };
  return {
    ok: true,
    home: {
      ...home,
      entities: home.entities.map((e) => (e.id === id ? { ...e, name: parsed.data } : e)),
    },
  };
}

export function removePerson(home: Home, id: string): PeopleResult {
  if (!home.entities.some((e) => e.id === id && e.domain === 'person')) {
    return { ok: false, message: 'That person is no longer in the household.' };
  }
  return { ok: true, home: { ...home, entities: home.entities.filter((e) => e.id !== id) } };
}
