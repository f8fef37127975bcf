// "Things I've learned", the part the assistant learned on its own: rewrites from how the person
// rephrased ("kill the big lamp" means "turn off the living room lamp"), choices among versions
// of a title, and the switch that pauses learning. Each can be forgotten, with Undo.
import { useCallback, useRef, useState } from 'react';
import { Trash } from 'lucide-react';
import type { Preference } from '../../../domain/learning/preferences/types.ts';
import type { LearnedRewrite } from '../../../domain/learning/types.ts';
import { Button } from '../../../components/ui/Button.tsx';
import { Switch } from '../../../components/ui/Switch.tsx';
import { UndoDeleteBar, type Deleted } from '../../../components/ui/UndoDeleteBar.tsx';
import {
  confirmRewrite,
  forgetPreference,
  forgetRewrite,
  restorePreference,
  restoreRewrite,
  setLearningPaused,
  useLearning,
} from '../../../stores/learning.ts';
import { notify } from '../../../stores/notifications.ts';
import { cardClass, RewriteCard } from './RewriteCard.tsx';
import { preferenceWords, rewriteWords, saidWords } from './learningWords.ts';

const problemText = (error: unknown) => (error instanceof Error ? error.message : String(error));
const muted = 'text-sm text-slate-700 dark:text-slate-300';

type Forgotten =
  { kind: 'rewrite'; rewrite: LearnedRewrite } | { kind: 'preference'; preference: Preference };

function SectionHeading({ id, title, count }: { id: string; title: string; count?: number }) {
  return (
    <div className="flex items-baseline gap-2">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {count !== undefined && count > 0 && <span className={muted}>{count}</span>}
    </div>
  );
}

function PauseSwitch({ paused }: { paused: boolean }) {
  const [busy, setBusy] = useState(false);
  const change = async (on: boolean) => {
    setBusy(true);
    try {
      await setLearningPaused(!on);
    } catch (error) {
      notify({ tone: 'error', title: 'Could not change learning', body: problemText(error) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="flex items-start justify-between gap-3 rounded-2xl bg-white p-4 ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800">
      <div className="min-w-0">
        <p className="font-medium">Learn from how I rephrase</p>
        <p data-testid="learning-status" className={muted}>
          {paused
            ? 'Paused: I keep using what I learned but learn nothing new.'
            : 'When I get something wrong and you say it another way, I learn from it.'}
        </p>
      </div>
      <Switch
        label="Learn from how I rephrase"
        checked={!paused}
        disabled={busy}
        onCheckedChange={(on) => void change(on)}
      />
    </div>
  );
}

function Empty({ children }: { children: string }) {
  return <p className={`${cardClass} ${muted}`}>{children}</p>;
}

/** What was learned from how the person says things; `now` moves on with the date only. */
export function LearnedFromYou({ timeZone, now }: { timeZone: string; now: number }) {
  const state = useLearning();
  const [deleted, setDeleted] = useState<Deleted | null>(null);
  const forgotten = useRef(new Map<string, Forgotten>());

  const forgot = useCallback((id: string, name: string, what: Forgotten) => {
    forgotten.current.set(id, what);
    setDeleted({ id, name, at: Date.now() });
  }, []);

  const forgetOne = useCallback(
    async (rewrite: LearnedRewrite) => {
      try {
        const gone = await forgetRewrite(rewrite.id);
        if (gone) forgot(gone.id, saidWords(gone), { kind: 'rewrite', rewrite: gone });
      } catch (error) {
        notify({ tone: 'error', title: 'Could not forget it', body: problemText(error) });
      }
    },
    [forgot],
  );

  const forgetChoice = useCallback(
    async (preference: Preference) => {
      try {
        const gone = await forgetPreference(preference.id);
        if (gone) forgot(gone.id, gone.label, { kind: 'preference', preference: gone });
      } catch (error) {
        notify({ tone: 'error', title: 'Could not forget it', body: problemText(error) });
      }
    },
    [forgot],
  );

  const acceptNow = useCallback(async (rewrite: LearnedRewrite) => {
    try {
      if (await confirmRewrite(rewrite.id))
        notify({ tone: 'success', title: `From now on, ${rewriteWords(rewrite)}.` });
    } catch (error) {
      notify({ tone: 'error', title: 'Could not start using it', body: problemText(error) });
    }
  }, []);

  const undo = async (id: string) => {
    const what = forgotten.current.get(id);
    forgotten.current.delete(id);
    if (!what) return false;
    return what.kind === 'rewrite'
      ? restoreRewrite(what.rewrite)
      : restorePreference(what.preference);
  };

  if (!state) return null;
  // Newest first: what was just learned is what a person comes to look at.
  const rewrites = [...state.rewrites].sort((a, b) => lastSeen(b) - lastSeen(a));
  return (
    <div className="flex flex-col gap-6" data-testid="learned-from-you">
      <UndoDeleteBar
        verb="Forgot"
        deleted={deleted}
        onUndo={undo}
        onProblem={notify}
        onDone={() => setDeleted(null)}
      />
      <section aria-labelledby="learned-rewrites" className="flex flex-col gap-3">
        <SectionHeading
          id="learned-rewrites"
          title="Learned from how you say things"
          count={rewrites.length}
        />
        <PauseSwitch paused={state.paused} />
        {rewrites.length === 0 ? (
          <Empty>
            Nothing yet. When I get something wrong and you say it another way, I'll offer to
            remember it. Once you've said it the same way twice, I'll remember it on my own — but
            never anything that unlocks or opens the home without your yes.
          </Empty>
        ) : (
          <ul className="grid gap-3 lg:grid-cols-2">
            {rewrites.map((r) => (
              <li key={r.id}>
                <RewriteCard
                  rewrite={r}
                  timeZone={timeZone}
                  now={now}
                  onForget={(x) => void forgetOne(x)}
                  onAccept={acceptNow}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="learned-choices" className="flex flex-col gap-3">
        <SectionHeading
          id="learned-choices"
          title="Your choices"
          count={state.preferences.length}
        />
        {state.preferences.length === 0 ? (
          <Empty>
            No choices yet. Some songs and shows exist in more than one version: when I play the
            wrong one and you tell me which you meant (“no, the Kate Bush one”), I'll play that one
            next time.
          </Empty>
        ) : (
          <ul className="grid gap-3 lg:grid-cols-2">
            {state.preferences.map((p) => (
              <li key={p.id}>
                <article
                  data-testid="learned-preference"
                  data-preference-id={p.id}
                  className={cardClass}
                >
                  <p className="text-sm">{preferenceWords(p, timeZone, now)}</p>
                  <Button
                    size="sm"
                    variant="ghost"
                    aria-label={`Forget: ${p.label}`}
                    onClick={() => void forgetChoice(p)}
                    className="mt-auto ml-auto text-red-700 dark:text-red-400"
                  >
                    <Trash aria-hidden className="size-4" />
                    Forget
                  </Button>
                </article>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

const lastSeen = (r: LearnedRewrite) =>
  Math.max(r.createdAt, r.lastUsedAt ?? 0, r.evidence[r.evidence.length - 1]?.at ?? 0);
