// The browser's own speech, where it has it: the Web Speech API's recognition (Chrome and Safari
// call it webkitSpeechRecognition) for the microphone button, and speechSynthesis for spoken
// replies. Both are feature-detected: where they are missing the console simply has no microphone
// button, or no "Speak replies" switch. Only the few members used here are typed.

interface RecognitionAlternative {
  transcript: string;
}
interface RecognitionResult {
  readonly isFinal: boolean;
  readonly length: number;
  [index: number]: RecognitionAlternative;
}
interface RecognitionEvent {
  readonly resultIndex: number;
  readonly results: { readonly length: number; [index: number]: RecognitionResult };
}
interface RecognitionErrorEvent {
  readonly error: string;
}
interface Recognition {
  lang: string;
  interimResults: boolean;
  continuous: boolean;
  maxAlternatives: number;
  onresult: ((event: RecognitionEvent) => void) | null;
  onerror: ((event: RecognitionErrorEvent) => void) | null;
  onend: (() => void) | null;
  start(): void;
  stop(): void;
  abort(): void;
}
type RecognitionConstructor = new () => Recognition;

function recognitionConstructor(): RecognitionConstructor | undefined {
  const w = window as unknown as {
    SpeechRecognition?: RecognitionConstructor;
    webkitSpeechRecognition?: RecognitionConstructor;
  };
  return w.SpeechRecognition ?? w.webkitSpeechRecognition;
}

export const canListen = (): boolean => recognitionConstructor() !== undefined;
export const canSpeak = (): boolean =>
  typeof window.speechSynthesis !== 'undefined' &&
  typeof window.SpeechSynthesisUtterance !== 'undefined';

/** The assistant understands and answers English: the person's own English if it is one. */
function english(): string {
  return navigator.language?.toLowerCase().startsWith('en') ? navigator.language : 'en-GB';
}

/** The recognition errors, in words a person can act on. */
export function recognitionProblem(error: string): string {
  switch (error) {
    case 'not-allowed':
    case 'service-not-allowed':
      return 'The browser did not allow the microphone. Allow it for this site in the address bar, or type instead.';
    case 'no-speech':
      return "I didn't hear anything. Press the microphone and speak a little louder or closer.";
    case 'audio-capture':
      return 'No microphone was found. Plug one in, or type instead.';
    case 'network':
      return "This browser's speech recognition needs an internet connection, and it could not reach it. Type instead.";
    case 'language-not-supported':
      return "This browser can't recognise English speech. Type instead.";
    default:
      return 'Speech recognition stopped unexpectedly. Try again, or type instead.';
  }
}

export interface ListenHandlers {
  /** What has been heard so far, while still listening. */
  onHeard(text: string): void;
  /** The final words, once the person stops speaking. */
  onFinal(text: string): void;
  onProblem(message: string): void;
  /** Listening ended, whatever the reason. */
  onEnd(): void;
}

/** Starts listening for one request; returns a function that stops listening early. */
export function listen(handlers: ListenHandlers): () => void {
  const Constructor = recognitionConstructor();
  if (!Constructor) {
    handlers.onProblem("This browser can't recognise speech. Type instead.");
    handlers.onEnd();
    return () => undefined;
  }
  const recognition = new Constructor();
  recognition.lang = english();
  recognition.interimResults = true;
  recognition.continuous = false;
  recognition.maxAlternatives = 1;
  let finished = false;
  recognition.onresult = (event) => {
    let heard = '';
    let final = '';
    for (let i = 0; i < event.results.length; i++) {
      const result = event.results[i];
      const words = result?.[0]?.transcript ?? '';
      if (result?.isFinal) final += words;
      else heard += words;
    }
    if (final.trim() && !finished) {
      finished = true;
      handlers.onFinal(final.trim());
    } else if (!finished) handlers.onHeard((final + heard).trim());
  };
  recognition.onerror = (event) => {
    // "aborted" is our own stop(): not a problem to report.
    if (event.error !== 'aborted') handlers.onProblem(recognitionProblem(event.error));
  };
  recognition.onend = () => handlers.onEnd();
  try {
    recognition.start();
  } catch {
    handlers.onProblem(recognitionProblem('start'));
    handlers.onEnd();
  }
  return () => recognition.abort();
}

/** Reads `text` aloud, cutting off whatever was still being read. */
export function speak(text: string): void {
  if (!canSpeak() || !text.trim()) return;
  window.speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = english();
  window.speechSynthesis.speak(utterance);
}

export function stopSpeaking(): void {
  if (canSpeak()) window.speechSynthesis.cancel();
}
