// The Home page's "Remember this as…" button. Only the button is on the first page: the dialog
// and the teaching code behind it load when it is first wanted (hovered, focused or pressed).
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { Home } from '../../../domain/home/model.ts';
import type { TemperatureUnit } from '../../../domain/settings/settings.ts';
import { Button } from '../../../components/ui/Button.tsx';

const loadDialog = () => import('./RememberDialog.tsx');
const RememberDialog = lazy(loadDialog);

export function RememberButton({ home, unit }: { home: Home; unit: TemperatureUnit }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  // Back to the button once the dialog is gone: the dialog gives focus back only to a trigger of
  // its own, and this button opens it from outside.
  useEffect(() => {
    if (wasOpen.current && !open) button.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return (
    <>
      <Button
        ref={button}
        size="sm"
        onPointerEnter={() => void loadDialog()}
        onFocus={() => void loadDialog()}
        onClick={() => setOpen(true)}
      >
        Remember this as…
      </Button>
      {open && (
        <Suspense fallback={null}>
          <RememberDialog home={home} unit={unit} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
