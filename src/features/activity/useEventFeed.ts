// Pages through the event log newest first, a page at a time, for a virtualized list. The list
// does not shift under the reader while new events arrive; a live count offers to show them.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { EventRow } from '../../persistence/db.ts';
import { getDb } from '../../persistence/instance.ts';
import {
  countEvents,
  queryEvents,
  type EventCursor,
  type EventFilter,
} from '../../persistence/events.ts';

const PAGE = 100;

export interface EventFeed {
  rows: EventRow[];
  done: boolean;
  loading: boolean;
  /** How many events matched when the list was (re)loaded; newer ones wait behind "Show new". */
  baseline: number | undefined;
  loadMore: () => void;
  reload: () => void;
}

export function useEventFeed(filter: EventFilter): EventFeed {
  const [rows, setRows] = useState<EventRow[]>([]);
  const [done, setDone] = useState(false);
  const [loading, setLoading] = useState(false);
  const [baseline, setBaseline] = useState<number | undefined>(undefined);
  const cursor = useRef<EventCursor | undefined>(undefined);
  const generation = useRef(0);
  const key = JSON.stringify(filter);

  const fetchPage = useCallback(
    async (first: boolean) => {
      const mine = generation.current;
      setLoading(true);
      const filter = JSON.parse(key) as EventFilter;
      // The count can be slow with two filters (it walks one index); rows must not wait for it.
      if (first) {
        void countEvents(getDb(), filter).then(
          (count) => mine === generation.current && setBaseline(count),
        );
      }
      const page = await queryEvents(getDb(), filter, {
        ...(first || !cursor.current ? {} : { after: cursor.current }),
        limit: PAGE,
      });
      if (mine !== generation.current) return;
      cursor.current = page.next;
      setRows((old) => (first ? page.rows : [...old, ...page.rows]));
      setDone(!page.next);
      setLoading(false);
    },
    [key],
  );

  const reload = useCallback(() => {
    generation.current++;
    cursor.current = undefined;
    setDone(false);
    void fetchPage(true);
  }, [fetchPage]);

  useEffect(() => {
    reload();
  }, [reload]);

  const loadMore = useCallback(() => {
    if (loading || done) return;
    void fetchPage(false);
  }, [loading, done, fetchPage]);

  return { rows, done, loading, baseline, loadMore, reload };
}
