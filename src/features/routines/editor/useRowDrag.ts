// Reordering rows by dragging their handle (HTML5 drag and drop, no library). Keyboard users have
// "Move up" / "Move down"; this is the same move for a mouse. Each list has its own state, so a
// row dragged from one list is not dropped into another.
import { useRef, useState, type DragEvent } from 'react';

export interface RowDrag {
  /** The row being dragged, and the row it would land on. */
  from: number | null;
  over: number | null;
  handle: (index: number) => {
    draggable: true;
    onDragStart: (e: DragEvent<HTMLElement>) => void;
    onDragEnd: () => void;
  };
  target: (index: number) => {
    onDragOver: (e: DragEvent<HTMLElement>) => void;
    onDrop: (e: DragEvent<HTMLElement>) => void;
  };
}

export function useRowDrag(move: (from: number, to: number) => void): RowDrag {
  const [from, setFrom] = useState<number | null>(null);
  const [over, setOver] = useState<number | null>(null);
  // The handlers read the ref: a drop can come before React has drawn the drag's start.
  const dragging = useRef<number | null>(null);
  const end = () => {
    dragging.current = null;
    setFrom(null);
    setOver(null);
  };
  return {
    from,
    over,
    handle: (index) => ({
      draggable: true,
      onDragStart: (e) => {
        e.dataTransfer.effectAllowed = 'move';
        // Firefox starts a drag only when some data is set.
        e.dataTransfer.setData('text/plain', String(index));
        // The whole row follows the pointer, not just the handle.
        const row = e.currentTarget.closest('li');
        if (row) e.dataTransfer.setDragImage(row, 16, 16);
        dragging.current = index;
        setFrom(index);
      },
      onDragEnd: end,
    }),
    target: (index) => ({
      onDragOver: (e) => {
        if (dragging.current === null) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'move';
        if (over !== index) setOver(index);
      },
      onDrop: (e) => {
        const start = dragging.current;
        if (start === null) return;
        e.preventDefault();
        if (start !== index) move(start, index);
        end();
      },
    }),
  };
}
