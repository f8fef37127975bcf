// The words a correction of a media choice is made of, beside the names it picks by: what they
// mean for reading it ("not" turns the next thing said away, "the other one" means not this one)
// and the small words that carry nothing. A word outside these and the alternatives' own names
// means the person said something this reader does not know, so it picks nothing.
import type { MediaKind } from '../../home/catalogue.ts';

/** Turn the next thing said away: "not the Post Malone one", "isn't", "didn't mean". */
export const NEGATION = new Set(['not', 'never', 'nor']);

/** What is playing now, when turned away: "not that one", "not this", "not what I wanted". */
export const DEMONSTRATIVE = new Set(['that', 'this', 'it', 'what']);

/** Any version but the one chosen: "the other one", "a different version". */
export const OTHER = new Set(['other', 'another', 'different', 'else']);

/** How people name the kinds of the catalogue (singular forms). */
export const KIND_WORDS: Readonly<Record<string, MediaKind>> = {
  song: 'song',
  track: 'song',
  tune: 'song',
  episode: 'episode',
  show: 'episode',
  series: 'episode',
  movie: 'movie',
  film: 'movie',
  radio: 'radio',
  station: 'radio',
  podcast: 'podcast',
};

/** Words that carry nothing in a correction (as said, not singular). */
export const FILLER = new Set([
  // Turning the choice down.
  'no',
  'nope',
  'nah',
  'wrong',
  'sorry',
  'oops',
  'wait',
  'oh',
  'um',
  'uh',
  'hmm',
  'ah',
  'ok',
  'okay',
  'yes',
  'yeah',
  'actually',
  'please',
  'thanks',
  'thank',
  // Saying what was meant.
  'i',
  'you',
  'me',
  'we',
  'meant',
  'mean',
  'said',
  'say',
  'asked',
  'ask',
  'for',
  'want',
  'wanted',
  'would',
  'like',
  'prefer',
  'rather',
  'than',
  'instead',
  'do',
  'did',
  'does',
  'is',
  'was',
  'are',
  'can',
  'could',
  'have',
  'let',
  'us',
  'try',
  'hear',
  'listen',
  'to',
  'play',
  'put',
  'on',
  'but',
  'and',
  // Pointing at a version.
  'one',
  'ones',
  'version',
  'versions',
  'by',
  'from',
  'of',
  'off',
  'with',
  'which',
  'who',
  'album',
  'artist',
  'singer',
  'band',
  'sung',
  'sang',
  'sings',
  'performed',
]);

/** Dropped before reading, as the interpreter drops them. */
export const ARTICLES = new Set(['the', 'a', 'an', 'my', 'our', 'your']);
