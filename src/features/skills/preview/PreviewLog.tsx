// The preview's messages: the person's words on the right, the skill's on the left (with how it
// understood them, when it matched something), the preview's own notes in small type between.
import { useLayoutEffect, useRef } from 'react';
import type { PreviewMessage } from './previewState.ts';

export function PreviewLog({
  messages,
  label,
  skillName,
  state,
}: {
  messages: readonly PreviewMessage[];
  label: string;
  skillName: string;
  /** The session in words, shown under the last reply while it is open. */
  state: readonly string[];
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const last = messages.at(-1)?.id;
  useLayoutEffect(() => {
    const element = scroller.current;
    if (element) element.scrollTop = element.scrollHeight;
  }, [last]);

  return (
    <div className="flex flex-col gap-1">
      <div
        ref={scroller}
        role="log"
        aria-label={label}
        // A scrolling area must be reachable by keyboard to be scrolled (WCAG 2.1.1).
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        className="flex max-h-80 min-h-40 flex-col overflow-y-auto overscroll-contain rounded-xl bg-slate-50 p-3 ring-1 ring-slate-200 dark:bg-slate-950/40 dark:ring-slate-700"
      >
        {messages.length === 0 ? (
          <p className="m-auto max-w-xs text-center text-sm text-slate-600 dark:text-slate-400">
            Press Start to open it, or ask it something below.
          </p>
        ) : (
          <ol className="flex flex-col gap-2">
            {messages.map((m) =>
              m.from === 'note' ? (
                <li
                  key={m.id}
                  data-testid="preview-message"
                  data-from="note"
                  className="text-center text-xs text-slate-600 dark:text-slate-400"
                >
                  {m.text}
                </li>
              ) : m.from === 'you' ? (
                <li
                  key={m.id}
                  data-testid="preview-message"
                  data-from="you"
                  className="ml-8 self-end rounded-2xl rounded-br-md bg-accent-600 px-3 py-1.5 text-sm break-words text-white"
                >
                  <span className="sr-only">You said: </span>
                  {m.text}
                </li>
              ) : (
                <li
                  key={m.id}
                  data-testid="preview-message"
                  data-from="skill"
                  className="mr-8 flex flex-col items-start gap-0.5"
                >
                  <p className="rounded-2xl rounded-bl-md bg-white px-3 py-1.5 text-sm break-words text-slate-900 ring-1 ring-slate-200 dark:bg-slate-800 dark:text-slate-100 dark:ring-slate-700">
                    <span className="sr-only">{skillName}: </span>
                    {m.text}
                  </p>
                  {m.matched && (
                    <p className="px-1 text-xs text-slate-600 dark:text-slate-400">
                      Understood: {m.matched}
                    </p>
                  )}
                </li>
              ),
            )}
          </ol>
        )}
      </div>
      {state.length > 0 && (
        <p className="text-xs text-slate-600 dark:text-slate-400">Now: {state.join(' · ')}</p>
      )}
    </div>
  );
}
