import type { ReactNode } from 'react';
import { Link } from 'wouter';
import type { Home } from '../../domain/home/model.ts';
import type { Routine } from '../../domain/routines/model.ts';
import { cn } from '../../components/ui/cn.ts';
import { BackToList } from './BackToList.tsx';
import { ShareMenu } from './share/ShareMenu.tsx';

export type RoutineTab = 'edit' | 'runs' | 'history';

const TABS: { tab: RoutineTab; label: string; suffix: string }[] = [
  { tab: 'edit', label: 'Edit', suffix: '' },
  { tab: 'runs', label: 'Runs', suffix: '/runs' },
  { tab: 'history', label: 'History', suffix: '/history' },
];

/** The top of a saved routine's pages: its name, Share, and links to its three pages. */
export function RoutineHeader({
  routine,
  home,
  current,
  children,
}: {
  routine: Routine;
  home: Home;
  current: RoutineTab;
  /** A line under the name ("The last 100 runs are kept…"). */
  children?: ReactNode;
}) {
  const base = `/${encodeURIComponent(routine.id)}`;
  return (
    <div className="flex flex-col gap-3">
      <BackToList />
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h1 className="text-2xl font-bold tracking-tight break-words">{routine.name}</h1>
          {!routine.enabled && (
            <p className="text-sm text-slate-700 dark:text-slate-300">
              Switched off: it won't run by itself.
            </p>
          )}
        </div>
        <ShareMenu routine={routine} home={home} />
      </div>
      <nav aria-label="This routine" className="flex gap-1">
        {TABS.map(({ tab, label, suffix }) => (
          <Link
            key={tab}
            href={base + suffix}
            aria-current={tab === current ? 'page' : undefined}
            className={cn(
              'rounded-lg px-3 py-1.5 text-sm font-medium',
              tab === current
                ? 'bg-white text-slate-900 shadow-sm ring-1 ring-slate-200 dark:bg-slate-800 dark:text-white dark:ring-slate-700'
                : 'text-slate-700 hover:bg-slate-200 dark:text-slate-300 dark:hover:bg-slate-800',
            )}
          >
            {label}
          </Link>
        ))}
      </nav>
      {children}
    </div>
  );
}
