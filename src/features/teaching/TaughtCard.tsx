import { useId, useState } from 'react';
import { Pencil, Play, ShieldAlert, Trash, TriangleAlert } from 'lucide-react';
import { capitalize } from '../../domain/assistant/words.ts';
import type { Home } from '../../domain/home/model.ts';
import type { Routine } from '../../domain/routines/model.ts';
import type { TaughtCommand, TaughtItem } from '../../domain/teaching/model.ts';
import { missingParts } from '../../domain/teaching/run.ts';
import {
  describeTaught,
  taughtOrigin,
  taughtTitle,
  type TaughtWordsContext,
} from '../../domain/teaching/words.ts';
import { Button } from '../../components/ui/Button.tsx';
import { inputClass } from '../../components/ui/Field.tsx';
import { cn } from '../../components/ui/cn.ts';
import { ButtonLink } from '../../components/ui/ButtonLink.tsx';
import { assistant, problemText } from './lazyActions.ts';
import { editPath } from './paths.ts';
import { conceptDevices, firstDevice, tryText } from './tryWords.ts';

interface TaughtCardProps {
  item: TaughtItem;
  home: Home;
  routines: readonly Routine[];
  commands: readonly TaughtCommand[];
  ctx: TaughtWordsContext;
  timeZone: string;
  now: number;
  onDelete: (item: TaughtItem) => void;
}

/** What the "Try it" button does, in words next to it. */
const TRY_HINT: Record<TaughtItem['kind'], string> = {
  command: 'Does it now, as if you said it.',
  concept: 'Sets the device you choose to it now.',
  name: 'Asks me about it; changes nothing.',
};

/** Saying the item to the assistant, and its reply. */
function useTryIt() {
  const [result, setResult] = useState<{ said: string; reply: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (said: string) => {
    setBusy(true);
    try {
      const { say } = await assistant();
      const turn = await say(said);
      setResult({ said, reply: turn.reply });
    } catch (error) {
      setResult({ said, reply: `That didn’t work: ${problemText(error)}` });
    } finally {
      setBusy(false);
    }
  };
  return { result, busy, run };
}

/**
 * One taught command, setting word or name: its title, what it means in words, where it came from
 * and when, what it refers to that is gone, and Try it, Edit and Delete.
 */
export function TaughtCard({
  item,
  home,
  routines,
  commands,
  ctx,
  timeZone,
  now,
  onDelete,
}: TaughtCardProps) {
  const titleId = useId();
  const hintId = useId();
  const deviceId = useId();
  const title = taughtTitle(item);
  const [device, setDevice] = useState(() =>
    item.kind === 'concept' ? firstDevice(home, item) : '',
  );
  const tried = useTryIt();
  const missing =
    item.kind === 'command'
      ? missingParts(item, home, { taught: commands, routines }).map((m) => `${capitalize(m)}.`)
      : [];
  const said = tryText(item, home, device);
  const groups = item.kind === 'concept' ? conceptDevices(home, item) : [];

  return (
    <article
      aria-labelledby={titleId}
      data-testid={`taught-${item.id}`}
      className="flex h-full flex-col gap-3 rounded-2xl bg-white p-4 ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={titleId} className="min-w-0 text-lg font-semibold break-words">
          {title}
        </h3>
        {item.overrides && (
          <span className="inline-flex items-center gap-1 rounded-full bg-violet-100 px-2 py-0.5 text-xs font-medium text-violet-900 dark:bg-violet-950 dark:text-violet-200">
            <ShieldAlert aria-hidden className="size-3.5" />
            Overrides a built-in meaning
          </span>
        )}
      </div>
      <p className="text-sm text-slate-800 dark:text-slate-200">{describeTaught(item, ctx)}</p>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {taughtOrigin(item, timeZone, now)}
      </p>
      {missing.length > 0 && (
        <div
          role="note"
          aria-label="Warning"
          className="flex items-start gap-2 rounded-xl bg-amber-50 px-3 py-2 text-sm text-amber-950 ring-1 ring-amber-300 dark:bg-amber-950/40 dark:text-amber-100 dark:ring-amber-800"
        >
          <TriangleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
          <div>
            {missing.map((m) => (
              <p key={m}>{m}</p>
            ))}
            <p className="mt-1">Edit it to choose what it should do instead.</p>
          </div>
        </div>
      )}

      {item.kind === 'concept' && (
        <div className="flex flex-col gap-1">
          <label htmlFor={deviceId} className="text-sm font-medium">
            Device to try it on
          </label>
          {groups.length > 0 ? (
            <select
              id={deviceId}
              value={device}
              onChange={(e) => setDevice(e.target.value)}
              className={cn(inputClass, 'max-w-xs')}
            >
              {groups.map((g) => (
                <optgroup key={g.label} label={g.label}>
                  {g.entities.map((e) => (
                    <option key={e.id} value={e.id}>
                      {e.name}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          ) : (
            <p id={deviceId} className="text-sm text-slate-700 dark:text-slate-300">
              There is no device of this kind in the home to try it on.
            </p>
          )}
        </div>
      )}

      <div className="mt-auto flex flex-wrap items-center gap-2 pt-1">
        <Button
          size="sm"
          variant="primary"
          aria-describedby={hintId}
          disabled={tried.busy || said === undefined}
          onClick={() => said !== undefined && void tried.run(said)}
        >
          <Play aria-hidden className="size-4" />
          Try it
        </Button>
        <ButtonLink href={editPath(item.id)} size="sm">
          <Pencil aria-hidden className="size-4" />
          Edit
        </ButtonLink>
        <Button
          size="sm"
          variant="ghost"
          onClick={() => onDelete(item)}
          className="ml-auto text-red-700 dark:text-red-400"
        >
          <Trash aria-hidden className="size-4" />
          Delete
        </Button>
      </div>
      <p id={hintId} className="-mt-1 text-xs text-slate-600 dark:text-slate-400">
        {TRY_HINT[item.kind]}
      </p>
      <p role="status" data-testid="try-result" className="text-sm empty:hidden">
        {tried.result && (
          <>
            <span className="text-slate-700 dark:text-slate-300">
              You said “{tried.result.said}”.{' '}
            </span>
            <span className="font-medium">{tried.result.reply}</span>
          </>
        )}
      </p>
    </article>
  );
}
