// The assistant's console: a person types (or speaks) requests in their own words and sees the
// device panel beside it change; follow-ups, a question asked back, "Why?", the room they speak
// from, a conversation that survives a reload and can be cleared, voice through mocked speech
// APIs, and window.teachableHome.say for tests.
import type { Page } from '@playwright/test';
import { test as base, expect } from './fixtures.ts';
import { AssistantConsole } from './pages/AssistantConsole.ts';
import { HomePanel } from './pages/HomePanel.ts';

const test = base.extend<{ assistant: AssistantConsole }>({
  assistant: async ({ page }, use) => use(new AssistantConsole(page)),
});

/** Window with the speech mocks below installed. */
type VoiceWindow = Window & {
  __hear?: (text: string) => void;
  __fail?: (error: string) => void;
  __spoken?: string[];
};

/**
 * Stand-ins for the Web Speech API, installed before the app starts: recognition that listens
 * until the test says what was heard (`__hear`) or makes it fail (`__fail`), and a speech
 * synthesis that writes down what it was asked to say (`__spoken`).
 */
async function mockSpeech(page: Page): Promise<void> {
  await page.addInitScript(() => {
    type Handlers = {
      onresult: ((event: unknown) => void) | null;
      onerror: ((event: { error: string }) => void) | null;
      onend: (() => void) | null;
    };
    const w = window as unknown as Record<string, unknown>;
    const mic: { listening?: Handlers } = {};
    class FakeRecognition implements Handlers {
      lang = '';
      interimResults = false;
      continuous = false;
      maxAlternatives = 1;
      onresult: Handlers['onresult'] = null;
      onerror: Handlers['onerror'] = null;
      onend: Handlers['onend'] = null;
      start() {
        mic.listening = this;
      }
      stop() {
        this.abort();
      }
      abort() {
        if (mic.listening !== this) return;
        mic.listening = undefined;
        this.onerror?.({ error: 'aborted' });
        this.onend?.();
      }
    }
    w.SpeechRecognition = FakeRecognition;
    w.webkitSpeechRecognition = FakeRecognition;
    w.__hear = (text: string) => {
      const listening = mic.listening;
      if (!listening) throw new Error('The microphone is not listening.');
      mic.listening = undefined;
      const result = Object.assign([{ transcript: text }], { isFinal: true });
      listening.onresult?.({ resultIndex: 0, results: [result] });
      listening.onend?.();
    };
    w.__fail = (error: string) => {
      const listening = mic.listening;
      if (!listening) throw new Error('The microphone is not listening.');
      mic.listening = undefined;
      listening.onerror?.({ error });
      listening.onend?.();
    };
    const spoken: string[] = [];
    w.__spoken = spoken;
    Object.defineProperty(window, 'speechSynthesis', {
      configurable: true,
      value: { speak: (u: { text: string }) => spoken.push(u.text), cancel: () => undefined },
    });
    w.SpeechSynthesisUtterance = class {
      lang = '';
      constructor(readonly text: string) {}
    };
  });
}

test.describe('Assistant console', () => {
  test('a typed request changes the panel beside it, and a follow-up refers back to it', async ({
    page,
    app,
    assistant,
  }) => {
    const home = new HomePanel(page);
    await app.open();
    await assistant.open();
    await expect(home.tile('light.kitchen_ceiling')).toBeVisible();
    await expect(home.tile('light.kitchen_ceiling')).toHaveAttribute('data-state', 'on');

    await expect(await assistant.say('turn off the kitchen lights')).toContainText(
      'Turned off the Kitchen ceiling and the Kitchen counter lights',
    );
    await expect(home.tile('light.kitchen_ceiling')).toHaveAttribute('data-state', 'off');
    await expect(home.tile('light.kitchen_counter')).toHaveAttribute('data-state', 'off');
    // The kitchen was below the fold: the panel brought it into view, beside the console.
    await expect(home.tile('light.kitchen_ceiling')).toBeInViewport();
    await expect(assistant.box).toBeInViewport();
    // Other rooms are left alone; focus stays in the box; the reply is announced.
    await expect(home.tile('light.living_room_ceiling')).toHaveAttribute('data-state', 'on');
    await expect(assistant.box).toBeFocused();
    await expect(assistant.announcement).toHaveText(/Turned off the Kitchen ceiling/);

    await expect(await assistant.say('turn them on')).toContainText('Turned on');
    await expect(home.tile('light.kitchen_ceiling')).toHaveAttribute('data-state', 'on');
    await expect(home.tile('light.kitchen_counter')).toHaveAttribute('data-state', 'on');

    // A question is answered from the home, and changes nothing.
    await expect(await assistant.say('is the front door locked?')).toHaveText(
      /Yes, the Front door is locked/,
    );
    await expect(assistant.why()).toHaveCount(0);

    // The change is logged as made by voice, with the words said.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Activity' })
      .click();
    await expect(page.getByText('“turn them on”').first()).toBeVisible();
  });

  test('asks which one when the words fit two devices, and understands the answer', async ({
    page,
    app,
    assistant,
  }) => {
    const home = new HomePanel(page);
    await app.open('/assistant');
    await expect(home.status('light.kitchen_ceiling')).toHaveText('On · 80 %');

    await expect(await assistant.say('set the kitchen light to 50 percent')).toHaveText(
      'Assistant: Which one: Kitchen ceiling or Kitchen counter lights?',
    );
    await expect(assistant.lastTurn).toHaveAttribute('data-outcome', 'asked');
    await expect(home.status('light.kitchen_ceiling')).toHaveText('On · 80 %');

    await expect(await assistant.say('the ceiling')).toContainText('Kitchen ceiling');
    await expect(assistant.lastTurn).toHaveAttribute('data-outcome', 'acted');
    await expect(home.status('light.kitchen_ceiling')).toHaveText('On · 50 %');
    await expect(home.status('light.kitchen_counter')).toHaveText('On · 100 %');
  });

  test('"Why?" says what was understood, which devices, what changed and why', async ({
    app,
    assistant,
  }) => {
    await app.open('/assistant');
    await assistant.speakFrom('Kitchen');
    await assistant.say('turn off the lights');
    const why = assistant.why();
    await expect(why).toHaveAttribute('aria-expanded', 'false');
    await why.click();
    await expect(why).toHaveAttribute('aria-expanded', 'true');
    const explanation = assistant.explanation();
    await expect(explanation).toContainText('Understood');
    await expect(explanation).toContainText('Kitchen ceiling, Kitchen counter lights');
    await expect(explanation).toContainText('Kitchen ceiling turned off');
    await expect(explanation).toContainText('you are in the Kitchen');
    // The machinery, in a small detail line.
    await expect(explanation).toContainText('HassTurnOff');
    await why.click();
    await expect(explanation).toBeHidden();
  });

  test('the room spoken from decides what "turn off the lights" means, and is remembered', async ({
    page,
    app,
    assistant,
  }) => {
    const home = new HomePanel(page);
    await app.open('/assistant');
    // Nobody chose a room yet: the one with the most devices.
    await expect(assistant.room).toHaveValue('living_room');

    await assistant.speakFrom('Kitchen');
    await assistant.say('turn off the lights');
    await expect(home.tile('light.kitchen_ceiling')).toHaveAttribute('data-state', 'off');
    await expect(home.tile('light.living_room_ceiling')).toHaveAttribute('data-state', 'on');

    await assistant.speakFrom('Living room');
    await assistant.say('turn off the lights');
    await expect(home.tile('light.living_room_ceiling')).toHaveAttribute('data-state', 'off');
    await expect(home.tile('light.hallway')).toHaveAttribute('data-state', 'on');

    await assistant.speakFrom('Office');
    await app.reload();
    await expect(assistant.room).toHaveValue('office');
  });

  test('the conversation survives a reload, ↑ recalls it, and clearing it can be undone', async ({
    app,
    assistant,
  }) => {
    await app.open('/assistant');
    await assistant.say('turn off the kitchen lights');
    await assistant.say('is the back door locked?');

    await app.reload();
    await expect(assistant.turns).toHaveCount(2);
    await expect(assistant.reply(assistant.turns.first())).toContainText('Turned off');

    // ↑ and ↓ walk through what was said, and back to what was being typed.
    await assistant.box.fill('turn o');
    await assistant.box.press('ArrowUp');
    await expect(assistant.box).toHaveValue('is the back door locked?');
    await assistant.box.press('ArrowUp');
    await expect(assistant.box).toHaveValue('turn off the kitchen lights');
    await assistant.box.press('ArrowDown');
    await assistant.box.press('ArrowDown');
    await expect(assistant.box).toHaveValue('turn o');

    await assistant.clear.click();
    await expect(assistant.turns).toHaveCount(0);
    await assistant.undo.click();
    await expect(assistant.turns).toHaveCount(2);

    await assistant.clear.click();
    await expect(assistant.turns).toHaveCount(0);
    await app.reload();
    await expect(assistant.turns).toHaveCount(0);
    await expect(assistant.conversation).toContainText('Ask your home for something');
    await expect(assistant.clear).toBeDisabled();
  });

  test('suggestions are made from this home and work when tapped', async ({
    page,
    app,
    assistant,
  }) => {
    const home = new HomePanel(page);
    await app.open('/assistant');
    await expect(assistant.suggestions).toHaveCount(6);
    await assistant.suggestion('Turn off the lights').click();
    await expect(assistant.turns).toHaveCount(1);
    await expect(home.tile('light.living_room_lamp')).toHaveAttribute('data-state', 'off');
    await expect(assistant.box).toBeFocused();
    // The chips follow the home: the living room's lights are off now.
    await expect(assistant.suggestion('Turn on the lights')).toBeVisible();
  });

  test('a turn taken in one tab shows in the other, devices and conversation alike', async ({
    app,
    assistant,
  }) => {
    await app.open('/assistant');
    const otherPage = await app.openTab('/assistant');
    const other = { assistant: new AssistantConsole(otherPage), home: new HomePanel(otherPage) };
    await expect(other.assistant.turns).toHaveCount(0);

    await assistant.say('turn on the kettle');
    await expect(other.assistant.turns).toHaveCount(1);
    await expect(other.home.tile('switch.kettle')).toHaveAttribute('data-state', 'on');

    // The follow-up in the other tab knows what "it" was.
    await other.assistant.say('turn it off');
    await expect(other.home.tile('switch.kettle')).toHaveAttribute('data-state', 'off');
    await expect(assistant.turns).toHaveCount(2);
  });
});

test.describe('Assistant console on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the console and the panel are tabs, and each keeps its state', async ({
    page,
    app,
    assistant,
  }) => {
    const home = new HomePanel(page);
    await app.open('/assistant');
    await expect(assistant.tab('Conversation')).toHaveAttribute('aria-selected', 'true');
    await expect(home.tile('light.kitchen_ceiling')).toBeHidden();

    await assistant.say('turn off the kitchen lights');
    await assistant.box.fill('half typed');
    await assistant.tab('Devices').click();
    await expect(assistant.box).toBeHidden();
    await expect(home.tile('light.kitchen_ceiling')).toHaveAttribute('data-state', 'off');

    await assistant.tab('Conversation').click();
    await expect(assistant.box).toHaveValue('half typed');
    await expect(assistant.turns).toHaveCount(1);
  });
});

test.describe('Assistant voice', () => {
  test('the microphone listens, shows it, and sends what was heard', async ({
    page,
    app,
    assistant,
  }) => {
    const home = new HomePanel(page);
    await mockSpeech(page);
    await app.open('/assistant');

    await assistant.mic.click();
    await expect(assistant.stopListening).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByText('Listening… speak your request.')).toBeVisible();
    await page.evaluate(() => (window as VoiceWindow).__hear?.('turn off the kitchen lights'));

    await expect(assistant.turns).toHaveCount(1);
    await expect(assistant.lastTurn.getByTestId('said')).toContainText(
      'turn off the kitchen lights',
    );
    await expect(home.tile('light.kitchen_ceiling')).toHaveAttribute('data-state', 'off');
    await expect(assistant.mic).toBeVisible();

    // A problem is said in plain words; pressing again stops listening.
    await assistant.mic.click();
    await page.evaluate(() => (window as VoiceWindow).__fail?.('not-allowed'));
    await expect(page.getByText(/did not allow the microphone/)).toBeVisible();
    await assistant.mic.click();
    await assistant.stopListening.click();
    await expect(assistant.mic).toBeVisible();
    await expect(assistant.turns).toHaveCount(1);
  });

  test('replies are spoken only once "Speak replies" is on, and it stays on', async ({
    page,
    app,
    assistant,
  }) => {
    await mockSpeech(page);
    await app.open('/assistant');
    const spoken = () => page.evaluate(() => (window as VoiceWindow).__spoken ?? []);

    await expect(assistant.speakReplies).toHaveAttribute('aria-checked', 'false');
    await assistant.say('turn on the kettle');
    expect(await spoken()).toEqual([]);

    await assistant.speakReplies.click();
    await expect(assistant.speakReplies).toHaveAttribute('aria-checked', 'true');
    const reply = await (await assistant.say('turn off the kettle')).textContent();
    await expect.poll(spoken).toEqual([reply?.replace('Assistant: ', '')]);

    await app.reload();
    await expect(assistant.speakReplies).toHaveAttribute('aria-checked', 'true');
  });

  test('without speech in the browser there is no microphone and no "Speak replies"', async ({
    page,
    app,
    assistant,
  }) => {
    await page.addInitScript(() => {
      const w = window as unknown as Record<string, unknown>;
      delete w.SpeechRecognition;
      delete w.webkitSpeechRecognition;
      delete w.speechSynthesis;
      delete w.SpeechSynthesisUtterance;
      // Some are on the prototype: shadow them with undefined.
      for (const name of ['webkitSpeechRecognition', 'speechSynthesis', 'SpeechSynthesisUtterance'])
        Object.defineProperty(window, name, { configurable: true, value: undefined });
    });
    await app.open('/assistant');
    await expect(assistant.box).toBeVisible();
    await expect(assistant.mic).toHaveCount(0);
    await expect(assistant.speakReplies).toHaveCount(0);
    await assistant.say('turn on the kettle');
  });
});

test.describe('window.teachableHome', () => {
  test('say() runs a turn as typing does and resolves with the reply; interpret() changes nothing', async ({
    app,
    assistant,
  }) => {
    await app.open('/assistant');
    const page = app.page;

    const reply = await page.evaluate(() =>
      window.teachableHome?.say('turn off the lights', { area: 'Kitchen' }),
    );
    expect(reply).toBe(
      'Turned off the Kitchen ceiling and the Kitchen counter lights. Turn off the Kitchen speaker too?',
    );
    await expect.poll(async () => (await app.entity('light.kitchen_ceiling'))?.state).toBe('off');
    await expect(assistant.turns).toHaveCount(1);
    await expect(assistant.reply()).toContainText(reply ?? '—');

    // Follow-ups work through the API as well, by area id too.
    expect(await page.evaluate(() => window.teachableHome?.say('turn them on'))).toContain(
      'Turned on',
    );
    await expect.poll(async () => (await app.entity('light.kitchen_ceiling'))?.state).toBe('on');

    const before = await app.storedHome();
    const meaning = await page.evaluate(() =>
      window.teachableHome?.interpret('turn off the lights', { area: 'office' }),
    );
    expect(meaning?.intent).toBe('HassTurnOff');
    expect([...(meaning?.targets ?? [])].sort()).toEqual(['light.desk_lamp', 'light.office']);
    expect(await app.storedHome()).toEqual(before);
    await expect(assistant.turns).toHaveCount(2);

    const refused = await page.evaluate(() =>
      window.teachableHome
        ?.say('turn off the lights', { area: 'Attic' })
        .catch((e: Error) => e.message),
    );
    expect(refused).toMatch(/There is no room called “Attic”\. Rooms: Hallway, Living room/);
    await expect(assistant.turns).toHaveCount(2);
  });
});
