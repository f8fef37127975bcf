import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { Route, Switch, useLocation } from 'wouter';
import { ErrorBoundary } from '../components/ui/ErrorBoundary.tsx';
import { Toaster } from '../components/ui/Toaster.tsx';
import { useNotices } from '../stores/notifications.ts';
import { useHomeSettings } from '../persistence/hooks.ts';
import { DEFAULT_SETTINGS } from '../domain/settings/settings.ts';
import HomePage from '../features/home/HomePage.tsx';
import { Layout } from './Layout.tsx';
import { boot, type BootResult } from './boot.ts';
import { useHomeExtra } from './homeExtra.ts';
import NotFound from './NotFound.tsx';

// Home is in the first bundle; the other pages load when visited.
const ActivityPage = lazy(() => import('../features/activity/ActivityPage.tsx'));
const SettingsPage = lazy(() => import('../features/settings/SettingsPage.tsx'));
const AssistantPage = lazy(() => import('./pages/AssistantPage.tsx'));
const RoutinesRoutes = lazy(() => import('../features/routines/RoutinesRoutes.tsx'));
const SkillsRoutes = lazy(() => import('../features/skills/SkillsRoutes.tsx'));
const LearnedPage = lazy(() => import('../features/teaching/LearnedPage.tsx'));
function Page({ what, children }: { what: string; children: ReactNode }) {
  const [location] = useLocation();
  return (
    <ErrorBoundary key={location} what={what}>
      <Suspense fallback={<p className="p-6 text-slate-600 dark:text-slate-400">Loading…</p>}>
        {children}
      </Suspense>
    </ErrorBoundary>
  );
}

function Notices() {
  const notices = useNotices((s) => s.notices);
  const dismiss = useNotices((s) => s.dismiss);
  return <Toaster items={notices} onDismiss={dismiss} />;
}

export function App() {
  const [booted, setBooted] = useState<BootResult | null>(null);
  useEffect(() => {
    let stop: (() => void) | undefined;
    let cancelled = false;
    boot().then((result) => {
      if (cancelled) return result.stop();
      stop = result.stop;
      setBooted(result);
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, []);
  const settings = useHomeSettings();
  const extra = useHomeExtra((s) => s.extra);
  if (!booted) return <p className="p-6 text-slate-600">Opening your home…</p>;
  if (booted.problem) {
    return (
      <div
        role="alert"
        className="mx-auto mt-16 max-w-lg rounded-2xl bg-white p-6 ring-1 ring-red-300"
      >
        <h1 className="text-lg font-semibold">Teachable Home could not start</h1>
        <p className="mt-2 text-sm">{booted.problem}</p>
      </div>
    );
  }
  return (
    <Layout timeZone={(settings ?? DEFAULT_SETTINGS).location.timeZone}>
      <Switch>
        <Route path="/">
          <Page what="the home panel">
            <HomePage extra={extra} />
          </Page>
        </Route>
        <Route path="/assistant">
          <Page what="the assistant">
            <AssistantPage />
          </Page>
        </Route>
        <Route path="/routines" nest>
          <Page what="Routines">
            <RoutinesRoutes />
          </Page>
        </Route>
        <Route path="/skills" nest>
          <Page what="Skills">
            <SkillsRoutes />
          </Page>
        </Route>
        <Route path="/learned">
          <Page what="Things I've learned">
            <LearnedPage />
          </Page>
        </Route>
        <Route path="/activity">
          <Page what="the Activity page">
            <ActivityPage />
          </Page>
        </Route>
        <Route path="/settings/*?">
          <Page what="Settings">
            <SettingsPage />
          </Page>
        </Route>
        <Route>
          <Page what="this page">
            <NotFound />
          </Page>
        </Route>
      </Switch>
      <Notices />
    </Layout>
  );
}
