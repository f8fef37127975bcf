// "Remember this as…", loaded when first opened: the dialog around the form, and the good news
// once it is saved. Lazy, so the teaching code stays off the Home page's first load.
import type { Home } from '../../../domain/home/model.ts';
import type { TemperatureUnit } from '../../../domain/settings/settings.ts';
import { notify } from '../../../stores/notifications.ts';
import { Dialog } from '../../../components/ui/Dialog.tsx';
import { RememberForm } from './RememberForm.tsx';

export default function RememberDialog({
  home,
  unit,
  onClose,
}: {
  home: Home;
  unit: TemperatureUnit;
  onClose: () => void;
}) {
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title="Remember this as…"
      description="Tick the devices to keep as they are now, and give it a name to say."
    >
      <RememberForm
        home={home}
        unit={unit}
        onCancel={onClose}
        onSaved={(item) => {
          onClose();
          notify({
            tone: 'success',
            title: `Remembered “${item.phrases[0] ?? ''}”`,
            body: 'Say it in the Assistant to put these devices back like this.',
          });
        }}
      />
    </Dialog>
  );
}
