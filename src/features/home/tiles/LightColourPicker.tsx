import { Palette } from 'lucide-react';
import { Popover } from 'radix-ui';
import type { LightEntity } from '../../../domain/home/model.ts';
import { Button } from '../../../components/ui/Button.tsx';
import { runManual } from '../../../stores/homeActions.ts';
import { kelvinToRgb } from '../lightColor.ts';

const WHITES = [
  { name: 'warm white', kelvin: 2700 },
  { name: 'soft white', kelvin: 3000 },
  { name: 'neutral white', kelvin: 4000 },
  { name: 'cool white', kelvin: 5000 },
  { name: 'daylight', kelvin: 6500 },
];
const COLOURS = [
  { name: 'red', hex: '#ff0000' },
  { name: 'orange', hex: '#ffa500' },
  { name: 'yellow', hex: '#ffff00' },
  { name: 'green', hex: '#008000' },
  { name: 'cyan', hex: '#00ffff' },
  { name: 'blue', hex: '#0000ff' },
  { name: 'purple', hex: '#800080' },
  { name: 'pink', hex: '#ffc0cb' },
];

export default function LightColourPicker({
  entity,
  colours,
  whites,
}: {
  entity: LightEntity;
  colours: boolean;
  whites: boolean;
}) {
  return (
    <Popover.Root defaultOpen>
      <Popover.Trigger asChild>
        <Button
          size="sm"
          variant="ghost"
          aria-label={`Colour of ${entity.name}`}
          className="w-8 px-0"
        >
          <Palette aria-hidden className="size-4" />
        </Button>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          sideOffset={6}
          className="z-40 w-60 rounded-xl bg-white p-3 shadow-xl ring-1 ring-black/10 dark:bg-slate-800 dark:ring-white/10"
        >
          {whites && (
            <Swatches
              title="Whites"
              items={WHITES.map((w) => ({
                name: w.name,
                css: `rgb(${kelvinToRgb(w.kelvin).join(' ')})`,
              }))}
              entity={entity}
            />
          )}
          {colours && (
            <Swatches
              title="Colours"
              items={COLOURS.map((c) => ({ name: c.name, css: c.hex }))}
              entity={entity}
            />
          )}
          <Popover.Arrow className="fill-white dark:fill-slate-800" />
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}

function Swatches({
  title,
  items,
  entity,
}: {
  title: string;
  items: { name: string; css: string }[];
  entity: LightEntity;
}) {
  return (
    <fieldset className="mb-2 last:mb-0">
      <legend className="mb-1.5 text-xs font-semibold text-slate-700 dark:text-slate-300">
        {title}
      </legend>
      <div className="flex flex-wrap gap-2">
        {items.map((item) => (
          <Popover.Close asChild key={item.name}>
            <button
              type="button"
              aria-label={`Set ${entity.name} to ${item.name}`}
              title={item.name}
              style={{ background: item.css }}
              className="size-8 rounded-full ring-1 ring-black/20 hover:scale-110 dark:ring-white/30"
              onClick={() =>
                runManual({ entityId: entity.id, type: 'set_color', color: item.name })
              }
            />
          </Popover.Close>
        ))}
      </div>
    </fieldset>
  );
}
