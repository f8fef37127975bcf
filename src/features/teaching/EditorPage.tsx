// The editor views of the page: a new command, setting word or name (`?new=<kind>`), and a saved
// item (`?edit=<id>`), each under a heading that says what is being taught, with the way back.
import { Link, useLocation } from 'wouter';
import type { TaughtItem, TaughtKind } from '../../domain/teaching/model.ts';
import { taughtOrigin, taughtTitle } from '../../domain/teaching/words.ts';
import { useTaughtItem } from '../../persistence/taughtHooks.ts';
import { CommandEditor } from './editor/CommandEditor.tsx';
import { ConceptEditor } from './editor/ConceptEditor.tsx';
import { NameEditor } from './editor/NameEditor.tsx';
import { PageHeading } from './PageHeading.tsx';
import { LIST_PATH } from './paths.ts';
import { useLearnedData, type LearnedData } from './useLearnedData.ts';

const NEW_WORDS: Record<TaughtKind, { title: string; intro: string }> = {
  command: {
    title: 'Teach me a command',
    intro:
      'Choose the words you will say, and what I should do when you say them. Nothing is learned until you save it.',
  },
  concept: {
    title: 'Teach me a setting word',
    intro:
      'A word for a setting that works for every device of a kind: “study mode” for lights could mean full brightness and cool white.',
  },
  name: {
    title: 'Teach me a name',
    intro: 'Another name I should understand for a device or a room, in any request.',
  },
};

function BackToList() {
  return (
    <Link
      href={LIST_PATH}
      className="inline-flex items-center gap-1 self-start text-sm font-medium text-accent-700 hover:underline dark:text-accent-100"
    >
      <span aria-hidden>←</span> Things I've learned
    </Link>
  );
}

function Header({ title, intro }: { title: string; intro: string }) {
  return (
    <div>
      <PageHeading>{title}</PageHeading>
      <p className="mt-1 max-w-3xl text-slate-700 dark:text-slate-300">{intro}</p>
    </div>
  );
}

function Editor({ data, item, kind }: { data: LearnedData; item?: TaughtItem; kind: TaughtKind }) {
  const [, navigate] = useLocation();
  const toList = () => navigate(LIST_PATH);
  if (item?.kind === 'command' || (!item && kind === 'command'))
    return (
      <CommandEditor data={data} {...(item?.kind === 'command' && { item })} onDone={toList} />
    );
  if (item?.kind === 'concept' || (!item && kind === 'concept'))
    return (
      <ConceptEditor data={data} {...(item?.kind === 'concept' && { item })} onDone={toList} />
    );
  return <NameEditor data={data} {...(item?.kind === 'name' && { item })} onDone={toList} />;
}

export function NewItemPage({ kind }: { kind: TaughtKind }) {
  const data = useLearnedData();
  const words = NEW_WORDS[kind];
  return (
    <div className="flex flex-col gap-4">
      <BackToList />
      <Header title={words.title} intro={words.intro} />
      {data && <Editor data={data} kind={kind} />}
    </div>
  );
}

export function EditItemPage({ id }: { id: string }) {
  const data = useLearnedData();
  const item = useTaughtItem(id);
  if (item === null)
    return (
      <div className="flex flex-col gap-4">
        <BackToList />
        <Header
          title="This is no longer here"
          intro="It may have just been deleted, here or in another tab. Everything I’ve learned is on the list."
        />
      </div>
    );
  if (!data || !item) return null;
  return (
    <div className="flex flex-col gap-4">
      <BackToList />
      <Header
        title={`Edit “${taughtTitle(item)}”`}
        intro={`${taughtOrigin(item, data.timeZone)}. Change what you like, then save it; to rename it, change its words.`}
      />
      {/* Keyed by id: the form starts from this item once, and not again as it changes. */}
      <Editor key={item.id} data={data} item={item} kind={item.kind} />
    </div>
  );
}
