import { memo } from 'react';
import type { Entity } from '../../../domain/home/model.ts';
import { LightTile } from './LightTile.tsx';
import { SwitchTile } from './SwitchTile.tsx';
import { FanTile } from './FanTile.tsx';
import { CoverTile } from './CoverTile.tsx';
import { LockTile } from './LockTile.tsx';
import { ClimateTile } from './ClimateTile.tsx';
import { MediaTile } from './MediaTile.tsx';
import { SensorTile } from './SensorTile.tsx';
import { BinarySensorTile } from './BinarySensorTile.tsx';

/** One tile per entity, chosen by domain. Memoized: entities keep identity until they change. */
export const EntityTile = memo(function EntityTile({ entity }: { entity: Entity }) {
  switch (entity.domain) {
    case 'light':
      return <LightTile entity={entity} />;
    case 'switch':
      return <SwitchTile entity={entity} />;
    case 'fan':
      return <FanTile entity={entity} />;
    case 'cover':
      return <CoverTile entity={entity} />;
    case 'lock':
      return <LockTile entity={entity} />;
    case 'climate':
      return <ClimateTile entity={entity} />;
    case 'media_player':
      return <MediaTile entity={entity} />;
    case 'sensor':
      return <SensorTile entity={entity} />;
    case 'binary_sensor':
      return <BinarySensorTile entity={entity} />;
    case 'person':
      return null;
  }
});
