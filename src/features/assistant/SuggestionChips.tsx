interface SuggestionChipsProps {
  suggestions: string[];
  onPick: (text: string) => void;
}

/**
 * A few things worth saying, made from this home's devices; tapping one says it. One row that
 * scrolls sideways, so the conversation keeps the room.
 */
export function SuggestionChips({ suggestions, onPick }: SuggestionChipsProps) {
  if (suggestions.length === 0) return null;
  return (
    <ul
      aria-label="Suggestions"
      className="-mx-3 flex gap-1.5 overflow-x-auto px-3 pb-1 [scrollbar-width:thin] sm:-mx-4 sm:px-4"
    >
      {suggestions.map((text) => (
        <li key={text} className="shrink-0">
          <button
            type="button"
            onClick={() => onPick(text)}
            className="rounded-full bg-accent-50 px-3 py-1 text-sm whitespace-nowrap text-accent-700 ring-1 ring-accent-100 ring-inset hover:bg-accent-100 dark:bg-slate-800 dark:text-accent-100 dark:ring-slate-600 dark:hover:bg-slate-700"
          >
            {text}
          </button>
        </li>
      ))}
    </ul>
  );
}
