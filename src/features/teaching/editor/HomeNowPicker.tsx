import { useId, useState } from 'react';
import { ChevronDown, ChevronRight, House } from 'lucide-react';
import { describeState } from '../../../domain/home/format.ts';
import type { Home } from '../../../domain/home/model.ts';
import type { Action } from '../../../domain/routines/model.ts';
import type { TemperatureUnit } from '../../../domain/settings/settings.ts';
import { rememberable } from '../../../domain/teaching/showing.ts';
import { Button } from '../../../components/ui/Button.tsx';
import { deviceGroups } from '../devices.ts';
import { problemText, teaching } from '../lazyActions.ts';

/**
 * "Use the home as it is now": tick devices, and each becomes the steps that put it back as it is
 * at this moment (as "Remember this as…" on the Home page does). Devices by room, each with its
 * state in words, so the person sees what will be remembered.
 */
export function HomeNowPicker({
  home,
  unit,
  onSteps,
}: {
  home: Home;
  unit: TemperatureUnit;
  onSteps: (steps: Action[]) => string;
}) {
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [done, setDone] = useState('');
  const [busy, setBusy] = useState(false);
  const groups = deviceGroups(home, rememberable);

  const toggle = (id: string, on: boolean) =>
    setTicked((old) => {
      const next = new Set(old);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const add = async () => {
    setBusy(true);
    try {
      const steps = await (await teaching()).stepsFromHome([...ticked]);
      setDone(onSteps(steps));
      setTicked(new Set());
    } catch (error) {
      setDone(`That didn’t work: ${problemText(error)}`);
    } finally {
      setBusy(false);
    }
  };

  const Chevron = open ? ChevronDown : ChevronRight;
  return (
    <div className="flex flex-col gap-2">
      <Button
        className="self-start"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        <House aria-hidden className="size-4" />
        Use the home as it is now
        <Chevron aria-hidden className="size-4" />
      </Button>
      <div id={panelId} hidden={!open} className="flex flex-col gap-3">
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Tick the devices to remember. Each becomes steps that set it back to how it is right now.
        </p>
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {groups.map((g) => (
            <fieldset
              key={g.label}
              className="rounded-xl p-3 ring-1 ring-slate-200 dark:ring-slate-700"
            >
              <legend className="px-1 text-sm font-semibold">{g.label}</legend>
              <ul className="flex flex-col gap-1.5">
                {g.entities.map((e) => (
                  <li key={e.id} className="flex items-start gap-2 text-sm">
                    <input
                      id={`${panelId}-${e.id}`}
                      type="checkbox"
                      checked={ticked.has(e.id)}
                      onChange={(ev) => toggle(e.id, ev.target.checked)}
                      aria-describedby={`${panelId}-${e.id}-state`}
                      className="mt-0.5 size-4 shrink-0 accent-accent-600"
                    />
                    <span>
                      <label htmlFor={`${panelId}-${e.id}`}>{e.name}</label>
                      <span
                        id={`${panelId}-${e.id}-state`}
                        className="text-slate-600 dark:text-slate-400"
                      >
                        {' '}
                        — {describeState(e, unit)}
                      </span>
                    </span>
                  </li>
                ))}
              </ul>
            </fieldset>
          ))}
        </div>
        <Button
          className="self-start"
          disabled={busy || ticked.size === 0}
          onClick={() => void add()}
        >
          Add steps for the ticked devices
        </Button>
      </div>
      <p role="status" className="text-sm empty:hidden">
        {done}
      </p>
    </div>
  );
}
