// The routines pages, mounted by the app at /routines with wouter's `nest`: paths here are
// relative to it ("/" is /routines), and "~/…" leaves it (the Activity page).
import { Route, Switch } from 'wouter';
import { BackToList } from './BackToList.tsx';
import { EditRoutinePage, NewRoutinePage } from './EditorPage.tsx';
import { HistoryPage } from './HistoryPage.tsx';
import RoutineListPage from './RoutineListPage.tsx';
import { RunsPage } from './RunsPage.tsx';
import ImportRoutinePage from './share/ImportRoutinePage.tsx';

export default function RoutinesRoutes() {
  return (
    <Switch>
      <Route path="/">
        <RoutineListPage />
      </Route>
      <Route path="/new">
        <NewRoutinePage />
      </Route>
      <Route path="/import">
        <ImportRoutinePage />
      </Route>
      {/* Keyed by id, so moving from one routine to another starts each page afresh. */}
      <Route path="/:id/runs">{({ id }) => <RunsPage key={id} id={id} />}</Route>
      <Route path="/:id/history">{({ id }) => <HistoryPage key={id} id={id} />}</Route>
      <Route path="/:id">{({ id }) => <EditRoutinePage key={id} id={id} />}</Route>
      <Route>
        <div className="flex flex-col gap-3">
          <BackToList />
          <h1 className="text-2xl font-bold tracking-tight">There's no such routines page</h1>
          <p className="text-slate-700 dark:text-slate-300">
            The address may be mistyped. Your routines are on the routines page.
          </p>
        </div>
      </Route>
    </Switch>
  );
}
