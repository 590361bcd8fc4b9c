// The deployment's configuration: config.json beside index.html (or ?config=URL on the same origin), read
// at start-up; page options override it; what cannot be used is reported by name and keeps its default.
import { test, expect } from '@playwright/test';
import { SIMULATOR, contact, openSimulator, withConfig } from './helpers.mjs';

const INBOUND = '13b-5d9daab7@B2BUAGW1.enghouse.com';
const logError = (page, text) => page.getByTestId('log-entry').filter({ hasText: text });

test.use({ locale: 'it-IT' });

test('without config.json the widget starts on its defaults, silently', async ({ page }) => {
  await openSimulator(page, '?simdelay=0');
  await expect(page.locator('html')).toHaveAttribute('lang', 'it');
  await expect(page.getByTestId('toast')).toHaveCount(0);
});

test('its fields apply, and a page option overrides one', async ({ page }) => {
  await withConfig(page, { lang: 'en', crm: 'https://crm.example/find?phone={ani}' });
  await openSimulator(page, '?simdelay=0');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByTestId('agent-login').click();
  await page.getByTestId('sim-inbound').click();
  await expect(contact(page, INBOUND).getByTestId('customer-crm'))
    .toHaveAttribute('href', 'https://crm.example/find?phone=3393669393');
  await page.goto(SIMULATOR + '?simdelay=0&lang=it');
  await expect(page.locator('html')).toHaveAttribute('lang', 'it');
});

test('a field of the wrong type is named, keeps its default, and the rest applies', async ({ page }) => {
  await withConfig(page, { lang: 'en', ring_sound: 'yes' });
  await openSimulator(page, '?simdelay=0');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const message = 'Configuration: the field "ring_sound" must be true or false; it keeps its default';
  await expect(page.getByTestId('toast')).toContainText(message);
  await expect(logError(page, message)).toHaveCount(1);
  // The widget works.
  await page.getByTestId('agent-login').click();
  await expect(page.getByTestId('agent-state')).toHaveAttribute('data-state', 'loggedin');
});

test('several problems: one toast, each in the log', async ({ page }) => {
  await withConfig(page, { lang: 'en', dial_origins: ['https://crm.example/'], ring_sounds: false });
  await openSimulator(page, '?simdelay=0');
  await expect(page.getByTestId('toast')).toContainText('Configuration: 2 problems, listed in the event log');
  await expect(logError(page, 'dial_origins[0] left out')).toHaveCount(1);
  await expect(logError(page, 'unknown field "ring_sounds" ignored')).toHaveCount(1);
});

test('a file that is not JSON: the defaults, a clear message, a working widget', async ({ page }) => {
  await withConfig(page, '{"lang": "en",}');
  await openSimulator(page, '?simdelay=0');
  await expect(page.locator('html')).toHaveAttribute('lang', 'it');
  await expect(page.getByTestId('toast')).toContainText('La configurazione config.json non è JSON valido');
  await page.getByTestId('agent-login').click();
  await expect(page.getByTestId('agent-state')).toHaveAttribute('data-state', 'loggedin');
});

test('?config= reads another file of the same origin, and refuses another origin', async ({ page }) => {
  await withConfig(page, { lang: 'en' }, 'deploy/team-b.json');
  await openSimulator(page, '?simdelay=0&config=deploy/team-b.json');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await openSimulator(page, '?simdelay=0&config=https://elsewhere.example/config.json');
  await expect(page.getByTestId('toast')).toContainText(
    "Configurazione https://elsewhere.example/config.json non letta (non è un indirizzo dell'origine del widget)");
  await openSimulator(page, '?simdelay=0&config=missing.json');
  await expect(page.getByTestId('toast')).toContainText('Configurazione missing.json non letta (stato HTTP 404)');
  await openSimulator(page, '?simdelay=0&config=missing.json&lang=en');
  await expect(page.getByTestId('toast')).toContainText('Configuration missing.json not read (HTTP status 404)');
});
