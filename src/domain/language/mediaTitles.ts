// The titles of the built-in media catalogue as a slot list ({title}): "play wow", "play the
// song halo", "play wow by kate bush". A title is matched whole, with the tokenizer's own
// normalisation (articles and punctuation gone, plurals singular) and with or without its accents,
// so "gymnopedie no 1" is "Gymnopédie No. 1". A kind word before it ("the song …", "the movie …")
// or its artist after it ("… by Kate Bush") narrows the versions a title has.
import { CATALOGUE, type MediaItem, type MediaKind } from '../home/catalogue.ts';
import type { SpanValue } from './grammar/match.ts';
import { DEVICE_WORDS } from './grammar/words.ts';
import { insert, newNode, type TrieNode } from './lexicon.ts';
import { nameTokens, type Tokens } from './normalize.ts';

/** What the {title} list captures. */
export interface TitleCapture {
  /** The catalogue items the words name, in catalogue order. */
  ids: string[];
  /** The title as said ("wow"), without the kind word or the artist. */
  said: string;
}

/** How people name the kinds of the catalogue before a title (singular forms). */
const KIND_WORDS: Readonly<Record<MediaKind, readonly string[]>> = {
  song: ['song', 'track', 'tune'],
  episode: ['episode', 'show'],
  movie: ['movie', 'film'],
  radio: ['radio', 'station', 'radio station'],
  podcast: ['podcast'],
};

interface Entry {
  ids: string[];
  /** Words before the title (a kind) and after it ("by Kate Bush"). */
  before: number;
  after: number;
  /**
   * The bare title is also an everyday word for things ("Something"): "play something" keeps
   * meaning what it meant, and the title needs a kind or an artist to win.
   */
  vague: boolean;
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '');

/** A name's tokens as written and without accents ("beyoncé", "beyonce"). */
function spellings(name: string): string[][] {
  const plain = nameTokens(name);
  const folded = nameTokens(fold(name));
  return plain.join(' ') === folded.join(' ') ? [plain] : [plain, folded];
}

function build(catalogue: readonly MediaItem[]): TrieNode<Entry> {
  const entries = new Map<string, { tokens: string[]; entry: Entry }>();
  const add = (tokens: string[], id: string, before: number, after: number) => {
    const key = tokens.join(' ');
    const known = entries.get(key);
    if (known) {
      if (!known.entry.ids.includes(id)) known.entry.ids.push(id);
      return;
    }
    const bare = tokens.slice(before, tokens.length - after).join(' ');
    const vague = before === 0 && after === 0 && DEVICE_WORDS[bare] !== undefined;
    entries.set(key, { tokens, entry: { ids: [id], before, after, vague } });
  };
  for (const item of catalogue) {
    const kinds = KIND_WORDS[item.kind].map((w) => w.split(' '));
    const artists = spellings(item.by);
    for (const title of spellings(item.title)) {
      add(title, item.id, 0, 0);
      for (const kind of kinds) add([...kind, ...title], item.id, kind.length, 0);
      for (const by of artists) {
        add([...title, 'by', ...by], item.id, 0, by.length + 1);
        for (const kind of kinds)
          add([...kind, ...title, 'by', ...by], item.id, kind.length, by.length + 1);
      }
    }
  }
  const root = newNode<Entry>();
  for (const { tokens, entry } of entries.values()) insert(root, tokens, entry);
  return root;
}

let titles: TrieNode<Entry> | undefined;

/** Every title (with its kind word or artist) starting at `at`, longest last. */
export function titleSpans(tokens: Tokens, at: number): SpanValue[] {
  titles ??= build(CATALOGUE);
  const spans: SpanValue[] = [];
  let node: TrieNode<Entry> | undefined = titles;
  for (let i = at; i < tokens.base.length && node; i++) {
    node = node.next.get(tokens.base[i]!) ?? node.next.get(tokens.raw[i]!);
    if (!node) break;
    const end = i + 1;
    for (const entry of node.values) {
      const value: TitleCapture = {
        ids: entry.ids,
        said: tokens.raw.slice(at + entry.before, end - entry.after).join(' '),
      };
      // A whole title weighs like a device's name; a vague one less than any other reading.
      spans.push({ end, value, quality: (entry.vague ? 0.25 : 2) * (end - at) });
    }
  }
  return spans;
}
