// A skill in words on its card: how it is started and what state it is in.
import type { Skill, SkillStatus } from '../../domain/blueprints/model.ts';

/** "Say “open Trivia night”", or "Say “open Trivia night” or “let's play trivia”". */
export function startWords(skill: Pick<Skill, 'name' | 'phrases'>): string {
  const ways = [`open ${skill.name.trim()}`, ...skill.phrases.map((p) => p.trim())]
    .filter((w) => w !== '')
    .map((w) => `“${w}”`);
  if (ways.length <= 1) return `Say ${ways[0] ?? ''}`;
  return `Say ${ways.slice(0, -1).join(', ')} or ${ways.at(-1)}`;
}

export const STATUS_WORDS: Record<SkillStatus, string> = {
  enabled: 'On',
  disabled: 'Off',
  draft: 'Draft',
};

/** What the status means for the person, under the name. */
export function statusNote(status: SkillStatus): string | undefined {
  if (status === 'disabled') return 'Switched off: saying its name does not start it.';
  if (status === 'draft') return 'A draft: it does not start by voice until you turn it on.';
  return undefined;
}

/** "a question", "an answer": the article people say before a word. */
export const withArticle = (word: string) => `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;

export const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
