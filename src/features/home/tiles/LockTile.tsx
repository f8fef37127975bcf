import { Lock, LockOpen } from 'lucide-react';
import type { LockEntity } from '../../../domain/home/model.ts';
import { describeState } from '../../../domain/home/format.ts';
import { Button } from '../../../components/ui/Button.tsx';
import { runManual } from '../../../stores/homeActions.ts';
import { TileFrame } from './TileFrame.tsx';
import { cn } from '../../../components/ui/cn.ts';

export function LockTile({ entity }: { entity: LockEntity }) {
  const locked = entity.state === 'locked';
  return (
    <TileFrame
      entity={entity}
      active={!locked}
      status={describeState(entity, 'C')}
      icon={
        <div
          aria-hidden
          className={cn(
            'grid size-11 place-items-center rounded-full',
            locked
              ? 'bg-emerald-100 text-emerald-800 dark:bg-emerald-400/20 dark:text-emerald-300'
              : 'bg-red-100 text-red-800 dark:bg-red-400/20 dark:text-red-300',
          )}
        >
          {locked ? <Lock className="size-5" /> : <LockOpen className="size-5" />}
        </div>
      }
    >
      <Button
        size="sm"
        variant={locked ? 'secondary' : 'primary'}
        aria-label={`${locked ? 'Unlock' : 'Lock'} ${entity.name}`}
        onClick={() => runManual({ entityId: entity.id, type: locked ? 'unlock' : 'lock' })}
      >
        {locked ? (
          <LockOpen aria-hidden className="size-4" />
        ) : (
          <Lock aria-hidden className="size-4" />
        )}
        {locked ? 'Unlock' : 'Lock'}
      </Button>
    </TileFrame>
  );
}
