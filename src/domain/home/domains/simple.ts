// Devices with little more than two states: plugs and switches, fans (with a speed) and locks.
import type { FanEntity, LockEntity, SwitchEntity } from '../model.ts';
import { checkRange, checkStep, clamp, fail, ok, PERCENT, type DomainHandler } from './common.ts';

export const switchHandler: DomainHandler<SwitchEntity> = {
  apply(device, command) {
    switch (command.type) {
      case 'turn_on':
        return ok({ ...device, state: 'on' });
      case 'turn_off':
        return ok({ ...device, state: 'off' });
      case 'toggle':
        return ok({ ...device, state: device.state === 'on' ? 'off' : 'on' });
      default:
        return fail(`${device.name} can't do that.`);
    }
  },
};

const SPEED = { label: 'Fan speed', ...PERCENT, unit: '%' };

function fanOn(fan: FanEntity): FanEntity {
  // Like a light's brightness, the speed is remembered while off; a fan stopped at 0 comes back full.
  const percentage = fan.attributes.percentage > 0 ? fan.attributes.percentage : 100;
  return { ...fan, state: 'on', attributes: { ...fan.attributes, percentage } };
}

function fanSpeed(fan: FanEntity, percentage: number): FanEntity {
  return {
    ...fan,
    state: percentage > 0 ? 'on' : 'off',
    attributes: { ...fan.attributes, percentage },
  };
}

export const fanHandler: DomainHandler<FanEntity> = {
  apply(fan, command) {
    switch (command.type) {
      case 'turn_on':
        return ok(fan.state === 'on' ? fan : fanOn(fan));
      case 'turn_off':
        return ok({ ...fan, state: 'off' });
      case 'toggle':
        return ok(fan.state === 'on' ? { ...fan, state: 'off' } : fanOn(fan));
      case 'set_fan_speed': {
        const error = checkRange(command.percentage, SPEED);
        return error ? fail(error) : ok(fanSpeed(fan, command.percentage));
      }
      case 'adjust_fan_speed': {
        const error = checkStep(command.by, SPEED);
        if (error) return fail(error);
        const from = fan.state === 'on' ? fan.attributes.percentage : 0;
        const to = clamp(from + command.by, PERCENT);
        return ok(fan.state === 'off' && to === 0 ? fan : fanSpeed(fan, to));
      }
      default:
        return fail(`${fan.name} can't do that.`);
    }
  },
};

export const lockHandler: DomainHandler<LockEntity> = {
  apply(lock, command) {
    switch (command.type) {
      case 'lock':
        return ok({ ...lock, state: 'locked' });
      case 'unlock':
        return ok({ ...lock, state: 'unlocked' });
      case 'toggle':
        return ok({ ...lock, state: lock.state === 'locked' ? 'unlocked' : 'locked' });
      default:
        return fail(`${lock.name} can't do that.`);
    }
  },
};
