import { forwardRef, useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { SendHorizontal } from 'lucide-react';
import { Button } from '../../components/ui/Button.tsx';
import { canListen } from './speech.ts';
import { MicButton } from './MicButton.tsx';
import { recallStep, type RecallPosition } from './recall.ts';

const DRAFT_KEY = 'teachable-home:assistant-draft';

/** What was typed but not sent survives a reload (this tab only). */
function useDraft(): [string, (text: string) => void] {
  const [draft, setDraft] = useState(() => {
    try {
      return sessionStorage.getItem(DRAFT_KEY) ?? '';
    } catch {
      return '';
    }
  });
  useEffect(() => {
    try {
      if (draft) sessionStorage.setItem(DRAFT_KEY, draft);
      else sessionStorage.removeItem(DRAFT_KEY);
    } catch {
      // Storage refused (a private window): the draft just does not survive a reload.
    }
  }, [draft]);
  return [draft, setDraft];
}

interface ComposerProps {
  /** What was said before, oldest first, for ↑ and ↓. */
  history: string[];
  /** Sends one request; rejects when it could not be taken (the words go back in the box). */
  onSend: (text: string) => Promise<unknown>;
  /** The "Speak replies" switch, shown under the box with the other voice things. */
  speakReplies?: ReactNode;
}

/** The text box: Enter sends, ↑ and ↓ recall earlier requests, the microphone speaks one. */
export const Composer = forwardRef<HTMLInputElement, ComposerProps>(function Composer(
  { history, onSend, speakReplies },
  ref,
) {
  const [draft, setDraft] = useDraft();
  const [position, setPosition] = useState<RecallPosition>(undefined);
  const typed = useRef('');
  const [listening, setListening] = useState(false);
  const [problem, setProblem] = useState<string | undefined>(undefined);

  const send = (text: string) => {
    const words = text.trim();
    if (!words) return;
    setDraft('');
    setPosition(undefined);
    onSend(words).catch(() => setDraft(words));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const next = recallStep(history.length, position, event.key === 'ArrowUp' ? 'back' : 'forward');
    if (next === position) return;
    event.preventDefault();
    if (position === undefined) typed.current = draft;
    setPosition(next);
    setDraft(next === undefined ? typed.current : (history[next] ?? ''));
  };

  return (
    <div className="flex flex-col gap-1.5">
      <form
        className="flex items-center gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          send(draft);
        }}
      >
        <label htmlFor="assistant-input" className="sr-only">
          Say something to your home
        </label>
        <input
          ref={ref}
          id="assistant-input"
          type="text"
          value={draft}
          onChange={(event) => {
            setDraft(event.target.value);
            setPosition(undefined);
          }}
          onKeyDown={onKeyDown}
          placeholder={listening ? 'Listening…' : 'Type a request…'}
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="send"
          maxLength={500}
          className="h-11 min-w-0 flex-1 rounded-xl bg-white px-3.5 text-base ring-1 ring-slate-300 placeholder:text-slate-500 ring-inset focus-visible:ring-2 focus-visible:ring-accent-600 focus-visible:outline-none dark:bg-slate-800 dark:ring-slate-600 dark:placeholder:text-slate-400 dark:focus-visible:ring-accent-100"
        />
        {canListen() && (
          <MicButton
            onHeard={setDraft}
            onFinal={send}
            onProblem={setProblem}
            onListeningChange={setListening}
          />
        )}
        <Button
          type="submit"
          variant="primary"
          aria-label="Send"
          className="size-11 rounded-xl p-0"
          disabled={!draft.trim()}
        >
          <SendHorizontal aria-hidden className="size-5" />
        </Button>
      </form>
      <div className="flex items-start justify-between gap-3 empty:hidden">
        <p aria-live="polite" className="min-w-0 text-sm">
          {listening ? (
            <span className="text-slate-700 dark:text-slate-300">
              Listening… speak your request.
            </span>
          ) : problem ? (
            <span className="text-red-700 dark:text-red-300">{problem}</span>
          ) : null}
        </p>
        {speakReplies}
      </div>
    </div>
  );
});
