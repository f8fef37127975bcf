import { Link, Redirect, Route, Switch, useRoute } from 'wouter';
import { cn } from '../../components/ui/cn.ts';
import { HomeSettingsPanel } from './HomeSettingsPanel.tsx';
import { DataSettingsPanel } from './DataSettingsPanel.tsx';
import { AssistantSettingsPanel } from './AssistantSettingsPanel.tsx';

const SECTIONS = [
  { href: '/settings/home', label: 'Home' },
  { href: '/settings/assistant', label: 'Assistant' },
  { href: '/settings/data', label: 'Data' },
] as const;

function SectionLink({ href, label }: { href: string; label: string }) {
  const [active] = useRoute(href);
  return (
    <Link
      href={href}
      aria-current={active ? 'page' : undefined}
      className={cn(
        'rounded-lg px-3 py-1.5 text-sm font-medium',
        active
          ? 'bg-white text-slate-900 shadow-sm ring-1 ring-slate-200 dark:bg-slate-800 dark:text-white dark:ring-slate-700'
          : 'text-slate-700 hover:bg-slate-200 dark:text-slate-300 dark:hover:bg-slate-800',
      )}
    >
      {label}
    </Link>
  );
}

export default function SettingsPage() {
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold tracking-tight">Settings</h1>
      <nav aria-label="Settings sections" className="flex gap-1">
        {SECTIONS.map((s) => (
          <SectionLink key={s.href} {...s} />
        ))}
      </nav>
      <Switch>
        <Route path="/settings/home">
          <HomeSettingsPanel />
        </Route>
        <Route path="/settings/assistant">
          <AssistantSettingsPanel />
        </Route>
        <Route path="/settings/data">
          <DataSettingsPanel />
        </Route>
        <Route path="/settings">
          <Redirect to="/settings/home" replace />
        </Route>
        <Route>
          <p>
            There is no such settings page.{' '}
            <Link href="/settings/home" className="underline">
              Go to Settings → Home
            </Link>
            .
          </p>
        </Route>
      </Switch>
    </div>
  );
}
