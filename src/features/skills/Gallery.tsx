// The templates a skill is made from, by category: each with its picture, title, what it does and
// "Use this template", which opens the editor filled in with the template's example.
import { useId } from 'react';
import { blueprintsByCategory } from '../../domain/blueprints/registry.ts';
import { CATEGORY_TITLES, type AnyBlueprint } from '../../domain/blueprints/types.ts';
import { ButtonLink } from '../../components/ui/ButtonLink.tsx';
import { BLUEPRINT_ICONS } from './blueprintIcons.ts';
import { newSkillPath } from './paths.ts';

type Level = 2 | 3;

function TemplateCard({ blueprint, level }: { blueprint: AnyBlueprint; level: Level }) {
  const titleId = useId();
  const Title = `h${level + 1}` as 'h3' | 'h4';
  const Icon = BLUEPRINT_ICONS[blueprint.id];
  return (
    <article
      aria-labelledby={titleId}
      data-testid="template-card"
      data-blueprint-id={blueprint.id}
      className="flex h-full flex-col gap-2 rounded-2xl bg-white p-4 ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800"
    >
      <div className="flex items-center gap-2.5">
        <span
          aria-hidden
          className="flex size-9 shrink-0 items-center justify-center rounded-xl bg-accent-50 text-accent-700 dark:bg-slate-800 dark:text-accent-100"
        >
          <Icon className="size-5" />
        </span>
        <Title id={titleId} className="font-semibold">
          {blueprint.title}
        </Title>
      </div>
      <p className="text-sm text-slate-700 dark:text-slate-300">{blueprint.description}</p>
      <ButtonLink
        href={newSkillPath(blueprint.id)}
        size="sm"
        className="mt-auto self-start"
        aria-describedby={titleId}
      >
        Use this template
      </ButtonLink>
    </article>
  );
}

/**
 * Every template, under its category's heading at `level` (2 on a page of its own, 3 inside the
 * list page's "Make a skill"), the templates' titles one level below.
 */
export function Gallery({ level }: { level: Level }) {
  const idBase = useId();
  const Heading = `h${level}` as 'h2' | 'h3';
  return (
    <div className="flex flex-col gap-5">
      {blueprintsByCategory()
        .filter((group) => group.blueprints.length > 0)
        .map(({ category, blueprints }) => (
          <section
            key={category}
            aria-labelledby={`${idBase}-${category}`}
            className="flex flex-col gap-2"
          >
            <Heading
              id={`${idBase}-${category}`}
              className="text-sm font-semibold tracking-wide text-slate-700 uppercase dark:text-slate-300"
            >
              {CATEGORY_TITLES[category]}
            </Heading>
            <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
              {blueprints.map((b) => (
                <li key={b.id}>
                  <TemplateCard blueprint={b} level={level} />
                </li>
              ))}
            </ul>
          </section>
        ))}
    </div>
  );
}
