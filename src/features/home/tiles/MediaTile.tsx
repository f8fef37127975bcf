import { Pause, Play, SkipBack, SkipForward, Speaker, Tv, Volume2, VolumeX } from 'lucide-react';
import type { MediaEntity } from '../../../domain/home/model.ts';
import { CATALOGUE, mediaItem } from '../../../domain/home/catalogue.ts';
import { describeState, formatDuration } from '../../../domain/home/format.ts';
import { Switch } from '../../../components/ui/Switch.tsx';
import { Slider } from '../../../components/ui/Slider.tsx';
import { Button } from '../../../components/ui/Button.tsx';
import { runManual } from '../../../stores/homeActions.ts';
import { IconBadge, TileFrame } from './TileFrame.tsx';

export function MediaTile({ entity }: { entity: MediaEntity }) {
  const a = entity.attributes;
  const on = entity.state !== 'off';
  const playing = entity.state === 'playing';
  const item = mediaItem(a.media_id);
  const run = (type: 'play' | 'pause' | 'next' | 'previous' | 'mute' | 'unmute') =>
    runManual({ entityId: entity.id, type });
  const progress =
    item && item.duration > 0 ? Math.min(100, (a.media_position / item.duration) * 100) : undefined;
  return (
    <TileFrame
      entity={entity}
      active={on}
      status={describeState(entity, 'C')}
      className="sm:col-span-2"
      icon={
        <IconBadge on={playing}>
          {a.device_class === 'tv' ? <Tv className="size-5" /> : <Speaker className="size-5" />}
        </IconBadge>
      }
    >
      {item && on && (
        <div className="rounded-lg bg-slate-100 p-2 dark:bg-slate-800">
          <p className="truncate text-sm font-medium">{item.title}</p>
          <p className="truncate text-xs text-slate-600 dark:text-slate-400">{item.by}</p>
          {progress !== undefined && (
            <div className="mt-1.5 flex items-center gap-2 text-xs text-slate-600 tabular-nums dark:text-slate-400">
              <span>{formatDuration(a.media_position)}</span>
              <div
                role="progressbar"
                aria-label={`${entity.name} progress`}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={Math.round(progress)}
                className="h-1.5 flex-1 overflow-hidden rounded-full bg-slate-300 dark:bg-slate-700"
              >
                <div
                  className="h-full bg-accent-600 dark:bg-accent-500"
                  style={{ width: `${progress}%` }}
                />
              </div>
              <span>{formatDuration(item.duration)}</span>
            </div>
          )}
        </div>
      )}
      <div className="flex flex-wrap items-center gap-2">
        <Switch
          checked={on}
          label={`${entity.name} power`}
          onCheckedChange={(checked) =>
            runManual({ entityId: entity.id, type: checked ? 'turn_on' : 'turn_off' })
          }
        />
        <Button
          size="sm"
          aria-label={`Previous on ${entity.name}`}
          disabled={!on || !item}
          onClick={() => run('previous')}
          className="w-8 px-0"
        >
          <SkipBack aria-hidden className="size-4" />
        </Button>
        <Button
          size="sm"
          variant="primary"
          aria-label={playing ? `Pause ${entity.name}` : `Play ${entity.name}`}
          disabled={!on || (!item && a.queue.length === 0)}
          onClick={() => run(playing ? 'pause' : 'play')}
          className="w-9 px-0"
        >
          {playing ? (
            <Pause aria-hidden className="size-4" />
          ) : (
            <Play aria-hidden className="size-4" />
          )}
        </Button>
        <Button
          size="sm"
          aria-label={`Next on ${entity.name}`}
          disabled={!on || !item}
          onClick={() => run('next')}
          className="w-8 px-0"
        >
          <SkipForward aria-hidden className="size-4" />
        </Button>
        <label className="sr-only" htmlFor={`${entity.id}-pick`}>
          Choose what {entity.name} plays
        </label>
        <select
          id={`${entity.id}-pick`}
          value=""
          onChange={(e) =>
            e.target.value &&
            runManual({ entityId: entity.id, type: 'play_media', mediaId: e.target.value })
          }
          className="h-8 min-w-0 flex-1 rounded-lg bg-white px-2 text-sm ring-1 ring-slate-300 ring-inset dark:bg-slate-800 dark:ring-slate-600"
        >
          <option value="">Play something…</option>
          {CATALOGUE.map((m) => (
            <option key={m.id} value={m.id}>
              {m.kind === 'song'
                ? `${m.title} — ${m.by}`
                : `${m.title} (${m.kind === 'episode' ? m.by : m.kind})`}
            </option>
          ))}
        </select>
      </div>
      <div className="flex items-center gap-2">
        <Button
          size="sm"
          variant="ghost"
          aria-label={a.muted ? `Unmute ${entity.name}` : `Mute ${entity.name}`}
          onClick={() => run(a.muted ? 'unmute' : 'mute')}
          className="w-8 px-0"
        >
          {a.muted ? (
            <VolumeX aria-hidden className="size-4" />
          ) : (
            <Volume2 aria-hidden className="size-4" />
          )}
        </Button>
        <Slider
          label={`${entity.name} volume`}
          value={Math.round(a.volume)}
          valueText={(v) => `${v} percent`}
          onCommit={(volume) => runManual({ entityId: entity.id, type: 'set_volume', volume })}
        />
        <span className="w-9 text-right text-xs text-slate-600 tabular-nums dark:text-slate-400">
          {Math.round(a.volume)}%
        </span>
      </div>
    </TileFrame>
  );
}
