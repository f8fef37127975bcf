import { Link } from 'wouter';

export default function NotFound() {
  return (
    <div className="mx-auto max-w-lg rounded-2xl bg-white p-8 text-center ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800">
      <h1 className="text-2xl font-bold">There's no page here</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        The address may be mistyped, or the page has moved.
      </p>
      <Link
        href="/"
        className="mt-6 inline-block rounded-lg bg-accent-600 px-4 py-2 font-medium text-white hover:bg-accent-700"
      >
        Go to your home
      </Link>
    </div>
  );
}
