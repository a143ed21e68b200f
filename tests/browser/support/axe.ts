// axe-core on an extension page. Extension pages forbid injected script tags (CSP), so axe's source is evaluated
// through the DevTools protocol instead.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious and critical violations on the page, as "impact rule-id: first targets" (empty when there are none). */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    type Axe = {
      run: (d: Document) => Promise<{
        violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }>;
      }>;
    };
    const { violations } = await (window as unknown as { axe: Axe }).axe.run(document);
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.impact} ${v.id}: ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(', ')}`,
      );
  });
}
