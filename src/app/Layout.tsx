import type { ReactNode } from 'react';
import { Link, useRoute } from 'wouter';
import { Activity, House, ListChecks, MessageCircle, Puzzle, Settings } from 'lucide-react';
import { ClockBar } from '../features/clock/ClockBar.tsx';
import { cn } from '../components/ui/cn.ts';

const NAV = [
  { href: '/', label: 'Home', icon: House, match: '/' },
  { href: '/assistant', label: 'Assistant', icon: MessageCircle, match: '/assistant' },
  { href: '/routines', label: 'Routines', icon: ListChecks, match: '/routines/*?' },
  { href: '/skills', label: 'Skills', icon: Puzzle, match: '/skills/*?' },
  { href: '/activity', label: 'Activity', icon: Activity, match: '/activity' },
  { href: '/settings', label: 'Settings', icon: Settings, match: '/settings/*?' },
] as const;

function NavLink({ href, label, icon: Icon, match }: (typeof NAV)[number]) {
  const [active] = useRoute(match);
  return (
    <Link
      href={href}
      aria-current={active ? 'page' : undefined}
      className={cn(
        'flex items-center justify-center gap-1.5 rounded-lg px-2 py-2 text-sm font-medium max-[25rem]:py-1.5 sm:px-3',
        active
          ? 'bg-accent-600 text-white'
          : 'text-slate-700 hover:bg-slate-200 dark:text-slate-300 dark:hover:bg-slate-800',
      )}
    >
      {/* Below 25rem the six labels sit in two rows of three, without icons. */}
      <Icon aria-hidden className="size-4 max-[25rem]:hidden" />
      {label}
    </Link>
  );
}

export function Layout({ timeZone, children }: { timeZone: string; children: ReactNode }) {
  return (
    <div className="min-h-dvh">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:p-2"
      >
        Skip to content
      </a>
      <header className="top-0 z-30 sm:sticky border-b border-slate-200 bg-white/90 backdrop-blur dark:border-slate-800 dark:bg-slate-900/90">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-2">
          <Link href="/" className="flex items-center gap-2 font-bold tracking-tight">
            <img src="/icon.svg" alt="" className="size-7" />
            <span>Teachable Home</span>
          </Link>
          <nav
            aria-label="Main"
            className="flex items-center gap-0.5 max-[25rem]:grid max-[25rem]:w-full max-[25rem]:grid-cols-3 sm:gap-1"
          >
            {NAV.map((item) => (
              <NavLink key={item.href} {...item} />
            ))}
          </nav>
          <div className="w-full lg:ml-auto lg:w-auto">
            <ClockBar timeZone={timeZone} />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}
