import { lazy, Suspense, useState } from 'react';
import { Lightbulb, Palette } from 'lucide-react';
import type { LightEntity } from '../../../domain/home/model.ts';
import { describeState } from '../../../domain/home/format.ts';
import { Switch } from '../../../components/ui/Switch.tsx';
import { Slider } from '../../../components/ui/Slider.tsx';
import { Button } from '../../../components/ui/Button.tsx';
import { runManual } from '../../../stores/homeActions.ts';
import { lightRgb } from '../lightColor.ts';
import { TileFrame } from './TileFrame.tsx';

export function LightTile({ entity }: { entity: LightEntity }) {
  const on = entity.state === 'on';
  const a = entity.attributes;
  const rgb = lightRgb(entity);
  const level = on ? a.brightness / 100 : 0;
  const glow = rgb
    ? {
        backgroundColor: `rgb(${rgb.join(' ')} / ${0.25 + 0.75 * level})`,
        boxShadow: `0 0 ${6 + 22 * level}px ${2 + 8 * level}px rgb(${rgb.join(' ')} / ${0.2 + 0.5 * level})`,
        color: '#1e1b16',
      }
    : undefined;
  const modes = a.supported_color_modes;
  const dims = modes.some((m) => m !== 'onoff');
  const colours = modes.includes('rgb');
  const whites = modes.includes('color_temp');
  return (
    <TileFrame
      entity={entity}
      active={on}
      status={describeState(entity, 'C')}
      icon={
        <div
          aria-hidden
          style={glow}
          className="grid size-11 place-items-center rounded-full bg-slate-200 text-slate-600 transition-all dark:bg-slate-800 dark:text-slate-400"
        >
          <Lightbulb className="size-5" />
        </div>
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
        {dims && (
          <Slider
            label={`${entity.name} brightness`}
            value={on ? Math.round(a.brightness) : 0}
            min={0}
            max={100}
            valueText={(v) => `${v} percent`}
            onCommit={(brightness) =>
              runManual({ entityId: entity.id, type: 'set_brightness', brightness })
            }
          />
        )}
        {(colours || whites) && <ColourButton entity={entity} colours={colours} whites={whites} />}
      </div>
    </TileFrame>
  );
}

// The colour picker is rarely opened, so its code loads on first use, not with the home page.
const loadPicker = () => import('./LightColourPicker.tsx');
const LightColourPicker = lazy(loadPicker);

function ColourButton({
  entity,
  colours,
  whites,
}: {
  entity: LightEntity;
  colours: boolean;
  whites: boolean;
}) {
  const [wanted, setWanted] = useState(false);
  const trigger = (
    <Button
      size="sm"
      variant="ghost"
      aria-label={`Colour of ${entity.name}`}
      className="w-8 px-0"
      onPointerEnter={() => void loadPicker()}
      onFocus={() => void loadPicker()}
      onClick={() => setWanted(true)}
    >
      <Palette aria-hidden className="size-4" />
    </Button>
  );
  if (!wanted) return trigger;
  return (
    <Suspense fallback={trigger}>
      <LightColourPicker entity={entity} colours={colours} whites={whites} />
    </Suspense>
  );
}
