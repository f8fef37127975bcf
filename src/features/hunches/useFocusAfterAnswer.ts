// When a card goes (answered, dismissed, undone), focus would fall to the top of the page and a
// keyboard or screen reader user would lose their place. Instead it moves to the card that took
// the answered one's place, or to the one before when it was the last, or to the section heading
// when none is left — unless the person has meanwhile moved focus somewhere else themselves.
import { useCallback, useLayoutEffect, useRef, type RefObject } from 'react';

export function useFocusAfterAnswer(
  keys: readonly string[],
  section: RefObject<HTMLElement | null>,
  heading: RefObject<HTMLElement | null>,
) {
  const cards = useRef(new Map<string, HTMLElement>());
  const leaving = useRef<{ key: string; index: number } | null>(null);

  /** A ref callback per card, so the hook can find each card to focus. */
  const cardRef = useCallback(
    (key: string) => (element: HTMLElement | null) => {
      if (element) cards.current.set(key, element);
      else cards.current.delete(key);
    },
    [],
  );

  /** Called as a card is answered: remembers where it was. */
  const answering = useCallback(
    (key: string) => {
      leaving.current = { key, index: keys.indexOf(key) };
    },
    [keys],
  );

  const joined = keys.join('\n');
  useLayoutEffect(() => {
    const gone = leaving.current;
    if (!gone || keys.includes(gone.key)) return;
    leaving.current = null;
    const active = document.activeElement;
    const lost = !active || active === document.body || section.current?.contains(active);
    if (!lost) return;
    const next = keys[Math.min(gone.index, keys.length - 1)];
    const target = next === undefined ? heading.current : cards.current.get(next);
    target?.focus();
    // `joined` stands for `keys`: a new array each render with the same cards must not refire.
  }, [joined]);

  return { cardRef, answering };
}
