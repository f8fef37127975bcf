// Why something was refused, announced at once: a headline saying nothing changed, the main
// reason, then any details.
export function ProblemBox({ title, problems }: { title: string; problems: readonly string[] }) {
  const [first, ...rest] = problems;
  return (
    <div
      role="alert"
      className="rounded-xl bg-red-50 p-4 text-sm text-red-900 ring-1 ring-red-200 dark:bg-red-950/40 dark:text-red-200 dark:ring-red-900"
    >
      <p className="font-semibold">{title}</p>
      {rest.length === 0 ? (
        <p className="mt-1">{first}</p>
      ) : (
        <ul className="mt-2 list-disc pl-5">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
