import { ButtonLink } from '../../components/ui/ButtonLink.tsx';
import { LIST_PATH } from './BackToList.tsx';

/** A routine's pages were asked for, but there is no such routine (any more). */
export function MissingRoutine() {
  return (
    <div className="mx-auto flex max-w-lg flex-col items-center gap-4 rounded-2xl bg-white p-8 text-center ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800">
      <h1 className="text-xl font-bold">This routine doesn't exist (it may have been deleted)</h1>
      <p className="text-slate-700 dark:text-slate-300">
        Check the address, or find the routine you were looking for in the list.
      </p>
      <ButtonLink href={LIST_PATH} variant="primary">
        Back to your routines
      </ButtonLink>
    </div>
  );
}
