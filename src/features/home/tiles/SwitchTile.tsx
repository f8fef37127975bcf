import { Plug } from 'lucide-react';
import type { SwitchEntity } from '../../../domain/home/model.ts';
import { describeState } from '../../../domain/home/format.ts';
import { Switch } from '../../../components/ui/Switch.tsx';
import { runManual } from '../../../stores/homeActions.ts';
import { IconBadge, TileFrame } from './TileFrame.tsx';

export function SwitchTile({ entity }: { entity: SwitchEntity }) {
  const on = entity.state === 'on';
  return (
    <TileFrame
      entity={entity}
      active={on}
      status={describeState(entity, 'C')}
      icon={
        <IconBadge on={on}>
          <Plug className="size-5" />
        </IconBadge>
      }
    >
      <Switch
        checked={on}
        label={entity.name}
        onCheckedChange={(checked) =>
          runManual({ entityId: entity.id, type: checked ? 'turn_on' : 'turn_off' })
        }
      />
    </TileFrame>
  );
}
