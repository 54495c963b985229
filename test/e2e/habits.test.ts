/// <reference types="chrome" />
import { describe, expect, it } from 'vitest';
import { type BrowserPage, inEachBrowser } from '../helpers/browser';
import { demoUrl } from '../helpers/demo';
import { openExtensionPage, openPopup, popupComplete } from '../helpers/popup';

const demo = demoUrl;

/** The hint of `kind` right after the link titled `title`: its marker's text and tone, or null. */
function besideLink(page: BrowserPage, kind: string, title: string) {
  return page.locator(`[data-jss-guard="${kind}"]`).evaluateAll((hosts, t: string) => {
    const host = hosts.find(
      (h) => h.previousElementSibling?.tagName === 'A' && h.previousElementSibling.textContent?.includes(t),
    );
    const marker = host?.shadowRoot?.querySelector('.marker');
    return marker ? { text: marker.textContent, tone: marker.getAttribute('class') } : null;
  }, title);
}

describe('the daily habits', () => {
  inEachBrowser('with JSS Guard loaded', { clipboardRead: true }, (browser) => {
    it('shows beside each invitation how long it has waited and how long is left of 24 hours', async () => {
      const page = await browser().newPage();
      await page.goto(demo('demo/proposals.html'));
      const hints = page.locator('[data-jss-guard="invitation-wait"]');
      await expect.poll(() => hints.count()).toBe(3);
      expect(await besideLink(page, 'invitation-wait', 'Chrome extension for a CRM')).toEqual({
        text: 'Waiting 3 hours · 21 hours left of 24 to reply',
        tone: 'marker info',
      });
      expect(await besideLink(page, 'invitation-wait', 'Stripe billing for a SaaS')).toEqual({
        text: '⚠ Waiting 21 hours · 3 hours left of 24 to reply',
        tone: 'marker warn',
      });
      expect(await besideLink(page, 'invitation-wait', 'Translate a Vue app to German')).toEqual({
        text: '⚠ Waiting 26 hours · past 24 hours: accept or decline now',
        tone: 'marker danger',
      });
      // The active proposal below is not an invitation.
      expect(
        await page
          .locator('a', { hasText: 'Rewrite a landing page' })
          .evaluateAll(
            (links) => links.filter((a) => a.nextElementSibling?.hasAttribute('data-jss-guard')).length,
          ),
      ).toBe(0);

      // The navigation's unread count (3) is read too, and kept with when it was first seen.
      await expect
        .poll(
          async () =>
            (
              (await browser().storage.get('history')).history as
                | { messages?: { unread: number } }
                | undefined
            )?.messages?.unread,
        )
        .toBe(3);

      // The popup warns about the two from 20 hours on and lists them at the top; the toolbar badge counts them.
      const popup = await openPopup(browser());
      await popupComplete(popup);
      const warnings = popup.locator('.warning', { hasText: 'Invitation' });
      await expect.poll(() => warnings.count(), { timeout: 10_000 }).toBe(2);
      expect(
        await popup
          .locator('.warning.danger', { hasText: 'Invitation unanswered for over 24 hours' })
          .count(),
      ).toBe(1);
      expect(await popup.locator('.end-of-day-line').textContent()).toContain('2 invitations to answer');
      const badge = await browser().inExtension(() => chrome.action.getBadgeText({}));
      expect(Number(badge)).toBeGreaterThanOrEqual(2);
    });

    it('offers the message asking the client to end a finished contract, copied with one click', async () => {
      const page = await browser().newPage();
      await page.goto(demo('demo/contract-ready-to-end.html'));
      const hint = page.locator('main > [data-jss-guard="ask-feedback"]');
      await expect.poll(() => hint.count()).toBe(1);
      expect(await hint.locator('.hint strong').textContent()).toBe(
        'Time to ask the client to end the contract.',
      );
      const message = (await hint.locator('textarea').inputValue()) ?? '';
      expect(message).toMatch(/^Hi Paper Plane, thank you for working with me on “Brand guidelines PDF”\./);
      await hint.locator('button', { hasText: 'Copy message' }).click();
      await expect.poll(() => hint.locator('[role="status"]').textContent()).toContain('Copied');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(message);
      // No hint that the contract is unfunded: every milestone is paid.
      expect(await page.locator('[data-jss-guard="unfunded"]').count()).toBe(0);

      // The message is edited once in the options, and the page copies the new one.
      const options = await openExtensionPage(browser(), 'options.html', { width: 1280, height: 900 });
      await options
        .locator('#askFeedbackMessage')
        .fill('Thanks {client}! Could you end “{contract}” and rate it?');
      await options.locator('button', { hasText: 'Save settings' }).click();
      await expect
        .poll(
          async () =>
            (
              (await browser().storage.get('settings')).settings as
                | { askFeedbackMessage?: string }
                | undefined
            )?.askFeedbackMessage,
        )
        .toMatch(/^Thanks \{client\}/);
      // And says so: the form used to be made anew by the save, and lost the word.
      await expect.poll(() => options.locator('#settings-status').textContent()).toContain('Saved.');
      await page.reload();
      await expect
        .poll(() => page.locator('[data-jss-guard="ask-feedback"] textarea').inputValue(), {
          timeout: 10_000,
        })
        .toBe('Thanks Paper Plane! Could you end “Brand guidelines PDF” and rate it?');
    });

    it('warns on a fixed-price contract started with no funded milestone', async () => {
      const page = await browser().newPage();
      await page.goto(demo('pages/contract-fixed-unfunded.html'));
      const hint = page.locator('main > [data-jss-guard="unfunded"] .hint.danger');
      await expect.poll(() => hint.count()).toBe(1);
      expect(await hint.textContent()).toContain('No funded milestone.');
    });
  });
});
