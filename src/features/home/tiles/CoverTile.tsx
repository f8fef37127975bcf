import { ArrowDown, ArrowUp, Square } from 'lucide-react';
import type { CoverEntity } from '../../../domain/home/model.ts';
import { describeState } from '../../../domain/home/format.ts';
import { Button } from '../../../components/ui/Button.tsx';
import { Slider } from '../../../components/ui/Slider.tsx';
import { runManual } from '../../../stores/homeActions.ts';
import { TileFrame } from './TileFrame.tsx';

/** A window (or garage opening) with the blind drawn as far down as the cover is closed. */
function CoverPicture({ entity }: { entity: CoverEntity }) {
  const closed = 100 - entity.attributes.position;
  const garage =
    entity.attributes.device_class === 'garage' || entity.attributes.device_class === 'door';
  const curtain = entity.attributes.device_class === 'curtain';
  return (
    <div
      aria-hidden
      className="relative size-11 overflow-hidden rounded-md border-2 border-slate-500 bg-sky-200 dark:border-slate-400 dark:bg-sky-900"
    >
      {curtain ? (
        <>
          <div
            className="absolute inset-y-0 left-0 bg-rose-400 transition-all dark:bg-rose-500"
            style={{ width: `${closed / 2}%` }}
          />
          <div
            className="absolute inset-y-0 right-0 bg-rose-400 transition-all dark:bg-rose-500"
            style={{ width: `${closed / 2}%` }}
          />
        </>
      ) : (
        <div
          className="absolute inset-x-0 top-0 transition-all"
          style={{
            height: `${closed}%`,
            background: garage
              ? 'repeating-linear-gradient(#94a3b8 0 5px, #64748b 5px 7px)'
              : 'repeating-linear-gradient(#e2e8f0 0 3px, #94a3b8 3px 4px)',
          }}
        />
      )}
    </div>
  );
}

export function CoverTile({ entity }: { entity: CoverEntity }) {
  const a = entity.attributes;
  const moving = entity.state === 'opening' || entity.state === 'closing';
  return (
    <TileFrame
      entity={entity}
      active={entity.state !== 'closed'}
      status={describeState(entity, 'C')}
      icon={<CoverPicture entity={entity} />}
    >
      <div className="flex items-center gap-2">
        <Button
          size="sm"
          aria-label={`Open ${entity.name}`}
          disabled={a.position === 100 && !moving}
          onClick={() => runManual({ entityId: entity.id, type: 'open' })}
        >
          <ArrowUp aria-hidden className="size-4" /> Open
        </Button>
        <Button
          size="sm"
          aria-label={`Stop ${entity.name}`}
          disabled={!moving}
          onClick={() => runManual({ entityId: entity.id, type: 'stop' })}
          className="w-8 px-0"
        >
          <Square aria-hidden className="size-3.5" />
        </Button>
        <Button
          size="sm"
          aria-label={`Close ${entity.name}`}
          disabled={a.position === 0 && !moving}
          onClick={() => runManual({ entityId: entity.id, type: 'close' })}
        >
          <ArrowDown aria-hidden className="size-4" /> Close
        </Button>
      </div>
      {a.supports_position && (
        <Slider
          label={`${entity.name} position`}
          value={Math.round(a.target_position ?? a.position)}
          step={5}
          valueText={(v) => `${v} percent open`}
          onCommit={(position) =>
            runManual({ entityId: entity.id, type: 'set_position', position })
          }
        />
      )}
    </TileFrame>
  );
}
