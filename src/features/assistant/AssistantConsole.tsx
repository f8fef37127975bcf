// The assistant's console: the conversation, the text box (and microphone), suggestions, and the
// room the person speaks from. The device panel beside it is composed in src/app.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Trash2 } from 'lucide-react';
import { DEFAULT_SETTINGS } from '../../domain/settings/settings.ts';
import { useHome, useHomeSettings } from '../../persistence/hooks.ts';
import {
  useConsoleSettings,
  useDialogueState,
  useTranscript,
} from '../../persistence/transcriptHooks.ts';
import { useSkills } from '../../persistence/skillHooks.ts';
import type { ClearedConversation } from '../../persistence/transcript.ts';
import {
  assistantActions,
  say,
  speakingArea,
  useAssistantSession,
} from '../../stores/assistant.ts';
import { notify } from '../../stores/notifications.ts';
import { Button } from '../../components/ui/Button.tsx';
import { Switch } from '../../components/ui/Switch.tsx';
import { Composer } from './Composer.tsx';
import { RoomChooser } from './RoomChooser.tsx';
import { SkillSessionBar, useOpenSession } from './SkillSessionBar.tsx';
import { SuggestionChips } from './SuggestionChips.tsx';
import { Transcript } from './Transcript.tsx';
import { sayings } from './recall.ts';
import { canSpeak, speak, stopSpeaking } from './speech.ts';
import { suggestionsFor } from './suggestions.ts';

const problemText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Replies said in this tab since the console opened: announced, and read aloud when asked. */
function useNewReplies(speakReplies: boolean): { id: string; reply: string } | undefined {
  const lastSaid = useAssistantSession((s) => s.lastSaid);
  const seen = useRef(lastSaid?.id);
  const [announced, setAnnounced] = useState<{ id: string; reply: string }>();
  useEffect(() => {
    if (!lastSaid || seen.current === lastSaid.id) return;
    seen.current = lastSaid.id;
    setAnnounced({ id: lastSaid.id, reply: lastSaid.reply });
    if (speakReplies) speak(lastSaid.reply);
  }, [lastSaid, speakReplies]);
  return announced;
}

export function AssistantConsole() {
  const home = useHome();
  const homeSettings = useHomeSettings() ?? DEFAULT_SETTINGS;
  const settings = useConsoleSettings();
  const turns = useTranscript();
  const dialogue = useDialogueState();
  const skills = useSkills();
  const session = dialogue?.skill;
  // The skill the next words go to: only one that is on (the turn layer passes words for a skill
  // switched off mid-session to the home, so the status must not say it is still listening).
  const sessionSkill =
    session && skills?.find((s) => s.id === session.skillId && s.status === 'enabled')?.name;
  // Inside a skill, suggestions for the home would only get in the way.
  const inSkill = useOpenSession(session, sessionSkill);
  const input = useRef<HTMLInputElement>(null);
  const [cleared, setCleared] = useState<ClearedConversation>();

  const area = home && settings ? speakingArea(home, settings) : undefined;
  const unit = homeSettings.temperatureUnit;
  const suggestions = useMemo(
    () => (home ? suggestionsFor(home, area, unit) : []),
    [home, area, unit],
  );
  const history = useMemo(() => sayings((turns ?? []).map((t) => t.text)), [turns]);
  const announced = useNewReplies(settings?.speak ?? false);

  const send = useCallback(async (text: string) => {
    input.current?.focus();
    setCleared(undefined);
    try {
      await say(text);
    } catch (error) {
      notify({ tone: 'error', title: "The assistant couldn't answer", body: problemText(error) });
      throw error;
    }
  }, []);

  const clear = async () => {
    setCleared(await assistantActions.clear());
    input.current?.focus();
  };
  const undoClear = async () => {
    if (cleared) await assistantActions.undoClear(cleared);
    setCleared(undefined);
    input.current?.focus();
  };

  return (
    <section
      aria-label="Assistant"
      className="flex h-full min-h-0 flex-col overflow-hidden rounded-2xl bg-white ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800"
    >
      <div className="flex items-center gap-3 border-b border-slate-200 px-3 py-2.5 sm:px-4 dark:border-slate-800">
        {home && (
          <RoomChooser
            home={home}
            value={area}
            onChange={(id) => void assistantActions.setSpeakingArea(id)}
          />
        )}
        <div className="ml-auto shrink-0">
          <Button
            size="sm"
            variant="ghost"
            onClick={() => void clear()}
            disabled={!turns || turns.length === 0}
            aria-label="Clear conversation"
            title="Clear conversation"
            className="disabled:opacity-40"
          >
            <Trash2 aria-hidden className="size-4" />
            <span aria-hidden className="hidden sm:inline">
              Clear
            </span>
          </Button>
        </div>
      </div>
      <Transcript
        turns={turns}
        home={home}
        timeZone={homeSettings.location.timeZone}
        onUndoClear={cleared && turns?.length === 0 ? () => void undoClear() : undefined}
      />
      <div className="flex flex-col gap-2.5 border-t border-slate-200 p-3 sm:px-4 dark:border-slate-800">
        <SkillSessionBar
          session={session}
          name={sessionSkill}
          onSay={(text) => void send(text).catch(() => undefined)}
        />
        <SuggestionChips
          suggestions={inSkill ? [] : suggestions}
          onPick={(text) => void send(text).catch(() => undefined)}
        />
        <Composer
          ref={input}
          history={history}
          onSend={send}
          speakReplies={
            canSpeak() ? (
              <div className="flex items-center gap-2 text-sm text-slate-700 dark:text-slate-300">
                <span aria-hidden>Speak replies</span>
                <Switch
                  label="Speak replies"
                  checked={settings?.speak ?? false}
                  onCheckedChange={(on) => {
                    if (!on) stopSpeaking();
                    void assistantActions.setSpeakReplies(on);
                  }}
                />
              </div>
            ) : undefined
          }
        />
      </div>
      <p className="sr-only" aria-live="polite">
        {/* A new node per reply, so the same words said twice are announced twice. */}
        {announced && <span key={announced.id}>{announced.reply}</span>}
      </p>
    </section>
  );
}
