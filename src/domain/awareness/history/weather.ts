// The weather and daylight the garden sensors report: London's monthly averages with a day's own
// mood, warmest mid-afternoon; light rising after sunrise and gone soon after sunset. The outside
// temperature also sets how fast rooms cool when the heating rests (advance() reads it).
import { act, command, type Act } from './act.ts';
import { hm, type HistoryDay } from './calendar.ts';
import { world } from './causes.ts';
import { D } from './devices.ts';
import { between, jitter } from './random.ts';

/** Mean daily temperature in London by month, °C. */
const MEAN = [5.2, 5.3, 7.6, 10, 13.3, 16.4, 18.7, 18.5, 15.7, 12, 8, 5.5];
/** Half the day's swing between night and afternoon, °C. */
const SWING = [2.5, 3, 3.5, 4.5, 5, 5, 5, 5, 4.5, 3.5, 3, 2.5];

const MINUTE = 60_000;
const round1 = (x: number) => Math.round(x * 10) / 10;

export interface Weather {
  acts: Act[];
  /** The day's warmest reading, °C: a warm evening brings out the ceiling fan. */
  warmest: number;
}

export function weatherActs(day: HistoryDay): Weather {
  const r = day.random;
  const mean = MEAN[day.month - 1]! + jitter(r, 1.5);
  const swing = SWING[day.month - 1]!;
  const acts: Act[] = [];
  let warmest = -Infinity;
  // A reading every three hours; the curve peaks at 15:00.
  for (let hour = 0; hour < 24; hour += 3) {
    const t = hour + r() * 0.5;
    const temperature = round1(
      mean + swing * Math.cos(((t - 15) / 24) * 2 * Math.PI) + jitter(r, 0.3),
    );
    warmest = Math.max(warmest, temperature);
    const at = day.at(t * 60);
    acts.push(act(at, command(D.outsideTemperature, 'set_value', { value: temperature }), world));
    if (hour % 6 === 0) {
      // Damp at night, drier in the warm afternoon.
      const humidity = Math.round(
        Math.min(98, Math.max(35, 78 - (temperature - mean) * 4 + jitter(r, 4))),
      );
      acts.push(
        act(at + MINUTE, command(D.outsideHumidity, 'set_value', { value: humidity }), world),
      );
    }
  }
  const light = (at: number, lux: number) =>
    act(at, command(D.gardenLightLevel, 'set_value', { value: Math.round(lux) }), world);
  const cloud = 0.3 + r() * 0.7;
  acts.push(
    light(day.sunrise + between(r, 5, 15) * MINUTE, 40 + r() * 60),
    light(
      Math.max(day.sunrise + 2 * 60 * MINUTE, day.at(hm(11))),
      25_000 * cloud * (0.4 + swing / 8),
    ),
    light(day.sunset - between(r, 50, 70) * MINUTE, 1500 * cloud),
    light(day.sunset + between(r, 5, 15) * MINUTE, 20 + r() * 20),
    light(day.sunset + between(r, 40, 60) * MINUTE, 1),
  );
  return { acts, warmest };
}
