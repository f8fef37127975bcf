// The assistant's page: the console and, beside it, the live device panel, so that what a request
// does is seen as it happens. Composed here because features do not import each other. On narrow
// screens the two are tabs rather than a squeezed split; both stay mounted, so switching tabs
// keeps what was typed and where the conversation was scrolled.
import { useEffect, useRef, useState } from 'react';
import { Tabs } from 'radix-ui';
import { Link } from 'wouter';
import { AssistantConsole } from '../../features/assistant/AssistantConsole.tsx';
import { DevicePanel } from '../../features/home/DevicePanel.tsx';
import { useAssistantSession } from '../../stores/assistant.ts';

const tab =
  'rounded-lg px-3 py-1.5 text-sm font-medium text-slate-700 data-[state=active]:bg-white data-[state=active]:text-slate-900 data-[state=active]:shadow-sm dark:text-slate-300 dark:data-[state=active]:bg-slate-700 dark:data-[state=active]:text-white';
// Inactive tab panels hide on narrow screens only: from lg up both show side by side.
const panel = 'data-[state=inactive]:hidden lg:data-[state=inactive]:flex';

/**
 * When a request acts on a device that is out of sight in the panel, the panel scrolls to it, so
 * cause and effect are seen together (on wide screens the console stays put beside it; on a phone
 * the panel is hidden behind its tab and nothing moves).
 */
function useShowWhatChanged() {
  const lastSaid = useAssistantSession((s) => s.lastSaid);
  // Only what is said from now on: coming back to the page does not scroll to an old change.
  const seen = useRef(lastSaid?.id);
  useEffect(() => {
    if (!lastSaid || seen.current === lastSaid.id) return;
    seen.current = lastSaid.id;
    const target = lastSaid.outcome === 'acted' ? lastSaid.interpretation.targets[0] : undefined;
    const tile = target && document.querySelector(`[data-testid="tile-${CSS.escape(target)}"]`);
    if (!(tile instanceof HTMLElement) || tile.offsetParent === null) return;
    const { top, bottom } = tile.getBoundingClientRect();
    const header = document.querySelector('header')?.getBoundingClientRect().bottom ?? 0;
    if (top >= header && bottom <= window.innerHeight) return;
    const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    tile.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
  }, [lastSaid]);
}

export default function AssistantPage() {
  const [shown, setShown] = useState('conversation');
  useShowWhatChanged();
  return (
    <Tabs.Root
      value={shown}
      onValueChange={setShown}
      className="lg:grid lg:grid-cols-[minmax(0,27rem)_minmax(0,1fr)] lg:items-start lg:gap-6"
    >
      {/* On wide screens this column stays in view while the panel beside it scrolls. */}
      <div className="flex flex-col gap-3 lg:sticky lg:top-[4.5rem] lg:h-[calc(100dvh-6.25rem)]">
        <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
          <div>
            <h1 className="text-2xl font-bold tracking-tight">Assistant</h1>
            <p className="mt-1 hidden text-sm text-slate-700 lg:block dark:text-slate-300">
              Ask your home for something in your own words, and see the devices change.
            </p>
            <Link
              href="/learned"
              className="mt-1 inline-block text-sm text-accent-700 underline underline-offset-2 dark:text-accent-100"
            >
              Things I've learned
            </Link>
          </div>
          <Tabs.List
            aria-label="Show"
            className="flex gap-1 rounded-xl bg-slate-200 p-1 lg:hidden dark:bg-slate-800"
          >
            <Tabs.Trigger value="conversation" className={tab}>
              Conversation
            </Tabs.Trigger>
            <Tabs.Trigger value="devices" className={tab}>
              Devices
            </Tabs.Trigger>
          </Tabs.List>
        </div>
        <Tabs.Content
          value="conversation"
          forceMount
          tabIndex={-1}
          className={`${panel} h-[calc(100dvh-17rem)] min-h-[26rem] flex-col lg:h-auto lg:min-h-0 lg:flex-1`}
        >
          <AssistantConsole />
        </Tabs.Content>
      </div>
      <Tabs.Content
        value="devices"
        forceMount
        tabIndex={-1}
        className={`${panel} mt-4 flex-col gap-6 lg:mt-0`}
      >
        <DevicePanel />
      </Tabs.Content>
    </Tabs.Root>
  );
}
