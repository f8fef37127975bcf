// How long ago a draft was typed, in real time: a clock time would be read against the clock bar,
// which shows the simulated home's time (paused on another day, or racing).

/** "a moment ago", "5 minutes ago", "2 hours ago", "3 days ago". */
export function agoWords(then: number, now: number): string {
  const minutes = Math.floor(Math.max(0, now - then) / 60_000);
  if (minutes < 1) return 'a moment ago';
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? '' : 's'} ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} hour${hours === 1 ? '' : 's'} ago`;
  const days = Math.floor(hours / 24);
  return `${days} day${days === 1 ? '' : 's'} ago`;
}
