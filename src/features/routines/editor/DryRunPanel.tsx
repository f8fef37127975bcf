// The answer to "What would happen now?": each trigger (when it would fire), each condition (✓ or
// ✗, and why), whether the routine would run, and what it would change, say and send, worked out
// on a copy of the home. It says plainly that nothing was changed.
import { forwardRef } from 'react';
import { Check, X } from 'lucide-react';
import { capitalize } from '../../../domain/assistant/words.ts';
import type { DryRun } from '../../../domain/routines/dryRun.ts';
import type { Routine } from '../../../domain/routines/model.ts';
import { describeAction, describeTrigger } from '../../../domain/routines/summary.ts';
import { useHomeSettings } from '../../../persistence/hooks.ts';
import { changeLines, triggerNowWords } from './dryRunWords.ts';
import { useEditorEnv } from './editorEnv.ts';

export interface Tried {
  result: DryRun;
  /** The simulated time it was tried at. */
  at: number;
  routine: Routine;
}

const h3 = 'text-sm font-semibold';
const muted = 'text-sm text-slate-700 dark:text-slate-300';

function Mark({ ok }: { ok: boolean }) {
  return ok ? (
    <Check aria-hidden className="mt-0.5 size-4 shrink-0 text-green-700 dark:text-green-400" />
  ) : (
    <X aria-hidden className="mt-0.5 size-4 shrink-0 text-red-700 dark:text-red-400" />
  );
}

export const DryRunPanel = forwardRef<HTMLHeadingElement, { tried: Tried; stale: boolean }>(
  function DryRunPanel({ tried, stale }, headingRef) {
    const { home, unit, words, others } = useEditorEnv();
    const timeZone = useHomeSettings()?.location.timeZone ?? 'UTC';
    const { result, at, routine } = tried;
    const lines = changeLines(result.changes, home, unit);
    const problems = result.steps.filter((s) => s.status === 'failed');
    const off = routine.actions.filter((a) => a.disabled).length;
    const controls = routine.actions.filter((a) => a.type === 'control' && !a.disabled).length;
    const started = result.starts.map(
      (id) => others.find((r) => r.id === id)?.name ?? 'a routine that no longer exists',
    );
    return (
      <section
        aria-labelledby="dry-run-heading"
        data-testid="dry-run"
        className="flex flex-col gap-4 rounded-2xl bg-white p-5 ring-1 ring-accent-600/40 dark:bg-slate-900 dark:ring-accent-500/50"
      >
        <div>
          <h2 id="dry-run-heading" ref={headingRef} tabIndex={-1} className="text-lg font-semibold">
            What would happen now
          </h2>
          <p className={muted}>
            Nothing was changed: this only shows what the routine would do if it started now.
            {stale && ' You have changed the form since: try again to see the new answer.'}
          </p>
        </div>

        <div>
          <h3 className={h3}>When</h3>
          <ul className="mt-1 flex flex-col gap-1">
            {result.triggers.map((t, i) => (
              <li key={i} className="text-sm">
                {capitalize(describeTrigger(t.trigger, words))}:{' '}
                <span className="font-medium">{triggerNowWords(t, at, timeZone)}</span>
              </li>
            ))}
          </ul>
        </div>

        <div>
          <h3 className={h3}>Only if</h3>
          {result.conditions.results.length === 0 ? (
            <p className={muted}>No conditions: it would run whenever it is started.</p>
          ) : (
            <ul className="mt-1 flex flex-col gap-1">
              {result.conditions.results.map((c, i) => (
                <li key={i} className="flex gap-2 text-sm">
                  <Mark ok={c.ok} />
                  <span>
                    <span className="sr-only">{c.ok ? 'Holds: ' : 'Does not hold: '}</span>
                    {capitalize(c.why)}
                  </span>
                </li>
              ))}
            </ul>
          )}
          <p className="mt-2 flex gap-2 text-sm font-semibold" data-testid="dry-run-verdict">
            <Mark ok={result.wouldRun} />
            {result.wouldRun
              ? 'It would run now.'
              : `It would not run now: ${result.conditions.why}.`}
          </p>
        </div>

        {result.wouldRun && (
          <div>
            <h3 className={h3}>What would change</h3>
            {lines.length === 0 ? (
              <p className={muted}>
                {controls > 0
                  ? 'Nothing: every device is already as this routine would set it.'
                  : 'No devices: none of its steps changes one.'}
              </p>
            ) : (
              <ul className="mt-1 flex list-disc flex-col gap-1 pl-5" data-testid="dry-run-changes">
                {lines.map((line, i) => (
                  <li key={i} className="text-sm">
                    {line}
                  </li>
                ))}
              </ul>
            )}
            {problems.length > 0 && (
              <ul className="mt-2 flex flex-col gap-1">
                {problems.map((s) => {
                  const action = routine.actions[s.index];
                  return (
                    <li key={s.index} className="flex gap-2 text-sm">
                      <Mark ok={false} />
                      <span>
                        Step {s.index + 1} ({action ? describeAction(action, words) : 'a step'})
                        would not work{s.detail ? `: ${s.detail}` : ''}.
                      </span>
                    </li>
                  );
                })}
              </ul>
            )}
            {off > 0 && (
              <p className={`${muted} mt-2`}>
                {off === 1 ? '1 step is' : `${off} steps are`} switched off and would be skipped.
              </p>
            )}
            {result.said.length > 0 && (
              <>
                <h3 className={`${h3} mt-3`}>What it would say</h3>
                <ul className="mt-1 flex flex-col gap-1">
                  {result.said.map((text, i) => (
                    <li key={i} className="text-sm">
                      “{text}”
                    </li>
                  ))}
                </ul>
              </>
            )}
            {result.notices.length > 0 && (
              <>
                <h3 className={`${h3} mt-3`}>Notifications it would send</h3>
                <ul className="mt-1 flex flex-col gap-1">
                  {result.notices.map((n, i) => (
                    <li key={i} className="text-sm">
                      <span className="font-medium">{n.title}</span>
                      {n.body ? ` — ${n.body}` : ''}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {started.length > 0 && (
              <p className="mt-3 text-sm">
                It would also start {started.map((name) => `“${name}”`).join(', ')}, which would do
                its own steps (not shown here).
              </p>
            )}
          </div>
        )}
      </section>
    );
  },
);
