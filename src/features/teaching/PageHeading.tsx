import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';

/**
 * True once the person moved between the list and an editor: each view is a new page to them, so
 * its heading takes the focus when it appears (the edit view's appears once the item is read).
 * Not on the first load, where the focus stays with the browser or the link that led here.
 */
export const FocusHeading = createContext(false);

export function PageHeading({ children }: { children: ReactNode }) {
  const focus = useContext(FocusHeading);
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <h1 ref={ref} tabIndex={-1} className="text-2xl font-bold tracking-tight outline-none">
      {children}
    </h1>
  );
}
