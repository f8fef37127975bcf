// What the app starts once the first page is on screen: the window test API (for tests and demos),
// the assistant's attention (hunches and habits read from the history) and its cards on the Home
// page. One lazy module for all three, so the first page carries a single small import for them.
import { ErrorBoundary } from '../components/ui/ErrorBoundary.tsx';
import HunchPanel from '../features/hunches/HunchPanel.tsx';
import { startAwareness } from '../stores/awarenessRuntime.ts';
import { useHomeExtra } from './homeExtra.ts';
import { installTestApi } from './testApi.ts';

/** Starts them; returns a function that stops them. */
export function startAfterFirstRender(): () => void {
  const removeApi = installTestApi();
  const stopAwareness = startAwareness();
  // A broken panel never takes the Home page down with it.
  useHomeExtra.setState({
    extra: (
      <ErrorBoundary what="the assistant's hunches">
        <HunchPanel />
      </ErrorBoundary>
    ),
  });
  return () => {
    removeApi();
    stopAwareness();
    useHomeExtra.setState({ extra: null });
  };
}
