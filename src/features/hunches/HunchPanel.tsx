// "The assistant noticed": the Home page's section for what the assistant's attention found —
// what it put right on its own lately, hunches about devices left unusually, and habits it could
// make routines of. Loaded lazily after the first paint (the awareness runtime fills the store),
// and drawn only when there is something to show.
import { useMemo, useRef, useState } from 'react';
import { explain } from '../../domain/activity/explain.ts';
import { DEFAULT_SETTINGS } from '../../domain/settings/settings.ts';
import { useHome, useHomeSettings } from '../../persistence/hooks.ts';
import { useAwareness } from '../../stores/awareness.ts';
import { useClock } from '../../stores/clock.ts';
import { Button } from '../../components/ui/Button.tsx';
import { AutomaticDone } from './AutomaticDone.tsx';
import { HabitOfferCard } from './HabitOfferCard.tsx';
import { HunchCard } from './HunchCard.tsx';
import { useFocusAfterAnswer } from './useFocusAfterAnswer.ts';

/**
 * Habit offers shown before "Show more": weeks of history can hold dozens of habits, and a wall
 * of offers would push the home itself off the screen. The strongest come first.
 */
export const HABITS_SHOWN = 2;

const grid = 'grid gap-3 md:grid-cols-2 xl:grid-cols-3';

export default function HunchPanel() {
  const hunches = useAwareness((s) => s.hunches);
  const habits = useAwareness((s) => s.habits);
  const automatic = useAwareness((s) => s.automatic);
  const home = useHome();
  const settings = useHomeSettings() ?? DEFAULT_SETTINGS;
  // To the minute: the cards' words ("since 18:40") need no more, and a running clock ticks 4×/s.
  const now = useClock((s) => Math.floor(s.now / 60_000)) * 60_000;
  const timeZone = settings.location.timeZone;
  const section = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // Once the person has answered something here, the section stays (saying all is done) so that
  // focus has somewhere to go when the last card leaves.
  const [answered, setAnswered] = useState(false);
  const [allHabits, setAllHabits] = useState(false);
  const shownHabits = allHabits ? habits : habits.slice(0, HABITS_SHOWN);

  const keys = useMemo(
    () => [
      ...automatic.map((e) => `automatic:${e.id}`),
      ...hunches.map((h) => `hunch:${h.id}`),
      ...shownHabits.map((o) => `habit:${o.id}`),
    ],
    [automatic, hunches, shownHabits],
  );
  const { cardRef, answering } = useFocusAfterAnswer(keys, section, heading);
  const entities = useMemo(() => new Map((home?.entities ?? []).map((e) => [e.id, e])), [home]);
  const areaNames = useMemo(() => new Map((home?.areas ?? []).map((a) => [a.id, a.name])), [home]);

  if (keys.length === 0 && !answered) return null;
  const props = (key: string) => ({
    cardRef: cardRef(key),
    onAnswer: () => {
      setAnswered(true);
      answering(key);
    },
  });
  const whatChanged = (event: (typeof automatic)[number]) =>
    explain(event, {
      unit: settings.temperatureUnit,
      timeZone,
      areaName: (id) => areaNames.get(id),
      entity: (id) => entities.get(id),
    }).what;

  return (
    <section ref={section} aria-labelledby="noticed-heading" className="flex flex-col gap-3">
      <h2
        id="noticed-heading"
        ref={heading}
        tabIndex={-1}
        className="text-lg font-semibold outline-offset-2"
      >
        The assistant noticed
      </h2>
      {keys.length === 0 && (
        <p role="status" className="text-sm text-slate-700 dark:text-slate-300">
          That's everything for now.
        </p>
      )}
      {automatic.length + hunches.length > 0 && (
        <ul className={grid} aria-labelledby="noticed-heading">
          {automatic.map((event) => (
            <li key={event.id}>
              <AutomaticDone
                event={event}
                what={whatChanged(event)}
                timeZone={timeZone}
                {...props(`automatic:${event.id}`)}
              />
            </li>
          ))}
          {hunches.map((hunch) => (
            <li key={hunch.id}>
              <HunchCard
                hunch={hunch}
                now={now}
                timeZone={timeZone}
                {...props(`hunch:${hunch.id}`)}
              />
            </li>
          ))}
        </ul>
      )}
      {habits.length > 0 && (
        <>
          <h3 id="habits-heading" className="text-base font-semibold">
            Routines you could make
          </h3>
          <ul id="habit-offers" className={grid} aria-labelledby="habits-heading">
            {shownHabits.map((offer) => (
              <li key={offer.id}>
                <HabitOfferCard
                  offer={offer}
                  now={now}
                  timeZone={timeZone}
                  {...props(`habit:${offer.id}`)}
                />
              </li>
            ))}
          </ul>
          {habits.length > HABITS_SHOWN && (
            <Button
              variant="ghost"
              size="sm"
              className="self-start"
              aria-expanded={allHabits}
              aria-controls="habit-offers"
              onClick={() => setAllHabits(!allHabits)}
            >
              {allHabits ? 'Show fewer' : `Show ${habits.length - HABITS_SHOWN} more`}
            </Button>
          )}
        </>
      )}
    </section>
  );
}
