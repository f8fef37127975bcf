// A routine's "control" action as commands for execute(): one device, or every device of a kind
// in a room or the whole home, with the value in the field its command type takes.
import type { Command, CommandType } from '../home/commands.ts';
import { domainAccepts } from '../home/capabilities.ts';
import type { Entity, Home } from '../home/model.ts';
import type { ActionOf } from './model.ts';

/** Which field of a command carries the action's value, per command type. */
const VALUE_FIELD: Partial<Record<CommandType, string>> = {
  set_brightness: 'brightness',
  adjust_brightness: 'by',
  set_color: 'color',
  set_color_temp: 'kelvin',
  set_fan_speed: 'percentage',
  adjust_fan_speed: 'by',
  set_position: 'position',
  set_temperature: 'temperature',
  adjust_temperature: 'by',
  set_hvac_mode: 'mode',
  set_volume: 'volume',
  adjust_volume: 'by',
  play_media: 'mediaId',
  set_value: 'value',
};

export type ControlResult =
  { ok: true; commands: Command[]; targets: Entity[] } | { ok: false; why: string };

/** The devices a control action is about, in the home's order. */
export function controlTargets(action: ActionOf<'control'>, home: Home): Entity[] {
  const { target } = action;
  if (target.kind === 'entity') return home.entities.filter((e) => e.id === target.entityId);
  return home.entities.filter(
    (e) => e.domain === target.domain && (target.areaId === undefined || e.area === target.areaId),
  );
}

export function commandsForControl(action: ActionOf<'control'>, home: Home): ControlResult {
  const type = action.command as CommandType;
  const field = VALUE_FIELD[type];
  if (field !== undefined && action.value === undefined)
    return { ok: false, why: `it needs a value to ${type.replace(/_/g, ' ')}` };
  const targets = controlTargets(action, home);
  if (targets.length === 0)
    return {
      ok: false,
      why:
        action.target.kind === 'entity'
          ? 'the device no longer exists'
          : 'there is no such device there',
    };
  const able = targets.filter((e) => domainAccepts(e.domain, type));
  if (able.length === 0)
    return { ok: false, why: `those devices cannot ${type.replace(/_/g, ' ')}` };
  const commands = able.map(
    (e) =>
      ({
        entityId: e.id,
        type,
        ...(field !== undefined ? { [field]: action.value } : {}),
      }) as Command,
  );
  return { ok: true, commands, targets: able };
}
