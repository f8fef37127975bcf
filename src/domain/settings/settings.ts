// Home-wide settings a person chooses in Settings -> Home. Plain data with a zod schema shared by
// the form, persistence (restore-on-read) and backups.
import { z } from '../zod.ts';

export const temperatureUnitSchema = z.enum(['C', 'F']);
export type TemperatureUnit = z.infer<typeof temperatureUnitSchema>;

export const locationSchema = z.strictObject({
  name: z.string().check(z.trim(), z.minLength(1, 'Give the place a name'), z.maxLength(80)),
  latitude: z
    .number()
    .check(
      z.minimum(-90, 'Latitude is between -90 and 90'),
      z.maximum(90, 'Latitude is between -90 and 90'),
    ),
  longitude: z
    .number()
    .check(
      z.minimum(-180, 'Longitude is between -180 and 180'),
      z.maximum(180, 'Longitude is between -180 and 180'),
    ),
  /** IANA time zone, e.g. "Europe/London". Wall-clock times (schedules, display) are in it. */
  timeZone: z.string().check(z.minLength(1), z.maxLength(60)),
});
export type HomeLocation = z.infer<typeof locationSchema>;

export const homeSettingsSchema = z.strictObject({
  temperatureUnit: temperatureUnitSchema,
  location: locationSchema,
});
export type HomeSettings = z.infer<typeof homeSettingsSchema>;

export const DEFAULT_SETTINGS: HomeSettings = {
  temperatureUnit: 'C',
  location: { name: 'London', latitude: 51.5074, longitude: -0.1278, timeZone: 'Europe/London' },
};
