// "More like these (Pets): + hamster ✕  + parrot ✕": values related to what a list holds, from
// the built-in lexicon. Adding one puts it in the list; ✕ turns it down, and it is not offered
// again in this form. Nothing is shown when the list is too mixed for a sensible suggestion.
import { useMemo, useRef, useState } from 'react';
import { Plus, X } from 'lucide-react';
import { suggestValues } from '../../../domain/blueprints/suggest.ts';

export function WordSuggestions({
  words,
  onAccept,
}: {
  words: readonly string[];
  onAccept: (word: string) => void;
}) {
  const [rejected, setRejected] = useState<string[]>([]);
  const listRef = useRef<HTMLUListElement>(null);
  const filled = words.filter((w) => w.trim() !== '');
  const key = filled.join('\n');
  const found = useMemo(
    () => suggestValues(key === '' ? [] : key.split('\n'), { rejected }),
    [key, rejected],
  );
  if (found.words.length === 0) return null;

  // The chip that had the focus is gone: the one now in its place, else the last one.
  const refocus = (index: number, which: 'add' | 'reject') =>
    requestAnimationFrame(() => {
      const chips = listRef.current?.querySelectorAll<HTMLElement>(`[data-chip="${which}"]`);
      if (chips && chips.length > 0) chips[Math.min(index, chips.length - 1)]?.focus();
    });

  const label = found.group ? `More like these (${found.group}):` : 'More like these:';
  return (
    <div role="group" aria-label={`Suggestions. ${label}`} className="flex flex-col gap-1.5">
      <p className="text-xs font-medium text-slate-700 dark:text-slate-300">{label}</p>
      <ul ref={listRef} className="flex flex-wrap gap-1.5">
        {found.words.map((word, i) => (
          <li
            key={word}
            data-testid="suggestion-chip"
            data-value={word}
            className="inline-flex items-center rounded-full bg-accent-50 text-sm text-accent-700 ring-1 ring-accent-100 ring-inset dark:bg-slate-800 dark:text-accent-100 dark:ring-slate-600"
          >
            <button
              type="button"
              data-chip="add"
              aria-label={`Add ${word}`}
              onClick={() => {
                onAccept(word);
                refocus(i, 'add');
              }}
              className="inline-flex items-center gap-1 rounded-l-full py-1 pr-1.5 pl-2.5 hover:bg-accent-100 dark:hover:bg-slate-700"
            >
              <Plus aria-hidden className="size-3.5" />
              {word}
            </button>
            <button
              type="button"
              data-chip="reject"
              aria-label={`Don't suggest ${word}`}
              title="Don't suggest this"
              onClick={() => {
                setRejected((r) => [...r, word]);
                refocus(i, 'reject');
              }}
              className="rounded-r-full py-1 pr-2 pl-1 hover:bg-accent-100 dark:hover:bg-slate-700"
            >
              <X aria-hidden className="size-3.5" />
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
