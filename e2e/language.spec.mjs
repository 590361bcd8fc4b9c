// Italian and English: chosen from ?lang, else the agent's earlier choice, else the browser's languages,
// else Italian; switched with the language menu; <html lang> follows.
import { test, expect } from '@playwright/test';
import { contact, openSimulator } from './helpers.mjs';

const INBOUND = '13b-5d9daab7@B2BUAGW1.enghouse.com';

test.describe('an Italian browser', () => {
  test.use({ locale: 'it-IT' });

  test('speaks Italian, down to the live region and the phase names', async ({ page }) => {
    await openSimulator(page, '?simdelay=0');
    await expect(page.locator('html')).toHaveAttribute('lang', 'it');
    await expect(page).toHaveTitle('Widget AgentDesktop');
    await expect(page.getByTestId('lang-select')).toHaveValue('it');
    await expect(page.getByTestId('agent-login')).toHaveText('Accedi');
    await page.getByTestId('agent-login').click();
    await expect(page.getByTestId('agent-state')).toHaveText('Disponibile');
    await page.getByTestId('sim-inbound').click();
    await expect(page.getByTestId('live-region')).toHaveText('Chiamata in arrivo da 3393669393, coda QUEUE25');
    await expect(contact(page, INBOUND).locator('.phase')).toContainText('Squilla');
    await expect(contact(page, INBOUND).getByTestId('contact-answer')).toHaveText('Rispondi');
  });

  test('?lang=en wins over the browser', async ({ page }) => {
    await openSimulator(page, '?simdelay=0&lang=en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByTestId('agent-login')).toHaveText('Login');
  });
});

test.describe('a browser in neither language', () => {
  test.use({ locale: 'de-DE' });

  test('falls back to Italian', async ({ page }) => {
    await openSimulator(page, '?simdelay=0');
    await expect(page.locator('html')).toHaveAttribute('lang', 'it');
    await expect(page.getByTestId('makecall-submit')).toHaveText('Chiama');
  });
});

test('switching language changes the visible text at once, contacts and messages included, and is kept', async ({ page }) => {
  await openSimulator(page, '?simdelay=0');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByTestId('agent-login').click();
  await page.getByTestId('sim-inbound').click();
  await expect(contact(page, INBOUND).getByTestId('contact-answer')).toHaveText('Answer');
  await page.getByTestId('makecall-number').fill('12');
  await page.getByTestId('makecall-submit').click();
  await expect(page.getByTestId('toast')).toContainText('Error: "12" is not a valid telephone number');

  await page.getByTestId('lang-select').selectOption('it');
  await expect(page.locator('html')).toHaveAttribute('lang', 'it');
  await expect(contact(page, INBOUND).getByTestId('contact-answer')).toHaveText('Rispondi');
  await expect(page.getByTestId('agent-state')).toHaveText('Disponibile');
  await expect(page.getByTestId('toast')).toContainText('Errore:');
  await expect(page.getByRole('heading', { name: 'Registro eventi' })).toBeVisible();
  await page.getByTestId('makecall-submit').click();
  await expect(page.getByTestId('toast').last()).toContainText('"12" non è un numero di telefono valido');
  // The log keeps AgentDesktop's events as they came: data, not UI.
  await expect(page.getByTestId('log-entry').filter({ hasText: 'RINGING' }).first()).toBeVisible();

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'it');
  await expect(page.getByTestId('lang-select')).toHaveValue('it');
  await page.getByTestId('lang-select').selectOption('en');
  await expect(page.getByTestId('agent-login')).toHaveText('Login');
  await expect(page).toHaveTitle('AgentDesktop widget');
});
