import { useEffect, useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from '../../domain/zod.ts';
import { locationSchema, type HomeLocation } from '../../domain/settings/settings.ts';
import { sunTimes } from '../../domain/clock/sun.ts';
import { isValidTimeZone } from '../../domain/clock/zoned.ts';
import { formatTime } from '../../domain/clock/format.ts';
import { setLocation } from '../../stores/settingsActions.ts';
import { notify } from '../../stores/notifications.ts';
import { useClock } from '../../stores/clock.ts';
import { Button } from '../../components/ui/Button.tsx';
import { Field, inputClass } from '../../components/ui/Field.tsx';
import { SettingsCard } from './Card.tsx';
import { PLACES, timeZones } from './places.ts';

// Text fields hold strings; the schema turns them into numbers and says plainly what is wrong.
const number = (what: string) =>
  z
    .pipe(z.string().check(z.trim(), z.minLength(1, `Enter the ${what}.`)), z.transform(Number))
    .check(z.refine(Number.isFinite, `The ${what} must be a number, like 51.5.`));
const formSchema = z.pipe(
  z.object({
    name: z.string(),
    latitude: number('latitude'),
    longitude: number('longitude'),
    timeZone: z.string(),
  }),
  locationSchema.check(
    z.refine((l) => isValidTimeZone(l.timeZone), {
      message: 'Choose a time zone from the list.',
      path: ['timeZone'],
    }),
  ),
);
type FormInput = z.input<typeof formSchema>;

const toForm = (l: HomeLocation): FormInput => ({
  name: l.name,
  latitude: String(l.latitude),
  longitude: String(l.longitude),
  timeZone: l.timeZone,
});

export function LocationCard({ location }: { location: HomeLocation }) {
  const now = useClock((s) => s.now);
  const zones = useMemo(timeZones, []);
  const { register, handleSubmit, reset, formState } = useForm<FormInput, unknown, HomeLocation>({
    resolver: zodResolver(formSchema),
    defaultValues: toForm(location),
  });
  useEffect(() => reset(toForm(location)), [location, reset]);
  const sun = sunTimes(now, location);
  const save = handleSubmit(async (value) => {
    await setLocation(value);
    notify({
      tone: 'success',
      title: 'Location saved',
      body: `Sunrise and sunset now follow ${value.name}.`,
    });
  });
  const errors = formState.errors;
  return (
    <SettingsCard
      id="location-heading"
      title="Location"
      description="Where the home is: it sets the time zone of the clock and when the sun rises and sets."
    >
      <p className="mb-4 text-sm" data-testid="sun-times">
        {sun.sunrise !== null && sun.sunset !== null
          ? `In ${location.name} today the sun rises at ${formatTime(sun.sunrise, location.timeZone)} and sets at ${formatTime(sun.sunset, location.timeZone)}.`
          : sun.polar === 'day'
            ? `In ${location.name} the sun does not set today.`
            : `In ${location.name} the sun does not rise today.`}
      </p>
      <div className="mb-4 flex flex-wrap items-center gap-2">
        <span className="text-sm font-medium" id="places-label">
          Pick a place:
        </span>
        <div role="group" aria-labelledby="places-label" className="flex flex-wrap gap-1.5">
          {PLACES.map((p) => (
            <Button
              key={p.name}
              size="sm"
              variant="ghost"
              onClick={() => reset(toForm(p), { keepDefaultValues: true })}
            >
              {p.name}
            </Button>
          ))}
        </div>
      </div>
      <form onSubmit={save} noValidate className="grid gap-4 sm:grid-cols-2">
        <Field id="loc-name" label="Place name" error={errors.name?.message}>
          <input
            id="loc-name"
            className={inputClass}
            aria-invalid={!!errors.name}
            {...register('name')}
          />
        </Field>
        <Field id="loc-tz" label="Time zone" error={errors.timeZone?.message}>
          <select id="loc-tz" className={inputClass} {...register('timeZone')}>
            {zones.map((z) => (
              <option key={z} value={z}>
                {z.replaceAll('_', ' ')}
              </option>
            ))}
          </select>
        </Field>
        <Field
          id="loc-lat"
          label="Latitude"
          hint="North is positive, south negative."
          error={errors.latitude?.message}
        >
          <input
            id="loc-lat"
            inputMode="decimal"
            className={inputClass}
            aria-invalid={!!errors.latitude}
            {...register('latitude')}
          />
        </Field>
        <Field
          id="loc-lon"
          label="Longitude"
          hint="East is positive, west negative."
          error={errors.longitude?.message}
        >
          <input
            id="loc-lon"
            inputMode="decimal"
            className={inputClass}
            aria-invalid={!!errors.longitude}
            {...register('longitude')}
          />
        </Field>
        <div className="flex gap-2 sm:col-span-2">
          <Button type="submit" variant="primary" disabled={!formState.isDirty}>
            Save location
          </Button>
          {formState.isDirty && (
            <Button variant="ghost" onClick={() => reset(toForm(location))}>
              Discard changes
            </Button>
          )}
        </div>
      </form>
    </SettingsCard>
  );
}
