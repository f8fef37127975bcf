import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Entity } from '../../../domain/home/model.ts';
import { cn } from '../../../components/ui/cn.ts';

interface TileFrameProps {
  entity: Entity;
  icon: ReactNode;
  /** The state in words, always visible: colour is never the only signal. */
  status: string;
  active?: boolean;
  children?: ReactNode;
  className?: string;
}

/**
 * The card every device is drawn in. It briefly highlights itself when what it says changes
 * (its state in words, level included), so a demo audience sees what a routine or the assistant
 * just did.
 */
export function TileFrame({ entity, icon, status, active, children, className }: TileFrameProps) {
  // The state in words, so a change of level ("On · 60 %" → "On · 30 %") shows as well.
  const flash = useFlashOnChange(status);
  const headingId = `tile-${entity.id}-name`;
  return (
    <section
      aria-labelledby={headingId}
      data-testid={`tile-${entity.id}`}
      data-entity-id={entity.id}
      data-state={entity.state}
      className={cn(
        'flex min-w-0 flex-col gap-3 rounded-xl p-3 ring-1 transition-colors',
        active
          ? 'bg-white ring-accent-500/50 dark:bg-slate-800 dark:ring-accent-500/60'
          : 'bg-white/70 ring-slate-200 dark:bg-slate-900 dark:ring-slate-700',
        flash && 'th-flash',
        className,
      )}
    >
      <div className="flex items-center gap-3">
        <div className="shrink-0">{icon}</div>
        <div className="min-w-0 flex-1">
          <h4 id={headingId} className="truncate text-sm font-semibold">
            {entity.name}
          </h4>
          <p
            className="truncate text-sm text-slate-700 dark:text-slate-300"
            data-testid="tile-status"
          >
            {status}
          </p>
        </div>
      </div>
      {children}
    </section>
  );
}

function useFlashOnChange(value: string): boolean {
  const previous = useRef(value);
  const [flash, setFlash] = useState(false);
  useEffect(() => {
    if (previous.current === value) return;
    previous.current = value;
    setFlash(true);
    const timer = setTimeout(() => setFlash(false), 2400);
    return () => clearTimeout(timer);
  }, [value]);
  return flash;
}

export function IconBadge({
  children,
  on,
  style,
}: {
  children: ReactNode;
  on?: boolean;
  style?: React.CSSProperties;
}) {
  return (
    <div
      aria-hidden
      style={style}
      className={cn(
        'grid size-11 place-items-center rounded-full transition-all',
        on
          ? 'bg-amber-100 text-amber-700 dark:bg-amber-400/20 dark:text-amber-300'
          : 'bg-slate-200 text-slate-600 dark:bg-slate-800 dark:text-slate-400',
      )}
    >
      {children}
    </div>
  );
}
