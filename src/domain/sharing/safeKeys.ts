// Data from a file or a link is read into plain objects. A key such as "__proto__" or
// "constructor" reaches Object.prototype when something is looked up or merged by it, so such keys
// are refused, lookups go through `own`, and nesting deeper than any real file is refused before
// a schema walks it.

/** Names that reach object prototypes. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Looks a key up in a parsed record without ever reaching the object's prototype. */
export function own<T>(record: Readonly<Record<string, T>>, id: string): T | undefined {
  return Object.hasOwn(record, id) ? record[id] : undefined;
}

export type HostileShape = { kind: 'key'; key: string } | { kind: 'depth' };

/**
 * The first forbidden key anywhere in `root`, or nesting deeper than `maxDepth`; undefined when
 * there is neither. Iterative, so a hostile nesting cannot overflow the stack.
 */
export function findHostileShape(root: unknown, maxDepth: number): HostileShape | undefined {
  if (typeof root !== 'object' || root === null) return undefined;
  const stack: { value: object; depth: number }[] = [{ value: root, depth: 0 }];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.depth > maxDepth) return { kind: 'depth' };
    const isArray = Array.isArray(node.value);
    for (const key of Object.keys(node.value)) {
      if (!isArray && FORBIDDEN_KEYS.has(key)) return { kind: 'key', key };
      const child = (node.value as Record<string, unknown>)[key];
      if (typeof child === 'object' && child !== null)
        stack.push({ value: child, depth: node.depth + 1 });
    }
  }
  return undefined;
}
