// Teaching by showing: "Remember this as…" on the Home page keeps the devices a person ticks as
// they are now, as the steps of a taught command. Each device becomes the few steps that put it
// back exactly so (a light's colour, then its brightness), in words anyone can read back.
import type { Domain, Entity, Home } from '../home/model.ts';
import type { ActionOf } from '../routines/model.ts';

type Step = ActionOf<'control'>;

const step = (entityId: string, command: string, value?: number | string): Step => ({
  type: 'control',
  target: { kind: 'entity', entityId },
  command,
  ...(value !== undefined ? { value } : {}),
});

/** The kinds of device whose state can be kept: sensors and people only report. */
const REMEMBERED: ReadonlySet<Domain> = new Set([
  'light',
  'switch',
  'fan',
  'cover',
  'lock',
  'climate',
  'media_player',
]);

/** Whether "Remember this" can keep this device's state (offer a tick box for it). */
export const rememberable = (entity: Entity): boolean => REMEMBERED.has(entity.domain);

function stepsFor(entity: Entity): Step[] {
  const id = entity.id;
  switch (entity.domain) {
    case 'light': {
      if (entity.state === 'off') return [step(id, 'turn_off')];
      const a = entity.attributes;
      const steps: Step[] = [];
      // The colour first: setting it turns the light on at its old brightness, which comes next.
      if (a.color_mode === 'rgb' && a.rgb_color !== undefined)
        steps.push(step(id, 'set_color', a.rgb_color));
      if (a.color_mode === 'color_temp' && a.color_temp_kelvin !== undefined)
        steps.push(step(id, 'set_color_temp', a.color_temp_kelvin));
      const dimmable = a.supported_color_modes.some((m) => m !== 'onoff');
      steps.push(dimmable ? step(id, 'set_brightness', a.brightness) : step(id, 'turn_on'));
      return steps;
    }
    case 'switch':
      return [step(id, entity.state === 'on' ? 'turn_on' : 'turn_off')];
    case 'fan':
      return entity.state === 'off'
        ? [step(id, 'turn_off')]
        : [step(id, 'set_fan_speed', entity.attributes.percentage)];
    case 'cover': {
      // A blind on its way is remembered where it is going: that is the state the person chose.
      const at = entity.attributes.target_position ?? entity.attributes.position;
      if (at === 0) return [step(id, 'close')];
      if (at === 100) return [step(id, 'open')];
      if (entity.attributes.supports_position) return [step(id, 'set_position', at)];
      return [step(id, at >= 50 ? 'open' : 'close')];
    }
    case 'lock':
      return [step(id, entity.state === 'locked' ? 'lock' : 'unlock')];
    case 'climate':
      return entity.state === 'off'
        ? [step(id, 'set_hvac_mode', 'off')]
        : [
            step(id, 'set_hvac_mode', entity.state),
            step(id, 'set_temperature', entity.attributes.temperature),
          ];
    case 'media_player':
      return entity.state === 'off'
        ? [step(id, 'turn_off')]
        : [step(id, 'turn_on'), step(id, 'set_volume', entity.attributes.volume)];
    default:
      return [];
  }
}

/**
 * Steps that set these devices to how they are now, in the home's order; devices that only report
 * (sensors, people) and ids not in the home are left out.
 */
export function rememberThis(home: Home, entityIds: readonly string[]): Step[] {
  const wanted = new Set(entityIds);
  return home.entities.filter((e) => wanted.has(e.id)).flatMap(stepsFor);
}

/** What a room's "Remember this" ticks to begin with: its lights, blinds and TVs or speakers. */
const PRESELECTED: ReadonlySet<Domain> = new Set(['light', 'cover', 'media_player']);

export function preselect(home: Home, area: string | undefined): string[] {
  if (area === undefined) return [];
  return home.entities.filter((e) => e.area === area && PRESELECTED.has(e.domain)).map((e) => e.id);
}
