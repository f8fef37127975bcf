// Before the history starts, the home is put in the state the household leaves it in at night
// (everyone in, doors locked, lights off, the heating turned down), whatever state it came in:
// the demo home is built as a lively evening. These acts happen before the first recorded day,
// so they shape the state without appearing in the history.
import type { Command } from '../../home/commands.ts';
import type { Entity, Home } from '../../home/model.ts';
import { act, command, type Act } from './act.ts';
import { manual } from './causes.ts';
import { D } from './devices.ts';

/** Plugs that stay on day and night (a freezer, the TV stand) are left alone. */
const SWITCHED_OFF_AT_NIGHT = new Set<string>([D.kettle, D.coffee, D.printer]);

function nightCommand(entity: Entity): Command | undefined {
  const { id } = entity;
  switch (entity.domain) {
    case 'light':
    case 'fan':
    case 'media_player':
      return command(id, 'turn_off');
    case 'switch':
      return SWITCHED_OFF_AT_NIGHT.has(id) ? command(id, 'turn_off') : undefined;
    case 'lock':
      return command(id, 'lock');
    case 'cover':
      return id === D.officeShade ? undefined : command(id, 'close');
    case 'binary_sensor':
      return entity.attributes.device_class === 'smoke' ? undefined : command(id, 'clear');
    case 'person':
      return command(id, 'arrive');
    case 'climate':
      return command(id, 'set_temperature', { temperature: id === D.thermostat ? 17 : 18 });
    default:
      return undefined;
  }
}

export function settleActs(home: Home, at: number): Act[] {
  const commands = home.entities.flatMap((e) => nightCommand(e) ?? []);
  const heatingOn = home.entities
    .filter((e) => e.domain === 'climate' && e.state === 'off')
    .map((e) => command(e.id, 'set_hvac_mode', { mode: 'heat' }));
  return [act(at, [...commands, ...heatingOn], manual)];
}
