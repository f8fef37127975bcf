// Accessibility scan with axe-core against WCAG 2.0/2.1 A and AA. A failure lists each violation
// in words, with the elements it was found on, instead of a wall of JSON.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;
type Violation = AxeResults['violations'][number];

export function formatViolations(violations: readonly Violation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 8)
        .map(
          (n) =>
            `    - ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`,
        )
        .join('\n');
      const more = v.nodes.length > 8 ? `\n    … and ${v.nodes.length - 8} more` : '';
      return `[${v.impact ?? 'unknown'}] ${v.id}: ${v.help}\n  ${v.helpUrl}\n${nodes}${more}`;
    })
    .join('\n\n');
}

/**
 * Scans the page (or the part matched by `include`) and fails with a readable list of
 * violations. `what` names the state scanned, for the message. `soft` records the failure and
 * lets the test go on, so one run reports every page's violations.
 */
export async function expectNoA11yViolations(
  page: Page,
  what: string,
  options: { include?: string; exclude?: string; soft?: boolean } = {},
): Promise<void> {
  // Legacy mode runs axe in the page itself. The default opens an extra blank page to merge the
  // results of frames, which costs seconds a scan here; the app has no frames to merge.
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true);
  if (options.include) builder = builder.include(options.include);
  if (options.exclude) builder = builder.exclude(options.exclude);
  const results = await builder.analyze();
  const check = options.soft ? expect.soft : expect;
  check(
    results.violations.length,
    `Accessibility violations on ${what}:\n\n${formatViolations(results.violations)}\n`,
  ).toBe(0);
}
