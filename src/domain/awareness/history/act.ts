// The plan is a list of acts: at this moment, these commands, for this reason. A day's behaviour
// is planned as acts first and only then run through execute(), so that anomalies can edit the
// plan (leave out the moment the porch light would have gone off) before anything happens.
import type { Cause } from '../../activity/cause.ts';
import type { Command } from '../../home/commands.ts';

export interface Act {
  /** Epoch ms. */
  at: number;
  commands: Command[];
  cause: Cause;
  /** Set on the acts of one occurrence of a planted habit: "name|day index". */
  habit?: string;
}

type Verb = Command['type'];
type Extra<V extends Verb> = Omit<Extract<Command, { type: V }>, 'entityId' | 'type'>;

/** One command: command('light.porch', 'turn_off'), command(id, 'set_temperature', { temperature: 17 }). */
export function command<V extends Verb>(entityId: string, type: V, extra?: Extra<V>): Command {
  return { entityId, type, ...extra } as Command;
}

export function act(at: number, commands: Command | Command[], cause: Cause): Act {
  // Whole milliseconds, as events store them.
  return { at: Math.round(at), commands: Array.isArray(commands) ? commands : [commands], cause };
}
