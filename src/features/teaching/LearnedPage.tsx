// "Things I've learned" (/learned): everything the person taught the assistant — commands, setting
// words and names — in plain words, with Try it, Edit and Delete (with Undo), and the forms to
// teach something new. One route: the editor is chosen by the address's query (paths.ts).
import { useEffect, useState } from 'react';
import { useSearch } from 'wouter';
import { EditItemPage, NewItemPage } from './EditorPage.tsx';
import { LearnedList } from './LearnedList.tsx';
import { FocusHeading } from './PageHeading.tsx';
import { viewOf } from './paths.ts';

export default function LearnedPage() {
  const view = viewOf(useSearch());
  const key = view.view === 'list' ? 'list' : view.view === 'new' ? `new:${view.kind}` : view.id;
  const [first] = useState(key);
  const [moved, setMoved] = useState(false);
  if (!moved && key !== first) setMoved(true);

  // A new view starts at its top, as a new page would.
  useEffect(() => {
    if (moved) window.scrollTo({ top: 0 });
  }, [moved, key]);

  return (
    <FocusHeading.Provider value={moved}>
      {view.view === 'list' ? (
        <LearnedList key={key} />
      ) : view.view === 'new' ? (
        <NewItemPage key={key} kind={view.kind} />
      ) : (
        <EditItemPage key={key} id={view.id} />
      )}
    </FocusHeading.Provider>
  );
}
