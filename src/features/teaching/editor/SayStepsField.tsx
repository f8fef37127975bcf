import { useState } from 'react';
import { MessageSquarePlus } from 'lucide-react';
import type { Action } from '../../../domain/routines/model.ts';
import { Button } from '../../../components/ui/Button.tsx';
import { inputClass } from '../../../components/ui/Field.tsx';
import { cn } from '../../../components/ui/cn.ts';
import { problemText, teaching } from '../lazyActions.ts';

export const SAY_STEPS_ID = 'taught-say-steps';

const EXAMPLE =
  'For example “living room lights to 20 percent and close the blinds”, or “run Good night”.';

/**
 * "Add steps by saying them": the words a person would say to the assistant, read as the teach
 * dialogue reads its answer, become steps. When they can't be read, the reader's hint says how to
 * say it, next to the field; what was typed stays, to be corrected.
 */
export function SayStepsField({
  onSteps,
}: {
  /** Adds the steps; returns what to announce ("Added 2 steps."). */
  onSteps: (steps: Action[]) => string;
}) {
  const [words, setWords] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState('');
  const [busy, setBusy] = useState(false);

  const add = async () => {
    setDone('');
    if (words.trim() === '') {
      setProblem('Write what it should do first.');
      return;
    }
    setBusy(true);
    try {
      const read = await (await teaching()).stepsFromWords(words);
      if (read.ok) {
        setProblem(null);
        setWords('');
        setDone(onSteps(read.steps));
      } else setProblem(read.hint);
    } catch (error) {
      setProblem(`I couldn’t read that: ${problemText(error)}`);
    } finally {
      setBusy(false);
    }
  };

  const errorId = `${SAY_STEPS_ID}-error`;
  const hintId = `${SAY_STEPS_ID}-hint`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={SAY_STEPS_ID} className="text-sm font-medium">
        Add steps by saying them
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          id={SAY_STEPS_ID}
          type="text"
          autoComplete="off"
          value={words}
          onChange={(e) => setWords(e.target.value)}
          onKeyDown={(e) => {
            // Enter adds these steps; it must not save the whole form.
            if (e.key === 'Enter') {
              e.preventDefault();
              void add();
            }
          }}
          aria-invalid={problem !== null}
          aria-describedby={problem !== null ? `${errorId} ${hintId}` : hintId}
          className={cn(inputClass, 'min-w-0 flex-1 basis-64')}
        />
        <Button onClick={() => void add()} disabled={busy}>
          <MessageSquarePlus aria-hidden className="size-4" />
          Add these steps
        </Button>
      </div>
      {problem !== null && (
        <p id={errorId} role="alert" className="text-sm text-red-700 dark:text-red-400">
          {problem}
        </p>
      )}
      <p id={hintId} className="text-xs text-slate-600 dark:text-slate-400">
        {EXAMPLE}
      </p>
      <p role="status" className="text-sm empty:hidden">
        {done}
      </p>
    </div>
  );
}
