import { expect } from '@playwright/test';
import { createRequire } from 'node:module';

const simPort = Number(process.env.E2E_PORT ?? 8181);
export const SIMULATOR = `http://127.0.0.1:${simPort}/AD/widget/`;
export const AGENTDESKTOP = `http://127.0.0.1:${simPort + 1}/AD/widget/`;

export const contact = (page, id) => page.locator(`[data-testid=contact][data-contact-id="${id}"]`);

/// The widget applies the SDK's events at the next animation frame: with the page's clock paused, a test
/// lets one pass.
export async function nextFrame(page) {
  await page.clock.runFor(16);
}

/** Build the whole of a list built a page at a time (`contacts` or `event-log`): press the first "Show
 * more" (a click from the page itself, which leaves the focus where it is), each time until the next page
 * is built, until no line is left. */
export async function buildWhole(page, testid) {
  const more = page.locator(`[data-testid=${testid}] [data-testid=more-below]`);
  for (let texts = await more.allTextContents(); texts.length; texts = await more.allTextContents()) {
    await more.evaluateAll((lines) => lines[0]?.querySelector('button')?.click());
    await expect.poll(() => more.allTextContents()).not.toEqual(texts);
  }
}

export async function expectPhase(page, id, phase) {
  await expect(contact(page, id)).toHaveAttribute('data-phase', phase);
}

export async function openSimulator(page, query = '') {
  await page.goto(SIMULATOR + query);
  await expect(page.getByTestId('sdk-status')).toHaveAttribute('data-mode', 'simulator');
}

/// Serves `config` (an object, sent as JSON, or a text sent as it is) as the deployment's
/// /AD/widget/config.json for the pages this test opens.
export async function withConfig(page, config, path = 'config.json') {
  const body = typeof config === 'string' ? config : JSON.stringify(config);
  await page.route(`**/AD/widget/${path}`, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }));
}

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/// The serious and critical accessibility violations axe-core finds on the page, as `id: targets` lines.
export async function seriousViolations(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  });
}
