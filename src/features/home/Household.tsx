import type { PersonEntity } from '../../domain/home/model.ts';
import { Switch } from '../../components/ui/Switch.tsx';
import { runManual } from '../../stores/homeActions.ts';
import { cn } from '../../components/ui/cn.ts';

/** The household's people, home or away; flipping one simulates an arrival or departure. */
export function Household({ people }: { people: PersonEntity[] }) {
  if (people.length === 0) return null;
  return (
    <section aria-labelledby="household-heading" className="flex flex-wrap items-center gap-2">
      <h2
        id="household-heading"
        className="mr-1 text-sm font-semibold text-slate-700 dark:text-slate-300"
      >
        Household
      </h2>
      {people.map((p) => {
        const home = p.state === 'home';
        return (
          <div
            key={p.id}
            data-testid={`tile-${p.id}`}
            data-entity-id={p.id}
            data-state={p.state}
            className="flex items-center gap-2 rounded-full bg-white py-1 pr-2 pl-1 ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-700"
          >
            <span
              aria-hidden
              className={cn(
                'grid size-7 place-items-center rounded-full text-xs font-bold',
                home
                  ? 'bg-emerald-600 text-white'
                  : 'bg-slate-300 text-slate-700 dark:bg-slate-700 dark:text-slate-200',
              )}
            >
              {p.name.slice(0, 1)}
            </span>
            <span className="text-sm">
              {p.name}{' '}
              <span className="text-slate-600 dark:text-slate-400">· {home ? 'Home' : 'Away'}</span>
            </span>
            <Switch
              checked={home}
              label={`${p.name} is home`}
              onCheckedChange={(checked) =>
                runManual({ entityId: p.id, type: checked ? 'arrive' : 'leave' })
              }
            />
          </div>
        );
      })}
    </section>
  );
}
