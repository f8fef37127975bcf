import { Fan } from 'lucide-react';
import type { FanEntity } from '../../../domain/home/model.ts';
import { describeState } from '../../../domain/home/format.ts';
import { Switch } from '../../../components/ui/Switch.tsx';
import { Slider } from '../../../components/ui/Slider.tsx';
import { runManual } from '../../../stores/homeActions.ts';
import { IconBadge, TileFrame } from './TileFrame.tsx';

export function FanTile({ entity }: { entity: FanEntity }) {
  const on = entity.state === 'on';
  const speed = entity.attributes.percentage;
  return (
    <TileFrame
      entity={entity}
      active={on}
      status={describeState(entity, 'C')}
      icon={
        <IconBadge on={on}>
          <Fan
            className={on ? 'th-spin size-5' : 'size-5'}
            style={{ ['--spin-duration' as string]: `${Math.max(0.3, 2.4 - speed / 50)}s` }}
          />
        </IconBadge>
      }
    >
      <div className="flex items-center gap-3">
        <Switch
          checked={on}
          label={entity.name}
          onCheckedChange={(checked) =>
            runManual({ entityId: entity.id, type: checked ? 'turn_on' : 'turn_off' })
          }
        />
        <Slider
          label={`${entity.name} speed`}
          value={on ? Math.round(speed) : 0}
          step={5}
          valueText={(v) => `${v} percent`}
          onCommit={(percentage) =>
            runManual({ entityId: entity.id, type: 'set_fan_speed', percentage })
          }
        />
      </div>
    </TileFrame>
  );
}
