import { useLayoutEffect, useRef } from 'react';
import type { Home } from '../../domain/home/model.ts';
import type { TurnRow } from '../../persistence/db.ts';
import { Button } from '../../components/ui/Button.tsx';
import { TurnItem } from './TurnItem.tsx';

interface TranscriptProps {
  turns: TurnRow[] | undefined;
  home: Home | undefined;
  timeZone: string;
  /** Set just after "Clear conversation": offer Undo in place of the empty conversation. */
  onUndoClear: (() => void) | undefined;
}

/**
 * The conversation so far, oldest at the top, scrolled to the newest whenever a turn arrives
 * (from this tab, another tab or the test API).
 */
export function Transcript({ turns, home, timeZone, onUndoClear }: TranscriptProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const last = turns?.at(-1)?.seq;
  useLayoutEffect(() => {
    const element = scroller.current;
    if (element) element.scrollTop = element.scrollHeight;
  }, [last]);
  const roomName = (id: string | undefined) => home?.areas.find((a) => a.id === id)?.name;

  return (
    <div
      ref={scroller}
      // A scrolling area must be reachable by keyboard to be scrolled (WCAG 2.1.1).
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      role="region"
      aria-label="Conversation"
      className="min-h-0 flex-1 overflow-y-auto overscroll-contain px-3 py-4 sm:px-4"
    >
      {turns === undefined ? null : turns.length === 0 ? (
        <div className="flex h-full flex-col items-center justify-center gap-3 px-4 text-center text-sm text-slate-700 dark:text-slate-300">
          {onUndoClear ? (
            <div role="status" className="flex flex-col items-center gap-2">
              <p>Conversation cleared.</p>
              <Button size="sm" onClick={onUndoClear}>
                Undo
              </Button>
            </div>
          ) : (
            <>
              <p className="text-base font-medium text-slate-900 dark:text-slate-100">
                Ask your home for something
              </p>
              <p className="max-w-xs">
                Type in your own words, as you would say it: “turn off the lights”, “is the front
                door locked?”. Or try a suggestion below.
              </p>
            </>
          )}
        </div>
      ) : (
        <ol className="flex flex-col gap-5">
          {turns.map((turn) => (
            <TurnItem
              key={turn.seq}
              turn={turn}
              timeZone={timeZone}
              roomName={roomName(turn.area)}
            />
          ))}
        </ol>
      )}
    </div>
  );
}
