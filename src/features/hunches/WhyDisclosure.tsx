import { useId, useState, type ReactNode } from 'react';
import { ChevronRight } from 'lucide-react';
import { cn } from '../../components/ui/cn.ts';

/** "Why?" on a card: a disclosure button (aria-expanded) that shows the evidence under it. */
export function WhyDisclosure({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
        className="inline-flex items-center gap-0.5 rounded-md px-1 py-0.5 text-sm font-medium text-accent-700 hover:bg-accent-50 dark:text-accent-100 dark:hover:bg-slate-800"
      >
        <ChevronRight
          aria-hidden
          className={cn(
            'size-4 transition-transform motion-reduce:transition-none',
            open && 'rotate-90',
          )}
        />
        Why?
      </button>
      {open && (
        <div
          id={panelId}
          className="mt-1 rounded-xl bg-slate-50 p-3 text-sm text-slate-800 ring-1 ring-slate-200 dark:bg-slate-950 dark:text-slate-200 dark:ring-slate-700"
        >
          {children}
        </div>
      )}
    </div>
  );
}
