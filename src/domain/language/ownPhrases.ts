// The person's own phrases (a routine's "good night"; later taught commands and skills): the
// request, tokenized as the interpreter does (wake words, politeness and articles gone), matches
// a phrase with the same words, forgiving a small typo in a longer word ("good nigth" is
// forgiven; "god night" is not: short words differ by one letter too easily).
import { editDistance } from './slots.ts';
import { tokenize } from './normalize.ts';

/** Something that is started by saying one of its phrases. */
export interface PhraseOwner {
  id: string;
  name: string;
  phrases: readonly string[];
}

export interface OwnPhraseMatch {
  id: string;
  name: string;
  /** The phrase as the person wrote it. */
  phrase: string;
}

const same = (said: string, meant: string) =>
  said === meant || (meant.length >= 5 && editDistance(said, meant, 1) <= 1);

/** The words a phrase is matched by: what the interpreter keeps of it. */
export const phraseWords = (phrase: string): readonly string[] => tokenize(phrase).base;

function matches(said: readonly string[], phrase: readonly string[]): boolean {
  return said.length === phrase.length && said.every((w, i) => same(w, phrase[i]!));
}

/** The first owner one of whose phrases this request is, if any. */
export function matchOwnPhrase(
  text: string,
  owners: readonly PhraseOwner[],
): OwnPhraseMatch | undefined {
  const said = phraseWords(text);
  if (said.length === 0) return undefined;
  for (const owner of owners)
    for (const phrase of owner.phrases)
      if (matches(said, phraseWords(phrase))) return { id: owner.id, name: owner.name, phrase };
  return undefined;
}
