// "Add a trigger" / "Add a condition" / "Add a step": a button opening a menu of the row types in
// plain words. When an item is chosen, focus goes to the new row's first field (the form moves it
// there) instead of back to the button.
import { useRef } from 'react';
import { DropdownMenu } from 'radix-ui';
import { ChevronDown, Plus } from 'lucide-react';
import { Button } from '../../../components/ui/Button.tsx';

export interface AddItem<T extends string> {
  type: T;
  label: string;
  disabled?: boolean;
}

interface AddMenuProps<T extends string> {
  id: string;
  label: string;
  items: readonly AddItem<T>[];
  onAdd: (type: T) => void;
  disabled?: boolean;
}

export function AddMenu<T extends string>({ id, label, items, onAdd, disabled }: AddMenuProps<T>) {
  const added = useRef(false);
  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger asChild>
        <Button id={id} disabled={disabled} className="self-start">
          <Plus aria-hidden className="size-4" />
          {label}
          <ChevronDown aria-hidden className="size-4" />
        </Button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="start"
          sideOffset={4}
          onCloseAutoFocus={(e) => {
            if (added.current) e.preventDefault();
            added.current = false;
          }}
          className="z-40 min-w-60 rounded-xl bg-white p-1 shadow-xl ring-1 ring-black/10 dark:bg-slate-800 dark:ring-white/10"
        >
          {items.map((item) => (
            <DropdownMenu.Item
              key={item.type}
              disabled={item.disabled}
              onSelect={() => {
                added.current = true;
                onAdd(item.type);
              }}
              className="cursor-pointer rounded-lg px-3 py-2 text-sm outline-none select-none data-disabled:cursor-not-allowed data-disabled:text-slate-500 data-highlighted:bg-accent-50 data-highlighted:text-accent-700 dark:data-disabled:text-slate-400 dark:data-highlighted:bg-slate-700 dark:data-highlighted:text-white"
            >
              {item.label}
            </DropdownMenu.Item>
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
