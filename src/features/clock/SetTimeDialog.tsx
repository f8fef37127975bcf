import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from '../../domain/zod.ts';
import { zonedParts, zonedToInstant } from '../../domain/clock/zoned.ts';
import { clockActions } from '../../stores/clock.ts';
import { Dialog } from '../../components/ui/Dialog.tsx';
import { Button } from '../../components/ui/Button.tsx';
import { Field, inputClass } from '../../components/ui/Field.tsx';

const schema = z.object({
  date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'Choose a date.')),
  time: z.string().check(z.regex(/^\d{2}:\d{2}$/, 'Choose a time, like 07:30.')),
});
type Values = z.infer<typeof schema>;

const pad = (n: number) => String(n).padStart(2, '0');

export default function SetTimeDialog({
  now,
  timeZone,
  onClose,
}: {
  now: number;
  timeZone: string;
  onClose: () => void;
}) {
  const p = zonedParts(now, timeZone);
  const { register, handleSubmit, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      date: `${p.year}-${pad(p.month)}-${pad(p.day)}`,
      time: `${pad(p.hour)}:${pad(p.minute)}`,
    },
  });
  const submit = handleSubmit(async ({ date, time }) => {
    const [year, month, day] = date.split('-').map(Number) as [number, number, number];
    const [hour, minute] = time.split(':').map(Number) as [number, number];
    await clockActions.setTime(zonedToInstant({ year, month, day, hour, minute }, timeZone));
    onClose();
  });
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title="Set the simulated time"
      description="The home jumps to this moment. Moving forward lets the home catch up: rooms warm, blinds finish moving."
    >
      <form onSubmit={submit} noValidate className="flex flex-col gap-4">
        <div className="grid grid-cols-2 gap-3">
          <Field id="clock-date" label="Date" error={formState.errors.date?.message}>
            <input
              id="clock-date"
              type="date"
              className={inputClass}
              aria-invalid={!!formState.errors.date}
              {...register('date')}
            />
          </Field>
          <Field id="clock-time" label="Time" error={formState.errors.time?.message}>
            <input
              id="clock-time"
              type="time"
              className={inputClass}
              aria-invalid={!!formState.errors.time}
              {...register('time')}
            />
          </Field>
        </div>
        <div className="flex justify-end gap-2">
          <Button variant="ghost" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" variant="primary">
            Set time
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
