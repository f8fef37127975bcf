// What routine runs do besides changing the home, once their step is saved: notifications shown
// in the app, words said in the console (and aloud there when spoken replies are on).
import type { EngineResult } from '../domain/routines/engine.ts';
import { notify } from './notifications.ts';
import { announceSaid } from './routineSaid.ts';

let counter = 0;
/** A fresh run id, unique across tabs. */
export function newRunId(): string {
  counter = (counter + 1) % 1_000_000;
  return `run-${Date.now().toString(36)}-${counter.toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

export function announceRunEffects(result: Pick<EngineResult, 'notices' | 'said'>): void {
  for (const n of result.notices)
    notify({
      tone: 'info',
      title: n.title,
      body: n.body ?? `From your routine “${n.routineName}”.`,
    });
  if (result.said.length > 0)
    announceSaid(result.said).catch((error: unknown) =>
      console.error('A routine’s words could not join the conversation:', error),
    );
}
