import { useEffect, useRef, useState } from 'react';
import { Mic, MicOff } from 'lucide-react';
import { cn } from '../../components/ui/cn.ts';
import { listen } from './speech.ts';

interface MicButtonProps {
  /** Words heard so far, while the person is still speaking. */
  onHeard: (text: string) => void;
  /** The final words: sent as a request. */
  onFinal: (text: string) => void;
  /** A problem in plain words, or undefined when listening starts afresh. */
  onProblem: (message: string | undefined) => void;
  onListeningChange: (listening: boolean) => void;
}

/** The microphone: press to speak one request, press again to stop. Render only if canListen(). */
export function MicButton({ onHeard, onFinal, onProblem, onListeningChange }: MicButtonProps) {
  const [listening, setListening] = useState(false);
  const stop = useRef<(() => void) | undefined>(undefined);
  // Leaving the page stops listening.
  useEffect(() => () => stop.current?.(), []);

  const toggle = () => {
    if (listening) {
      stop.current?.();
      return;
    }
    onProblem(undefined);
    setListening(true);
    onListeningChange(true);
    stop.current = listen({
      onHeard,
      onFinal,
      onProblem,
      onEnd: () => {
        stop.current = undefined;
        setListening(false);
        onListeningChange(false);
      },
    });
  };

  return (
    <button
      type="button"
      onClick={toggle}
      aria-label={listening ? 'Stop listening' : 'Speak a request'}
      aria-pressed={listening}
      className={cn(
        'grid size-11 shrink-0 place-items-center rounded-xl ring-1 transition-colors ring-inset',
        listening
          ? 'bg-red-700 text-white ring-red-700 hover:bg-red-800'
          : 'bg-white text-slate-700 ring-slate-300 hover:bg-slate-50 dark:bg-slate-800 dark:text-slate-200 dark:ring-slate-600 dark:hover:bg-slate-700',
      )}
    >
      {listening ? (
        <MicOff aria-hidden className="th-pulse size-5" />
      ) : (
        <Mic aria-hidden className="size-5" />
      )}
    </button>
  );
}
