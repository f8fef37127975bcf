import { Link } from 'wouter';
import { ButtonLink } from '../../components/ui/ButtonLink.tsx';
import { LIST_PATH } from './paths.ts';

/** The quiet "← All skills" link above the skills' other pages. */
export function BackToList() {
  return (
    <Link
      href={LIST_PATH}
      className="inline-flex items-center gap-1 self-start text-sm font-medium text-accent-700 hover:underline dark:text-accent-100"
    >
      <span aria-hidden>←</span> All skills
    </Link>
  );
}

/** A skills page was asked for that isn't there: a skill deleted, a template mistyped. */
export function NothingHere({ title, body }: { title: string; body: string }) {
  return (
    <div className="mx-auto flex max-w-lg flex-col items-center gap-4 rounded-2xl bg-white p-8 text-center ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800">
      <h1 className="text-xl font-bold">{title}</h1>
      <p className="text-slate-700 dark:text-slate-300">{body}</p>
      <ButtonLink href={LIST_PATH} variant="primary">
        Back to your skills
      </ButtonLink>
    </div>
  );
}
