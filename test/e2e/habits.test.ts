/// <reference types="chrome" />
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumWithExtension } from '../helpers/browser';
import { demoUrl } from '../helpers/demo';
import { openPopup, popupComplete } from '../helpers/popup';

const demo = demoUrl;

describe('the daily habits in Chromium with JSS Guard loaded', () => {
  const chromium = chromiumWithExtension();
  let browser: ReturnType<typeof chromium>;
  beforeAll(() => {
    browser = chromium();
  });

  it('shows beside each invitation how long it has waited and how long is left of 24 hours', async () => {
    const page = await browser.context.newPage();
    await page.goto(demo('demo/proposals.html'));
    const hints = page.locator('[data-jss-guard="invitation-wait"]');
    await expect.poll(() => hints.count()).toBe(3);
    const beside = async (title: string) => {
      const marker = page.locator(`a:has-text("${title}") + [data-jss-guard="invitation-wait"] .marker`);
      return { text: await marker.textContent(), tone: await marker.getAttribute('class') };
    };
    expect(await beside('Chrome extension for a CRM')).toEqual({
      text: 'Waiting 3 hours · 21 hours left of 24 to reply',
      tone: 'marker info',
    });
    expect(await beside('Stripe billing for a SaaS')).toEqual({
      text: '⚠ Waiting 21 hours · 3 hours left of 24 to reply',
      tone: 'marker warn',
    });
    expect(await beside('Translate a Vue app to German')).toEqual({
      text: '⚠ Waiting 26 hours · past 24 hours: accept or decline now',
      tone: 'marker danger',
    });
    // The active proposal below is not an invitation.
    expect(await page.locator('a:has-text("Rewrite a landing page") + [data-jss-guard]').count()).toBe(0);

    // The navigation's unread count (3) is read too, and kept with when it was first seen.
    const worker = browser.context.serviceWorkers()[0];
    await expect
      .poll(() =>
        worker?.evaluate(async () => {
          const { history } = await chrome.storage.local.get('history');
          return (history as { messages?: { unread: number } } | undefined)?.messages?.unread;
        }),
      )
      .toBe(3);

    // The popup warns about the two from 20 hours on and lists them at the top; the toolbar badge counts them.
    const popup = await openPopup(browser);
    await popupComplete(popup);
    const warnings = popup.locator('.warning', { hasText: 'Invitation' });
    await expect.poll(() => warnings.count(), { timeout: 10_000 }).toBe(2);
    expect(
      await popup.locator('.warning.danger', { hasText: 'Invitation unanswered for over 24 hours' }).count(),
    ).toBe(1);
    expect(await popup.locator('.end-of-day-line').textContent()).toContain('2 invitations to answer');
    const badge = await worker?.evaluate(() => chrome.action.getBadgeText({}));
    expect(Number(badge)).toBeGreaterThanOrEqual(2);
  });

  it('offers the message asking the client to end a finished contract, copied with one click', async () => {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: 'https://www.upwork.com',
    });
    const page = await browser.context.newPage();
    await page.goto(demo('demo/contract-ready-to-end.html'));
    const hint = page.locator('main > [data-jss-guard="ask-feedback"]');
    await expect.poll(() => hint.count()).toBe(1);
    expect(await hint.locator('.hint strong').textContent()).toBe(
      'Time to ask the client to end the contract.',
    );
    const message = await hint.locator('textarea').inputValue();
    expect(message).toMatch(/^Hi Paper Plane, thank you for working with me on “Brand guidelines PDF”\./);
    await hint.getByRole('button', { name: 'Copy message' }).click();
    await expect.poll(() => hint.locator('[role="status"]').textContent()).toContain('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(message);
    // No hint that the contract is unfunded: every milestone is paid.
    expect(await page.locator('[data-jss-guard="unfunded"]').count()).toBe(0);

    // The message is edited once in the options, and the page copies the new one.
    const options = await browser.context.newPage();
    await options.goto((browser.popupUrl ?? '').replace('popup.html', 'options.html'));
    await options
      .locator('#askFeedbackMessage')
      .fill('Thanks {client}! Could you end “{contract}” and rate it?');
    await options.getByRole('button', { name: 'Save settings' }).click();
    const worker = browser.context.serviceWorkers()[0];
    await expect
      .poll(() =>
        worker?.evaluate(
          async () =>
            ((await chrome.storage.local.get('settings')).settings as { askFeedbackMessage?: string })
              ?.askFeedbackMessage,
        ),
      )
      .toMatch(/^Thanks \{client\}/);
    await page.reload();
    await expect
      .poll(() => page.locator('[data-jss-guard="ask-feedback"] textarea').inputValue(), { timeout: 10_000 })
      .toBe('Thanks Paper Plane! Could you end “Brand guidelines PDF” and rate it?');
  });

  it('warns on a fixed-price contract started with no funded milestone', async () => {
    const page = await browser.context.newPage();
    await page.goto(demo('pages/contract-fixed-unfunded.html'));
    const hint = page.locator('main > [data-jss-guard="unfunded"] .hint.danger');
    await expect.poll(() => hint.count()).toBe(1);
    expect(await hint.textContent()).toContain('No funded milestone.');
  });
});
