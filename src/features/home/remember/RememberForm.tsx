// The "Remember this as…" form: the words to say, the room to start from (which ticks its lights,
// blinds and TVs), the devices, and a live line saying what the words will do. Saving checks the
// taught command first: problems are listed here; words that already mean something need a
// "Save anyway".
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useState } from 'react';
import { useController, useForm } from 'react-hook-form';
import type { Home } from '../../../domain/home/model.ts';
import type { TemperatureUnit } from '../../../domain/settings/settings.ts';
import type { TaughtCommand } from '../../../domain/teaching/model.ts';
import { z } from '../../../domain/zod.ts';
import { Button } from '../../../components/ui/Button.tsx';
import { Field, inputClass } from '../../../components/ui/Field.tsx';
import {
  allIn,
  defaultRoom,
  preselectIn,
  rememberGroups,
  roomChoices,
  withTicks,
} from './choices.ts';
import { DeviceChecklist } from './DeviceChecklist.tsx';
import { previewLine } from './preview.ts';
import { rememberAnyway, rememberAs, type RememberOutcome } from './saving.ts';

const schema = z.object({
  name: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'Write what you will say, like “movie mode”.'),
      z.maxLength(120, 'Keep it shorter: at most 120 letters.'),
    ),
  devices: z.array(z.string()).check(z.minLength(1, 'Tick at least one device to remember.')),
});
type Values = z.infer<typeof schema>;

/** What stands in the way of saving, shown until the person changes something. */
type Blocked = Exclude<RememberOutcome, { kind: 'saved' }>;

interface RememberFormProps {
  home: Home;
  unit: TemperatureUnit;
  onSaved: (item: TaughtCommand) => void;
  onCancel: () => void;
}

export function RememberForm({ home, unit, onSaved, onCancel }: RememberFormProps) {
  const groups = useMemo(() => rememberGroups(home), [home]);
  const rooms = useMemo(() => roomChoices(home), [home]);
  const [room, setRoom] = useState(() => defaultRoom(home));
  const { register, handleSubmit, control, setFocus, watch, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { name: '', devices: preselectIn(home, room) },
  });
  const { field: devices } = useController({ control, name: 'devices' });
  const ticked = devices.value;
  const [blocked, setBlocked] = useState<Blocked>();
  const [busy, setBusy] = useState(false);

  // The name first: it is what the person came to give. (This runs before the dialog's own
  // focusing, which then leaves focus where it is.)
  useEffect(() => setFocus('name'), [setFocus]);

  const tick = (ids: string[]) => {
    setBlocked(undefined);
    devices.onChange(ids);
  };
  const chooseRoom = (next: string) => {
    setRoom(next);
    tick(preselectIn(home, next));
  };

  const settle = (outcome: RememberOutcome) => {
    if (outcome.kind === 'saved') onSaved(outcome.item);
    else setBlocked(outcome);
  };
  const attempt = async (run: () => Promise<RememberOutcome>) => {
    setBusy(true);
    try {
      settle(await run());
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      setBlocked({ kind: 'refused', errors: [`It could not be saved: ${why}`] });
    } finally {
      setBusy(false);
    }
  };
  const submit = handleSubmit(({ name, devices: ids }) => attempt(() => rememberAs(name, ids)));
  const confirm = (item: TaughtCommand) => attempt(() => rememberAnyway(item));

  const name = watch('name');
  const preview = previewLine(home, ticked, unit, name);
  const nameError = formState.errors.name?.message;
  return (
    <form
      onSubmit={submit}
      noValidate
      // Never taller than the screen: the device list gives way first, then the form scrolls.
      // (The padding keeps focus rings inside the scrolling box.)
      className="-m-1 flex max-h-[calc(100dvh-12rem)] flex-col gap-4 overflow-y-auto p-1"
    >
      <Field
        id="remember-name"
        label="Name"
        hint="What you will say to the assistant, like “movie mode”."
        error={nameError}
      >
        <input
          id="remember-name"
          type="text"
          autoComplete="off"
          className={inputClass}
          aria-invalid={!!nameError}
          aria-describedby={nameError ? 'remember-name-error' : 'remember-name-hint'}
          {...register('name', { onChange: () => setBlocked(undefined) })}
        />
      </Field>
      {rooms.length > 0 && (
        <div className="flex flex-wrap items-end gap-2">
          <Field id="remember-room" label="Room">
            <select
              id="remember-room"
              className={inputClass}
              value={room}
              onChange={(e) => chooseRoom(e.target.value)}
            >
              {rooms.map((area) => (
                <option key={area.id} value={area.id}>
                  {area.name}
                </option>
              ))}
            </select>
          </Field>
          <Button
            size="sm"
            variant="ghost"
            className="mb-1"
            onClick={() => tick(withTicks(home, ticked, allIn(home, room)))}
          >
            Select all in this room
          </Button>
          <Button size="sm" variant="ghost" className="mb-1" onClick={() => tick([])}>
            Clear
          </Button>
        </div>
      )}
      <DeviceChecklist
        groups={groups}
        ticked={ticked}
        unit={unit}
        room={room}
        error={formState.errors.devices?.message}
        onToggle={(id, on) =>
          tick(on ? withTicks(home, ticked, [id]) : ticked.filter((t) => t !== id))
        }
      />
      <p
        id="remember-preview"
        data-testid="remember-preview"
        className="text-sm text-slate-700 dark:text-slate-300"
      >
        {preview ?? 'Tick the devices to remember as they are now.'}
      </p>
      {blocked?.kind === 'refused' && (
        <div
          role="alert"
          className="rounded-lg bg-red-50 p-3 text-sm text-red-800 ring-1 ring-red-300 dark:bg-red-950/40 dark:text-red-300 dark:ring-red-800"
        >
          <p className="font-semibold">This can't be remembered yet:</p>
          <ul className="mt-1 list-disc pl-5">
            {blocked.errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      {blocked?.kind === 'confirm' && (
        <div
          role="alert"
          className="flex flex-col gap-2 rounded-lg bg-amber-50 p-3 text-sm text-amber-900 ring-1 ring-amber-300 dark:bg-amber-950/40 dark:text-amber-200 dark:ring-amber-800"
        >
          <ul className="list-disc pl-5">
            {blocked.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
          <p>Save anyway, and these words will mean this from now on.</p>
          <Button
            variant="primary"
            size="sm"
            className="self-start"
            disabled={busy}
            onClick={() => void confirm(blocked.item)}
          >
            Save anyway
          </Button>
        </div>
      )}
      <div className="flex justify-end gap-2">
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" disabled={busy} aria-describedby="remember-preview">
          Remember
        </Button>
      </div>
    </form>
  );
}
