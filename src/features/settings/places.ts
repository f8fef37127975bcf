import type { HomeLocation } from '../../domain/settings/settings.ts';

/** A few places to start from; any other place can be typed in. */
export const PLACES: readonly HomeLocation[] = [
  { name: 'London', latitude: 51.5074, longitude: -0.1278, timeZone: 'Europe/London' },
  { name: 'New York', latitude: 40.7128, longitude: -74.006, timeZone: 'America/New_York' },
  {
    name: 'San Francisco',
    latitude: 37.7749,
    longitude: -122.4194,
    timeZone: 'America/Los_Angeles',
  },
  { name: 'Berlin', latitude: 52.52, longitude: 13.405, timeZone: 'Europe/Berlin' },
  { name: 'Madrid', latitude: 40.4168, longitude: -3.7038, timeZone: 'Europe/Madrid' },
  { name: 'Tromsø', latitude: 69.6496, longitude: 18.956, timeZone: 'Europe/Oslo' },
  { name: 'Mumbai', latitude: 19.076, longitude: 72.8777, timeZone: 'Asia/Kolkata' },
  { name: 'Tokyo', latitude: 35.6762, longitude: 139.6503, timeZone: 'Asia/Tokyo' },
  { name: 'Sydney', latitude: -33.8688, longitude: 151.2093, timeZone: 'Australia/Sydney' },
  { name: 'Cape Town', latitude: -33.9249, longitude: 18.4241, timeZone: 'Africa/Johannesburg' },
  { name: 'São Paulo', latitude: -23.5505, longitude: -46.6333, timeZone: 'America/Sao_Paulo' },
];

export function timeZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [...new Set(PLACES.map((p) => p.timeZone))];
  }
}
