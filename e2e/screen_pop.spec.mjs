// The screen pop: a customer card from the contact's first event, filled from the demo directory
// (assets/directory.csv) or "Unknown caller", with an "Open in CRM" link when ?crm= gives a template.
import { test, expect } from '@playwright/test';
import { openSimulator } from './helpers.mjs';

const card = (page, id) => page.locator(`[data-testid=customer-card][data-contact-id="${id}"]`);
const FIRST_INBOUND = '13b-5d9daab7@B2BUAGW1.enghouse.com';
const SECOND_INBOUND = '13c-5d9daab7@B2BUAGW1.enghouse.com';
const MANUAL = '3f-5e5fbc28@B2BUAEP.enghouse.com';

test('a known caller is named on POPUP, an unknown one says so', async ({ page }) => {
  // A long step: the card must be there at POPUP, before RINGING.
  await openSimulator(page, '?simdelay=1500');
  await page.getByTestId('sim-inbound').click();
  const known = card(page, FIRST_INBOUND);
  await expect(known.getByTestId('customer-name')).toHaveText('Mario Rossi · Rossi Impianti S.r.l. · cliente dal 2019');
  await expect(page.locator(`[data-contact-id="${FIRST_INBOUND}"][data-testid=contact]`)).toHaveAttribute('data-phase', 'offered');
  await expect(known).toContainText('3393669393 → 225727273');
  await expect(known).toContainText('QUEUE25');

  await page.evaluate(() => window.AGENTDESKTOP.SIMULATOR.IncomingCall('0611111111', 'QUEUE7'));
  const unknown = card(page, SECOND_INBOUND);
  await expect(unknown.getByTestId('customer-name')).toHaveText('Unknown caller');
  await expect(unknown).toContainText('0611111111');
  await expect(unknown).toContainText('QUEUE7');
  await expect(unknown.getByTestId('customer-crm')).toHaveCount(0);
});

test('a manual call pops its card on CONNECTIONSTARTED, for the number called', async ({ page }) => {
  await openSimulator(page, '?simdelay=1500');
  await page.getByTestId('agent-login').click();
  await page.getByTestId('makecall-number').fill('335 609 6694');
  await page.getByTestId('makecall-submit').click();
  await expect(card(page, MANUAL).getByTestId('customer-name')).toHaveText('Luca Verdi · Verdi Logistica · reclamo aperto');
  await expect(page.locator(`[data-contact-id="${MANUAL}"][data-testid=contact]`)).toHaveAttribute('data-phase', 'started');
});

test('?crm= adds an Open in CRM link with the values URL-encoded, not on a consultation leg; a script URL is refused', async ({ page }) => {
  const template = encodeURIComponent('https://crm.example/find?phone={ani}&queue={queue}');
  await openSimulator(page, `?simdelay=0&crm=${template}`);
  await page.evaluate(() => window.AGENTDESKTOP.SIMULATOR.IncomingCall('+39 06 1234 5678', 'Q&A'));
  const link = card(page, FIRST_INBOUND).getByTestId('customer-crm');
  await expect(card(page, FIRST_INBOUND).getByTestId('customer-name')).toContainText('Giulia Bianchi');
  await expect(link).toHaveText('Open in CRM');
  await expect(link).toHaveAttribute('href', 'https://crm.example/find?phone=%2B39%2006%201234%205678&queue=Q%26A');
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');

  // A consultation leg is no customer: named as such, with no CRM link.
  await page.getByTestId('contact-answer').click();
  await page.getByTestId('consult-destination').fill('201');
  await page.getByTestId('consult-start').click();
  await expect(card(page, MANUAL).getByTestId('customer-name')).toHaveText('Consultation');
  await expect(card(page, MANUAL).getByTestId('customer-crm')).toHaveCount(0);

  await openSimulator(page, '?simdelay=0&crm=javascript:alert(1)');
  await page.getByTestId('sim-inbound').click();
  await expect(card(page, FIRST_INBOUND).getByTestId('customer-name')).toContainText('Mario Rossi');
  await expect(card(page, FIRST_INBOUND).getByTestId('customer-crm')).toHaveCount(0);
});
