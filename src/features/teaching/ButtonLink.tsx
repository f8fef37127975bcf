import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { cn } from '../../components/ui/cn.ts';

// Links that look like the ui Button: "Edit", "A command" and "Go to the Assistant" go somewhere,
// so they are links (a screen reader says so, a middle click opens a tab), drawn like the buttons
// beside them.
const variants = {
  primary: 'bg-accent-600 text-white hover:bg-accent-700',
  secondary:
    'bg-white text-slate-800 ring-1 ring-inset ring-slate-300 hover:bg-slate-50 dark:bg-slate-800 dark:text-slate-100 dark:ring-slate-600 dark:hover:bg-slate-700',
  ghost: 'text-slate-700 hover:bg-slate-200/70 dark:text-slate-200 dark:hover:bg-slate-800',
} as const;
const sizes = { sm: 'h-8 px-2.5 text-sm gap-1.5', md: 'h-10 px-4 text-sm gap-2' } as const;

export function ButtonLink({
  href,
  variant = 'secondary',
  size = 'md',
  className,
  children,
  ...rest
}: {
  href: string;
  variant?: keyof typeof variants;
  size?: keyof typeof sizes;
  className?: string;
  children: ReactNode;
  'aria-describedby'?: string;
}) {
  return (
    <Link
      href={href}
      className={cn(
        'inline-flex shrink-0 items-center justify-center rounded-lg font-medium transition-colors select-none',
        variants[variant],
        sizes[size],
        className,
      )}
      {...rest}
    >
      {children}
    </Link>
  );
}
