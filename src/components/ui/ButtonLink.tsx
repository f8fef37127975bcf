// Links drawn like the Button beside them: "Edit", "New routine", "A command" go somewhere, so
// they are links (a screen reader says so, a middle click opens a tab), not buttons.
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { buttonClass, type ButtonSize, type ButtonVariant } from './Button.tsx';

export function ButtonLink({
  href,
  variant = 'secondary',
  size = 'md',
  className,
  children,
  ...rest
}: {
  href: string;
  variant?: ButtonVariant;
  size?: ButtonSize;
  className?: string;
  children: ReactNode;
  'aria-describedby'?: string;
  'aria-current'?: 'page';
}) {
  return (
    <Link href={href} className={buttonClass(variant, size, className)} {...rest}>
      {children}
    </Link>
  );
}
