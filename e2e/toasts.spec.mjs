// Toasts against the page's own clock (Playwright's page.clock): each leaves 4 seconds after it appeared,
// on its own; hovering or focusing holds it; repeats are counted; at most three are shown.
import { test, expect } from '@playwright/test';
import { openSimulator } from './helpers.mjs';

/// The simulator's page with its clock under the test's control.
async function openPaused(page) {
  await page.clock.install();
  await openSimulator(page, '?simdelay=0&lang=en');
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
}

/// A refused number: an error toast naming it, and no call.
async function refuse(page, number) {
  await page.getByTestId('makecall-number').fill(number);
  await page.getByTestId('makecall-number').press('Enter');
  await expect(toastFor(page, number)).toBeVisible();
}

const toastFor = (page, number) => page.getByTestId('toast').filter({ hasText: `"${number}"` });

test('each toast leaves 4 seconds after it appeared, whatever the others do', async ({ page }) => {
  await openPaused(page);
  await refuse(page, '11');
  await page.clock.runFor(2_000);
  await refuse(page, '22');
  await refuse(page, '33');
  await page.clock.runFor(1_000);
  await toastFor(page, '33').getByTestId('toast-close').click();
  await expect(toastFor(page, '33')).toHaveCount(0);
  // The pointer now rests where the others moved to, which would hold them (see the next test).
  await page.mouse.move(1, 1);

  await page.clock.runFor(900);
  await expect(toastFor(page, '11')).toBeVisible();
  await page.clock.runFor(200);
  await expect(toastFor(page, '11')).toHaveCount(0);
  await expect(toastFor(page, '22')).toBeVisible();

  await page.clock.runFor(1_800);
  await expect(toastFor(page, '22')).toBeVisible();
  await page.clock.runFor(200);
  await expect(page.getByTestId('toast')).toHaveCount(0);
  await expect(page.getByTestId('makecall-number')).toHaveValue('33');
});

test('hovering a toast holds it, and it leaves after the rest of its time', async ({ page }) => {
  await openPaused(page);
  await refuse(page, '11');
  await page.clock.runFor(1_000);
  await toastFor(page, '11').hover();
  await page.clock.runFor(10_000);
  await expect(toastFor(page, '11')).toBeVisible();

  await page.mouse.move(1, 1);
  await page.clock.runFor(2_900);
  await expect(toastFor(page, '11')).toBeVisible();
  await page.clock.runFor(200);
  await expect(toastFor(page, '11')).toHaveCount(0);
});

test('focus inside a toast holds it until the focus leaves', async ({ page }) => {
  await openPaused(page);
  await refuse(page, '11');
  await toastFor(page, '11').getByTestId('toast-close').focus();
  await page.clock.runFor(10_000);
  await expect(toastFor(page, '11')).toBeVisible();

  await page.getByTestId('makecall-number').focus();
  await page.clock.runFor(3_900);
  await expect(toastFor(page, '11')).toBeVisible();
  await page.clock.runFor(200);
  await expect(toastFor(page, '11')).toHaveCount(0);
});

test('the same message again is one toast with a count, and its time starts over', async ({ page }) => {
  await openPaused(page);
  await refuse(page, '11');
  await page.clock.runFor(3_000);
  await refuse(page, '11');
  await refuse(page, '11');
  await expect(page.getByTestId('toast')).toHaveCount(1);
  await expect(toastFor(page, '11').getByTestId('toast-count')).toHaveText('×3');

  await page.clock.runFor(3_900);
  await expect(toastFor(page, '11')).toBeVisible();
  await page.clock.runFor(200);
  await expect(page.getByTestId('toast')).toHaveCount(0);
});

test('at most three toasts are shown, the oldest making room', async ({ page }) => {
  await openPaused(page);
  for (const number of ['11', '22', '33', '44']) {
    await refuse(page, number);
  }
  await expect(page.getByTestId('toast')).toHaveCount(3);
  await expect(toastFor(page, '11')).toHaveCount(0);
  await expect(page.getByTestId('toast').last()).toContainText('"44"');
});
