// What the import page says about a shared skill before anything is added: which template it was
// made with and what that does, its name, how it is started, and how much it holds ("12 questions
// and 3 categories"). The counts come from the template's form description (its top-level lists),
// so every template — and any added later — is described without words written for it.
import { joinList } from '../assistant/words.ts';
import { blueprintById } from './registry.ts';
import type { SharedSkill } from './shareFormat.ts';
import type { FieldSpec } from './types.ts';

const IRREGULAR: Record<string, string> = { person: 'people', child: 'children' };

/** "category" → "categories", "way to ask" → "ways to ask", "fun fact" → "fun facts". */
export function pluralLabel(label: string): string {
  const words = label.split(' ');
  // In "way to ask" or "piece of advice" the noun is the word before the small word.
  const link = words.findIndex((w, i) => i > 0 && ['to', 'of', 'for', 'in', 'on'].includes(w));
  const at = link > 0 ? link - 1 : words.length - 1;
  const word = words[at] ?? '';
  const many =
    IRREGULAR[word] ??
    (/[^aeiou]y$/.test(word)
      ? `${word.slice(0, -1)}ies`
      : /(s|sh|ch|x|z)$/.test(word)
        ? `${word}es`
        : `${word}s`);
  return [...words.slice(0, at), many, ...words.slice(at + 1)].join(' ');
}

/** "1 question", "12 questions". */
export const countOf = (n: number, label: string) => `${n} ${n === 1 ? label : pluralLabel(label)}`;

/** How many of each of the form's top-level lists the config holds, empty ones left out. */
export function contentCounts(fields: readonly FieldSpec[], config: unknown): string[] {
  if (typeof config !== 'object' || config === null) return [];
  const values = config as Record<string, unknown>;
  const counts: string[] = [];
  for (const field of fields) {
    if (field.kind !== 'list' && field.kind !== 'words') continue;
    const value = Object.hasOwn(values, field.key) ? values[field.key] : undefined;
    if (Array.isArray(value) && value.length > 0)
      counts.push(countOf(value.length, field.itemLabel));
  }
  return counts;
}

/** The skill in a few plain lines, for the person deciding whether to add it. */
export function previewSharedSkill(shared: SharedSkill): string[] {
  const { name, phrases, config } = shared.skill;
  const blueprint = blueprintById(shared.skill.blueprint);
  const starts = [`open ${name}`, ...phrases].map((s) => `“${s}”`);
  const counts = contentCounts(blueprint.fields, config);
  return [
    `“${name}”, made with the ${blueprint.title} template.`,
    blueprint.description,
    `To start it, say ${joinList(starts, 'or')}.`,
    ...(counts.length > 0 ? [`It holds ${joinList(counts)}.`] : []),
  ];
}
