import { useCallback, useState } from 'react';
import { MessageCircle } from 'lucide-react';
import { Link } from 'wouter';
import type { TaughtCommand, TaughtItem } from '../../domain/teaching/model.ts';
import { taughtTitle } from '../../domain/teaching/words.ts';
import { notify } from '../../stores/notifications.ts';
import { ButtonLink } from '../../components/ui/ButtonLink.tsx';
import { problemText, teaching } from './lazyActions.ts';
import { countWords, SECTIONS } from './listWords.ts';
import { PageHeading } from './PageHeading.tsx';
import { ASSISTANT_PATH, HOME_PATH } from './paths.ts';
import { TaughtCard } from './TaughtCard.tsx';
import { TeachChoices } from './TeachChoices.tsx';
import { UndoDeleteBar, type Deleted } from '../../components/ui/UndoDeleteBar.tsx';
import { useLearnedData } from './useLearnedData.ts';
import { LearnedFromYou } from './learning/LearnedFromYou.tsx';
import { useToday } from './useToday.ts';

const textLink = 'font-medium text-accent-700 underline dark:text-accent-100';

function Intro() {
  return (
    <div className="max-w-3xl text-slate-700 dark:text-slate-300">
      <p className="mt-1">
        You can teach me commands (words that do several things at once), setting words (a word for
        a setting of a kind of device) and names (another name for a device or a room).
      </p>
      <p className="mt-1">
        There are three ways: say “teach you something” in the{' '}
        <Link href={ASSISTANT_PATH} className={textLink}>
          Assistant
        </Link>
        , choose “Remember this as…” on the{' '}
        <Link href={HOME_PATH} className={textLink}>
          Home page
        </Link>{' '}
        to keep how your devices are now, or fill in a form here.
      </p>
    </div>
  );
}

function EmptyState() {
  return (
    <div className="flex flex-col items-start gap-3 rounded-2xl bg-white p-5 ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800">
      <p className="font-medium">You haven’t taught me anything yet.</p>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        The quickest way is to talk to me: say “teach you something”, or ask for something I don’t
        know yet, like “movie mode”, and I’ll offer to learn it.
      </p>
      <ButtonLink href={ASSISTANT_PATH} variant="primary">
        <MessageCircle aria-hidden className="size-4" />
        Go to the Assistant
      </ButtonLink>
    </div>
  );
}

/** The list of everything taught, by kind, with "Teach something new" and Undo for a delete. */
export function LearnedList() {
  const data = useLearnedData();
  const now = useToday(data?.timeZone);
  const [deleted, setDeleted] = useState<Deleted | null>(null);

  const remove = useCallback(async (item: TaughtItem) => {
    const title = taughtTitle(item);
    try {
      if (await (await teaching()).teachingActions.remove(item.id))
        setDeleted({ id: item.id, name: title, at: Date.now() });
      else notify({ tone: 'error', title: `“${title}” was already deleted` });
    } catch (error) {
      notify({ tone: 'error', title: `Could not delete “${title}”`, body: problemText(error) });
    }
  }, []);

  const items = data?.taught ?? [];
  const commands = items.filter((i): i is TaughtCommand => i.kind === 'command');
  return (
    <div className="flex flex-col gap-6">
      <div>
        <PageHeading>Things I've learned</PageHeading>
        <Intro />
        {data && (
          <p data-testid="learned-count" className="mt-2 text-sm font-medium">
            {countWords(items)}
          </p>
        )}
      </div>

      <TeachChoices />

      <UndoDeleteBar
        deleted={deleted}
        onUndo={async (id) => (await teaching()).teachingActions.undoRemove(id)}
        onProblem={notify}
        onDone={() => setDeleted(null)}
      />

      {data &&
        (items.length === 0 ? (
          <EmptyState />
        ) : (
          SECTIONS.map((section) => {
            const own = items.filter((i) => i.kind === section.kind);
            if (own.length === 0) return null;
            const headingId = `learned-${section.kind}`;
            return (
              <section
                key={section.kind}
                aria-labelledby={headingId}
                className="flex flex-col gap-3"
              >
                <div className="flex items-baseline gap-2">
                  <h2 id={headingId} className="text-lg font-semibold">
                    {section.title}
                  </h2>
                  <span className="text-sm text-slate-700 dark:text-slate-300">{own.length}</span>
                </div>
                <ul className="grid gap-3 lg:grid-cols-2">
                  {own.map((item) => (
                    <li key={item.id}>
                      <TaughtCard
                        item={item}
                        home={data.home}
                        routines={data.routines}
                        commands={commands}
                        ctx={data.ctx}
                        timeZone={data.timeZone}
                        now={now}
                        onDelete={(i) => void remove(i)}
                      />
                    </li>
                  ))}
                </ul>
              </section>
            );
          })
        ))}

      {data && <LearnedFromYou timeZone={data.timeZone} now={now} />}
    </div>
  );
}
