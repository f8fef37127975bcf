// While a skill session is open: which skill the next words go to, and the words that always work
// inside one (help, repeat, stop) as buttons. Gone once the session ends, also when it ends on its
// own because it was left alone.
import { Puzzle } from 'lucide-react';
import { sessionExpired, type SkillSession } from '../../domain/blueprints/session.ts';
import { useClock } from '../../stores/clock.ts';

interface SkillSessionBarProps {
  session: SkillSession | undefined;
  /** The skill's name; undefined when it no longer exists. */
  name: string | undefined;
  onSay: (text: string) => void;
}

const WORDS = [
  { say: 'help', label: 'Help' },
  { say: 'repeat', label: 'Repeat' },
  { say: 'stop', label: 'Stop' },
] as const;

/** Whether a session is open now: it exists, its skill too, and it was not left alone too long. */
export function useOpenSession(session: SkillSession | undefined, name: string | undefined) {
  const expired = useClock((s) => (session ? sessionExpired(session, s.now) : true));
  return session !== undefined && !expired && name !== undefined;
}

export function SkillSessionBar({ session, name, onSay }: SkillSessionBarProps) {
  const open = useOpenSession(session, name);
  if (!open || name === undefined) return null;
  return (
    <div
      role="status"
      aria-label={`Talking to ${name}`}
      className="flex flex-wrap items-center gap-2 rounded-xl bg-accent-50 px-3 py-2 text-sm text-accent-900 ring-1 ring-accent-100 ring-inset dark:bg-slate-800 dark:text-accent-100 dark:ring-slate-600"
    >
      <Puzzle aria-hidden className="size-4 shrink-0" />
      <span className="min-w-[11rem] flex-1">
        Talking to <strong className="font-semibold">{name}</strong>
        <span className="hidden sm:inline">. Your next words are for it.</span>
      </span>
      <span className="flex gap-1.5">
        {WORDS.map((w) => (
          <button
            key={w.say}
            type="button"
            onClick={() => onSay(w.say)}
            aria-label={`${w.label} (${name})`}
            className="rounded-full bg-white px-2.5 py-0.5 font-medium text-accent-700 ring-1 ring-accent-200 ring-inset hover:bg-accent-100 dark:bg-slate-900 dark:text-accent-100 dark:ring-slate-600"
          >
            {w.label}
          </button>
        ))}
      </span>
    </div>
  );
}
