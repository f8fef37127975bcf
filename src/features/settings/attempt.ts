// The assistant's settings write to the browser's storage; if that fails (storage full, a private
// window) the person is told, rather than the switch silently springing back.
import { notify } from '../../stores/notifications.ts';

export async function attempt(failure: string, action: () => Promise<unknown>): Promise<void> {
  try {
    await action();
  } catch (error) {
    console.error(error);
    notify({
      tone: 'error',
      title: failure,
      body: error instanceof Error ? error.message : String(error),
    });
  }
}
