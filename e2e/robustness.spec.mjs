// A panic still shows a clear panel; the SDK no longer calls into the stopped instance.
import { test, expect } from '@playwright/test';
import { openSimulator } from './helpers.mjs';

test('a panic shows the error panel with its message and a reload link, and unbinds the callback', async ({ page }) => {
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await openSimulator(page, '?simdelay=0');
  await page.getByTestId('agent-login').click();
  await expect(page.getByTestId('agent-state')).toHaveAttribute('data-state', 'loggedin');
  expect(await page.evaluate(() => window.AGENTDESKTOP.SIMULATOR.boundCallbacks())).toBe(1);

  await page.evaluate(() => { try { window.AGENTDESKTOP.SIMULATOR.Panic('deliberate test fault'); } catch (e) { /* the trap */ } });
  const panel = page.getByTestId('crash-panel');
  await expect(panel).toBeVisible();
  await expect(panel).toHaveAttribute('role', 'alert');
  await expect(panel).toContainText('deliberate test fault');
  expect(await page.evaluate(() => window.AGENTDESKTOP.SIMULATOR.boundCallbacks())).toBe(0);

  // The SDK's functions refuse cleanly rather than running a stopped instance.
  const refused = await page.evaluate(() => { try { window.AGENTDESKTOP.AGENT.Pause(); return 'ran'; } catch (e) { return e.message; } });
  expect(refused).toContain('has stopped');
  expect(pageErrors).toEqual([]);

  await page.getByTestId('crash-reload').click();
  await expect(page.getByTestId('sdk-status')).toHaveAttribute('data-mode', 'simulator');
  await expect(page.getByTestId('crash-panel')).toHaveCount(0);
});
