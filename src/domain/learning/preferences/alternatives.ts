// The versions of a title in the media catalogue ("Wow" by Kate Bush and by Post Malone), and
// how each is said. Titles and names are compared after the interpreter's own normalisation with
// accents folded, so "wow", "Wow!" and "WOW" are one title and "beyonce" meets "Beyoncé".
import { CATALOGUE, describeMedia, type MediaItem } from '../../home/catalogue.ts';
import { nameTokens } from '../../language/normalize.ts';

/** Words of a title or name, as compared: lower case, singular, accents and articles gone. */
export function mediaTokens(text: string): string[] {
  return nameTokens(fold(text));
}

/** "Gymnopédie No. 1" → "gymnopedie no 1": the key a preference is kept under. */
export function titleKey(title: string): string {
  return mediaTokens(title).join(' ');
}

/** Every catalogue item with this title, in catalogue order (one item when it is unique). */
export function alternativesFor(
  title: string,
  catalogue: readonly MediaItem[] = CATALOGUE,
): MediaItem[] {
  const key = titleKey(title);
  if (key === '') return [];
  return catalogue.filter((item) => titleKey(item.title) === key);
}

/** Whether a title exists in more than one version, so that a choice can be corrected. */
export function isAmbiguous(title: string, catalogue: readonly MediaItem[] = CATALOGUE): boolean {
  return alternativesFor(title, catalogue).length > 1;
}

/** "Wow by Kate Bush", "Oceans Deep (Wild Earth)": the catalogue's own words. */
export function describe(item: MediaItem): string {
  return describeMedia(item);
}

/** Decomposed, then the accents dropped: people rarely type "é". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}
