// The name a shared thing's file is saved under: its own name in plain letters, then what it is,
// so the person who receives it can tell from the name alone ("good-night.routine.json").

/** "Good night" → "good-night.routine.json"; accents dropped, anything else becomes a dash. */
export function shareFileName(name: string, kind: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || kind}.${kind}.json`;
}
