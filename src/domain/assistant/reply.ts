// Sentences into one reply. Neighbouring sentences that start with a past-tense verb join into
// one, as a person would say it: "Turned off 3 lights in the Kitchen and locked the Front door."
import type { Sentence } from './actionWords.ts';
import { joinList } from './words.ts';

const ending = (text: string) => (/[.?!]$/.test(text) ? text : `${text}.`);
/** "Opening the Garage door" is still going on: it doesn't join a list of things done. */
const joinable = (sentence: Sentence) => sentence.verbFirst && !/^\S+ing\b/.test(sentence.text);
export const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * Sentences about groups that got the same treatment in different parts of a request become one:
 * "The Kitchen ceiling and the Hallway light were already on", not two sentences saying so.
 */
function mergeGroups(sentences: readonly Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const sentence of sentences) {
    const { group } = sentence;
    const at = group ? out.findIndex((s) => s.group?.key === group.key) : -1;
    const earlier = out[at]?.group;
    if (!group || !earlier) {
      out.push(sentence);
      continue;
    }
    const ids = new Set(earlier.entities.map((e) => e.id));
    out[at] = earlier.again(
      [...earlier.entities, ...group.entities.filter((e) => !ids.has(e.id))],
      true,
    );
  }
  return out;
}

export function joinSentences(all: readonly Sentence[]): string {
  const sentences = mergeGroups(all);
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length > 0) out.push(ending(joinList(run)));
    run = [];
  };
  for (const sentence of sentences) {
    const text = sentence.text.trim();
    if (text === '') continue;
    if (joinable(sentence)) {
      run.push(run.length === 0 ? text : lowerFirst(text));
    } else {
      flush();
      out.push(ending(text));
    }
  }
  flush();
  return out.join(' ');
}

/** A message from elsewhere (execute's errors) as a sentence of ours. */
export const plain = (text: string): Sentence => ({
  text: text.trim().replace(/\.$/, ''),
  verbFirst: false,
});
