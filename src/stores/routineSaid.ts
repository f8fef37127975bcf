// A routine's "say" step: its words join the conversation in the console, marked as the
// routine's, and are read aloud there when spoken replies are on.
import type { RunSaid } from '../domain/routines/engine.ts';
import { getDb } from '../persistence/instance.ts';
import { addTurn } from '../persistence/transcript.ts';
import { useAssistantSession } from './assistantSession.ts';

export async function announceSaid(said: readonly RunSaid[]): Promise<void> {
  for (const s of said) {
    const turn = await addTurn(getDb(), {
      id: `said-${s.runId}-${s.at.toString(36)}-${Math.random().toString(36).slice(2, 6)}`,
      at: s.at,
      text: '',
      reply: s.text,
      outcome: 'said',
      explanation: {
        understood: `Your routine “${s.routineName}” said this`,
        intent: 'RunRoutine',
        slots: { name: s.routineName },
        targets: [],
        changes: [],
        reasons: [],
      },
      interpretation: { intent: 'RunRoutine', slots: { name: s.routineName }, targets: [] },
      routine: { name: s.routineName, runId: s.runId },
    });
    useAssistantSession.setState({ lastSaid: turn });
  }
}
