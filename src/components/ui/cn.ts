import { clsx, type ClassValue } from 'clsx';

/** Joins class names; conditional classes read better than string concatenation. */
export function cn(...values: ClassValue[]): string {
  return clsx(values);
}
