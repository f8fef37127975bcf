// What "Try it" says to the assistant for each kind of taught item, as a person would: a command's
// first phrase (it runs now), a setting word on a device of its kind ("set Desk lamp to study
// mode"), and for a name a question that uses it and changes nothing ("what is the state of the big
// light"), whose answer shows what the name points to.
import type { Entity, Home } from '../../domain/home/model.ts';
import type { Concept, TaughtItem } from '../../domain/teaching/model.ts';
import { deviceGroups } from './devices.ts';

/** The devices a setting word can be tried on: those of its kind, by room. */
export const conceptDevices = (home: Home, concept: Pick<Concept, 'domain'>) =>
  deviceGroups(home, (e: Entity) => e.domain === concept.domain);

/** The device offered first: the one it was taught on, else the first of its kind. */
export function firstDevice(home: Home, concept: Pick<Concept, 'domain' | 'taughtOn'>): string {
  const devices = conceptDevices(home, concept).flatMap((g) => g.entities);
  const taughtOn = devices.find((e) => e.id === concept.taughtOn);
  return (taughtOn ?? devices[0])?.id ?? '';
}

/** What to say to try the item; undefined when there is nothing to try it on. */
export function tryText(item: TaughtItem, home: Home, deviceId?: string): string | undefined {
  switch (item.kind) {
    case 'command':
      return item.phrases[0];
    case 'concept': {
      const device = home.entities.find((e) => e.id === deviceId && e.domain === item.domain);
      return device ? `set ${device.name} to ${item.word}` : undefined;
    }
    case 'name':
      return item.target.kind === 'entity'
        ? `what is the state of ${item.name}`
        : `is anything on in ${item.name}`;
  }
}
