// What the Home page shows under its summary once the app has started (the assistant's hunches):
// filled after the first render by afterFirstRender.tsx, so the first page carries none of it.
import type { ReactNode } from 'react';
import { create } from 'zustand';

export const useHomeExtra = create<{ extra: ReactNode }>(() => ({ extra: null }));
