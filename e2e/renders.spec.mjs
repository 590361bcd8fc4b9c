// What a change re-renders: a change that touches no contact re-renders no contact. Each contact carries
// `data-renders`, how often it has rendered; against the stand-in SDK.
import { test, expect } from '@playwright/test';
import { AGENTDESKTOP } from './helpers.mjs';

const OPEN = 300;

test(`with ${OPEN} contacts open, a click on Pause re-renders none of them`, async ({ page }) => {
  await page.goto(AGENTDESKTOP + '?lang=en');
  await expect(page.getByTestId('sdk-status')).toHaveAttribute('data-mode', 'agentdesktop');
  await page.evaluate((open) => {
    window.__sdkTest.emit(JSON.stringify({ event: 'AGENT:LOGGEDIN' }));
    for (let i = 0; i < open; i += 1) {
      window.__sdkTest.emit(JSON.stringify({ event: 'ESTABLISHED', id: `C${i}`, ani: `0612${i}`, type: 'inbound' }));
    }
  }, OPEN);
  const contacts = page.getByTestId('contact');
  await expect(contacts).toHaveCount(OPEN);
  await expect(page.getByTestId('agent-state')).toHaveAttribute('data-state', 'loggedin');
  const renders = () => contacts.evaluateAll((items) => items.map((c) => c.dataset.renders).join(','));
  const before = await renders();

  await page.getByTestId('agent-pause').click();
  // The click is marked as waiting (one render of the agent panel), then AgentDesktop confirms it.
  await expect(page.getByTestId('agent-pause')).toHaveAttribute('aria-busy', 'true');
  await page.evaluate(() => window.__sdkTest.emit(JSON.stringify({ event: 'AGENT:PAUSE' })));
  await expect(page.getByTestId('agent-state')).toHaveAttribute('data-state', 'paused');
  expect(await renders()).toEqual(before);

  // A change to one contact re-renders that one only.
  await page.evaluate(() => window.__sdkTest.emit(JSON.stringify({ event: 'HELD', id: 'C7' })));
  await expect(page.locator('[data-testid=contact][data-contact-id="C7"]')).toHaveAttribute('data-phase', 'held');
  const after = (await renders()).split(',');
  const changed = after.map((r, i) => (r === before.split(',')[i] ? null : i)).filter((i) => i !== null);
  expect(changed).toEqual([7]);
});
