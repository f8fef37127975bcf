import { Link } from 'wouter';

/**
 * The list, from inside the nested routes: '' rather than '/', so the address reads /routines
 * (as the main menu's link does), not /routines/.
 */
export const LIST_PATH = '';

/** The quiet "← All routines" link above a routine's pages. */
export function BackToList() {
  return (
    <Link
      href={LIST_PATH}
      className="inline-flex items-center gap-1 self-start text-sm font-medium text-accent-700 hover:underline dark:text-accent-100"
    >
      <span aria-hidden>←</span> All routines
    </Link>
  );
}
