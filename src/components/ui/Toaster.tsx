import { useEffect } from 'react';
import { X } from 'lucide-react';
import { cn } from './cn.ts';

export interface ToastItem {
  id: number;
  tone: 'info' | 'error' | 'success';
  title: string;
  body?: string;
}

const tones = {
  info: 'border-slate-400 dark:border-slate-500',
  success: 'border-emerald-600',
  error: 'border-red-600',
};
/** Errors stay until dismissed; other notices leave by themselves. */
const LIFETIME_MS = 6000;

function Toast({ item, onDismiss }: { item: ToastItem; onDismiss: (id: number) => void }) {
  useEffect(() => {
    if (item.tone === 'error') return;
    const timer = setTimeout(() => onDismiss(item.id), LIFETIME_MS);
    return () => clearTimeout(timer);
  }, [item, onDismiss]);
  return (
    <li
      className={cn(
        'flex items-start gap-3 rounded-xl border-l-4 bg-white p-3 pr-2 shadow-lg ring-1 ring-black/5 dark:bg-slate-800',
        tones[item.tone],
      )}
      data-testid="notice"
    >
      <div className="min-w-0 flex-1">
        <p className="text-sm font-semibold">{item.title}</p>
        {item.body && (
          <p className="mt-0.5 text-sm text-slate-700 dark:text-slate-300">{item.body}</p>
        )}
      </div>
      <button
        type="button"
        aria-label={`Dismiss: ${item.title}`}
        onClick={() => onDismiss(item.id)}
        className="rounded p-1 text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-700"
      >
        <X aria-hidden className="size-4" />
      </button>
    </li>
  );
}

/**
 * Notices in a corner. Two live regions, so screen readers announce errors at once and the rest
 * politely; the regions exist from the start, as live regions must, to be announced reliably.
 */
export function Toaster({
  items,
  onDismiss,
}: {
  items: ToastItem[];
  onDismiss: (id: number) => void;
}) {
  const errors = items.filter((t) => t.tone === 'error');
  const others = items.filter((t) => t.tone !== 'error');
  return (
    <div className="pointer-events-none fixed right-3 bottom-3 z-50 flex w-[min(24rem,calc(100vw-1.5rem))] flex-col gap-2 [&_li]:pointer-events-auto">
      <div role="alert">
        <ul aria-label="Problems" className="flex flex-col gap-2">
          {errors.map((t) => (
            <Toast key={t.id} item={t} onDismiss={onDismiss} />
          ))}
        </ul>
      </div>
      <div role="status">
        <ul aria-label="Notices" className="flex flex-col gap-2">
          {others.map((t) => (
            <Toast key={t.id} item={t} onDismiss={onDismiss} />
          ))}
        </ul>
      </div>
    </div>
  );
}
