// The latest home, kept in memory for code that must answer synchronously (the test API's
// entities()). Fed by a live query, so changes from any tab arrive here too.
import { create } from 'zustand';
import type { Home } from '../domain/home/model.ts';
import { getDb } from '../persistence/instance.ts';
import { watchHome } from '../persistence/watch.ts';

export const useHomeMirror = create<{ home: Home | undefined }>(() => ({ home: undefined }));

export function startHomeMirror(): () => void {
  return watchHome(getDb(), (home) => useHomeMirror.setState({ home }));
}
