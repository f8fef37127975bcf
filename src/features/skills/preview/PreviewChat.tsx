// "Try it": a chat with the skill as the form is now, beside the form. It runs the same session
// frame as the Assistant, on the home's simulated clock and time zone; nothing here is saved.
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { Play, RotateCcw, Send } from 'lucide-react';
import type { AnyBlueprint } from '../../../domain/blueprints/types.ts';
import { simulatedNow } from '../../../stores/clock.ts';
import { Button } from '../../../components/ui/Button.tsx';
import { inputClass } from '../../../components/ui/Field.tsx';
import { cn } from '../../../components/ui/cn.ts';
import { PreviewLog } from './PreviewLog.tsx';
import {
  emptyPreview,
  previewSay,
  previewStart,
  type PreviewSkill,
  type PreviewState,
} from './previewState.ts';

/** The preview's section, which "Go to the preview" scrolls to on narrow screens. */
export const PREVIEW_ID = 'skill-preview';

export interface PreviewChatProps {
  blueprint: AnyBlueprint;
  /** The skill as the form is now; undefined while the form has problems. */
  skill: PreviewSkill | undefined;
  /** What to fix first, in words, while `skill` is undefined. */
  problems: string[];
  /** Things to say, from the template (tryThese). */
  tryThese: string[];
  timeZone: string;
  /** Opened by "Try it": Start takes the focus. */
  focusStart?: boolean;
}

export function PreviewChat({
  blueprint,
  skill,
  problems,
  tryThese,
  timeZone,
  focusStart = false,
}: PreviewChatProps) {
  const headingId = useId();
  const inputId = useId();
  const [chat, setChat] = useState<PreviewState>(emptyPreview);
  const [text, setText] = useState('');
  const startRef = useRef<HTMLButtonElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const name = skill?.name.trim() || 'the skill';
  const env = () => ({ now: simulatedNow(), timeZone, random: Math.random });
  const stale =
    chat.running !== undefined &&
    skill !== undefined &&
    JSON.stringify([chat.running.name, chat.running.config]) !==
      JSON.stringify([skill.name, skill.config]);

  useLayoutEffect(() => {
    if (!focusStart) return;
    sectionRef.current?.scrollIntoView?.({ block: 'start' });
    startRef.current?.focus();
  }, [focusStart]);

  // Each reply is announced by the log; the focus stays in the text box, as in the Assistant.
  const last = chat.messages.at(-1)?.id;
  useEffect(() => {
    if (last !== undefined && document.activeElement !== inputRef.current)
      inputRef.current?.focus();
  }, [last]);

  const say = (words: string) => {
    const said = words.trim();
    if (!skill || said === '') return;
    setChat(previewSay(chat, blueprint, skill, said, env()));
    setText('');
  };

  return (
    <section
      ref={sectionRef}
      id={PREVIEW_ID}
      aria-labelledby={headingId}
      className="flex scroll-mt-44 flex-col gap-3 rounded-2xl bg-white p-4 ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800"
    >
      <div>
        <h2 id={headingId} className="text-lg font-semibold">
          Try it
        </h2>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Talk to {name} as you would in the Assistant. Nothing here is saved.
        </p>
      </div>
      {!skill ? (
        <div
          role="status"
          className="rounded-xl bg-amber-50 p-3 text-sm text-amber-950 ring-1 ring-amber-300 dark:bg-amber-950/40 dark:text-amber-100 dark:ring-amber-800"
        >
          <p className="font-medium">Fix the form first, then try it here:</p>
          <ul className="mt-1 list-disc pl-5">
            {problems.slice(0, 3).map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
          {problems.length > 3 && <p className="mt-1">…and {problems.length - 3} more.</p>}
        </div>
      ) : (
        <>
          <div className="flex flex-wrap gap-2">
            <Button
              ref={startRef}
              variant="primary"
              size="sm"
              disabled={chat.session !== undefined && !stale}
              onClick={() => setChat(previewStart(chat, blueprint, skill, env()))}
            >
              <Play aria-hidden className="size-4" />
              Start
            </Button>
            <Button
              size="sm"
              disabled={chat.messages.length === 0}
              onClick={() => {
                setChat(emptyPreview);
                startRef.current?.focus();
              }}
            >
              <RotateCcw aria-hidden className="size-4" />
              Restart
            </Button>
          </div>
          {stale && (
            <p role="status" className="text-sm text-amber-900 dark:text-amber-200">
              You changed the form since this started: press Start to try the changes.
            </p>
          )}
        </>
      )}
      <PreviewLog
        messages={chat.messages}
        label={`Preview of ${name}`}
        skillName={name}
        state={chat.state}
      />
      {skill && tryThese.length > 0 && (
        <ul aria-label="Things to try" className="flex flex-wrap gap-1.5">
          {tryThese.map((line) => (
            <li key={line}>
              <button
                type="button"
                onClick={() => say(line)}
                className="rounded-full bg-accent-50 px-3 py-1 text-left text-sm text-accent-700 ring-1 ring-accent-100 ring-inset hover:bg-accent-100 dark:bg-slate-800 dark:text-accent-100 dark:ring-slate-600 dark:hover:bg-slate-700"
              >
                {line}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="flex items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          say(text);
        }}
      >
        <div className="flex min-w-0 flex-1 flex-col gap-1">
          <label htmlFor={inputId} className="text-sm font-medium">
            Say something to {name}
          </label>
          <input
            ref={inputRef}
            id={inputId}
            type="text"
            autoComplete="off"
            disabled={!skill}
            value={text}
            onChange={(e) => setText(e.target.value)}
            className={cn(inputClass, 'w-full')}
          />
        </div>
        <Button type="submit" variant="primary" disabled={!skill || text.trim() === ''}>
          <Send aria-hidden className="size-4" />
          Send
        </Button>
      </form>
    </section>
  );
}
