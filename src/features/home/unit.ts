import { createContext, useContext } from 'react';
import type { TemperatureUnit } from '../../domain/settings/settings.ts';

/** The person's temperature unit, provided once by the page instead of read by every tile. */
export const UnitContext = createContext<TemperatureUnit>('C');
export const useUnit = () => useContext(UnitContext);
