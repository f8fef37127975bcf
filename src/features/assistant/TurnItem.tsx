import { memo } from 'react';
import type { TurnRow } from '../../persistence/db.ts';
import { formatTime } from '../../domain/clock/format.ts';
import { cn } from '../../components/ui/cn.ts';
import { WhyDetails } from './WhyDetails.tsx';

interface TurnItemProps {
  turn: TurnRow;
  timeZone: string;
  /** The name of the room the person spoke from, if it still exists. */
  roomName: string | undefined;
}

/** One exchange: the person's words on the right, the reply on the left, "Why?" under it. */
export const TurnItem = memo(function TurnItem({ turn, timeZone, roomName }: TurnItemProps) {
  const failed = turn.outcome === 'failed';
  if (turn.routine && turn.text === '') return <RoutineSaid turn={turn} timeZone={timeZone} />;
  return (
    <li className="flex flex-col gap-2" data-testid={`turn-${turn.id}`} data-outcome={turn.outcome}>
      <div className="flex flex-col items-end gap-0.5 pl-8">
        <p
          className="rounded-2xl rounded-br-md bg-accent-600 px-3.5 py-2 break-words text-white"
          data-testid="said"
        >
          <span className="sr-only">You said: </span>
          {turn.text}
        </p>
        <p className="text-xs text-slate-600 dark:text-slate-400">
          {formatTime(turn.at, timeZone)}
          {roomName && ` · ${roomName}`}
        </p>
      </div>
      <div className="flex flex-col items-start gap-1 pr-8">
        <p
          className={cn(
            'rounded-2xl rounded-bl-md px-3.5 py-2 break-words',
            failed
              ? 'bg-amber-50 text-slate-900 ring-1 ring-amber-300 dark:bg-amber-950/40 dark:text-slate-100 dark:ring-amber-700'
              : 'bg-slate-100 text-slate-900 dark:bg-slate-800 dark:text-slate-100',
          )}
          data-testid="reply"
        >
          <span className="sr-only">Assistant: </span>
          {turn.reply}
        </p>
        {(turn.outcome === 'acted' || turn.explanation.skill || turn.explanation.offer) && (
          <WhyDetails explanation={turn.explanation} />
        )}
      </div>
    </li>
  );
});

/** Words a routine said on its own: no request above them, the routine named instead. */
function RoutineSaid({ turn, timeZone }: { turn: TurnRow; timeZone: string }) {
  return (
    <li
      className="flex flex-col items-start gap-1 pr-8"
      data-testid={`turn-${turn.id}`}
      data-outcome={turn.outcome}
    >
      <p className="text-xs text-slate-600 dark:text-slate-400">
        Your routine “{turn.routine?.name}” · {formatTime(turn.at, timeZone)}
      </p>
      <p
        className="rounded-2xl rounded-bl-md bg-slate-100 px-3.5 py-2 break-words text-slate-900 dark:bg-slate-800 dark:text-slate-100"
        data-testid="reply"
      >
        <span className="sr-only">Assistant: </span>
        {turn.reply}
      </p>
    </li>
  );
}
