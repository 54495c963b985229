import { describe, expect, it } from 'vitest';
import { ContractsParse } from '../../src/core/schema/contract';
import { NavigationRead, ProposalsParse } from '../../src/core/schema/habits';
import { ParseResult } from '../../src/core/schema/parse-result';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { parsePage } from '../../src/pages';
import { readNavigation } from '../../src/pages/navigation';
import { documentFrom, fixture } from '../helpers/dom';

const U = 'https://www.upwork.com';
const NOW = '2026-11-25T12:00:00.000Z';
const PROPOSALS = `${U}/nx/proposals/`;
const proposals = (file: string, timeZone = 'UTC', url = PROPOSALS) =>
  ProposalsParse.parse(
    parsePage(documentFrom(fixture(`pages/${file}`), url), url, DEFAULT_SETTINGS, { now: NOW, timeZone }),
  );

describe('the invitations to interview on the proposals page', () => {
  it('reads each invitation with when it came, by attribute, and not the other sections’ proposals', () => {
    const result = proposals('proposals-sections.html', 'Asia/Tokyo');
    expect(result.invitations.map((i) => [i.id, i.title, i.receivedAt, i.precision])).toEqual([
      ['1999000000000000001', 'Build a Shopify app for bundles', '2026-11-25T01:30:00.000Z', 'minute'],
      ['1999000000000000002', 'React dashboard tweaks', '2026-11-25T09:15:00.000Z', 'minute'],
      ['1999000000000000003', 'Fix a Django migration', '2026-11-25T11:40:00.000Z', 'minute'],
    ]);
    expect(result.invitations[0]).toMatchObject({
      clientName: 'Harbor Goods',
      url: `${U}/nx/proposals/interview/1999000000000000001`,
    });
    // Markup in a name stays text.
    expect(result.invitations[1]?.clientName).toBe('Lumen <b>Labs</b>');
    expect(result.missed).toEqual([]);
  });

  it('reads a layout with no attributes by its words, in the freelancer’s time zone', () => {
    const ny = proposals('proposals-text-only.html', 'America/New_York');
    expect(ny.invitations.map((i) => [i.id, i.title, i.receivedAt, i.precision])).toEqual([
      // 9:30 PM on Nov 24 in New York is 02:30 UTC on Nov 25.
      ['1888000000000000011', 'WordPress speed audit', '2026-11-25T02:30:00.000Z', 'minute'],
      // "Yesterday" in New York (07:00 there) is Nov 24, from its start.
      ['1888000000000000012', 'Figma to Webflow', '2026-11-24T05:00:00.000Z', 'day'],
    ]);
    const kolkata = proposals('proposals-text-only.html', 'Asia/Kolkata');
    expect(kolkata.invitations[0]?.receivedAt).toBe('2026-11-24T16:00:00.000Z');
    // The offer and the active proposal are not invitations.
    expect(ny.invitations.map((i) => i.title)).not.toContain('Data cleanup in Airtable');
    // Nor when the cards sit in one more wrapper, their headings plain divs.
    const wrapped = fixture('pages/proposals-text-only.html')
      .replace('<main>', '<main><div class="wrapper">')
      .replace('</main>', '</div></main>');
    const url = PROPOSALS;
    const result = ProposalsParse.parse(
      parsePage(documentFrom(wrapped, url), url, DEFAULT_SETTINGS, { now: NOW, timeZone: 'UTC' }),
    );
    expect(result.invitations.map((i) => i.title)).toEqual(['WordPress speed audit', 'Figma to Webflow']);
  });

  it('reads relative times in a table', () => {
    const result = proposals('proposals-relative.html');
    expect(result.invitations.map((i) => [i.title, i.receivedAt, i.precision])).toEqual([
      ['Chrome extension bug fix', '2026-11-25T07:00:00.000Z', 'hour'],
      ['API integration (Stripe)', '2026-11-24T15:00:00.000Z', 'hour'],
      ['Translate a Vue app', '2026-11-23T12:00:00.000Z', 'day'],
    ]);
  });

  it('says the invitations could not be read on a page without their section', () => {
    const result = proposals('proposals-changed.html');
    expect(result).toMatchObject({ invitations: [], missed: ['invitations'] });
  });

  it('says which rows it missed when the heading counts more than it read, and a time it could not read', () => {
    const html = fixture('pages/proposals-relative.html')
      .replace('(3)', '(4)')
      .replace('Invited 2 days ago', 'Invited sometime');
    const url = PROPOSALS;
    const result = ProposalsParse.parse(
      parsePage(documentFrom(html, url), url, DEFAULT_SETTINGS, { now: NOW, timeZone: 'UTC' }),
    );
    expect(result.invitations[2]).toMatchObject({ receivedAt: null, precision: null });
    expect(result.missed).toEqual(['invitations.2.receivedAt', 'invitations.3']);
  });

  it('is a result the background takes', () => {
    expect(ParseResult.safeParse(proposals('proposals-sections.html')).success).toBe(true);
  });
});

const nav = (body: string) =>
  NavigationRead.parse(readNavigation(documentFrom(body, `${U}/nx/find-work/`), `${U}/nx/find-work/`));

describe('the unread-messages count in Upwork’s navigation', () => {
  it('reads a badge inside the Messages link', () => {
    expect(nav(fixture('pages/proposals-sections.html')).unreadMessages).toBe(2);
  });

  it('reads an icon-only link by its label', () => {
    expect(
      nav('<header><a href="/ab/messages/" aria-label="Messages, 3 unread"><svg></svg></a></header>')
        .unreadMessages,
    ).toBe(3);
  });

  it('reads a counter beside the link, and "99+" as at least 99', () => {
    expect(
      nav(
        '<nav><ul><li><a href="/ab/messages/rooms/">Messages</a><span class="counter">12</span></li>' +
          '<li><a href="/nx/notifications">Alerts</a><span class="badge">5</span></li></ul></nav>',
      ).unreadMessages,
    ).toBe(12);
    expect(
      nav('<nav><div><a href="/nx/messages/">Messages</a><span class="air3-badge">99+</span></div></nav>')
        .unreadMessages,
    ).toBe(99);
  });

  it('does not take the notifications’ count for the messages’', () => {
    expect(
      nav(
        '<header><div><a href="/ab/messages/">Messages</a><a href="/nx/notifications">Alerts <span class="badge">5</span></a></div></header>',
      ).unreadMessages,
    ).toBe(0);
  });

  it('reads a link found only by its words; no count there means none unread', () => {
    expect(nav('<header><a href="#" role="button">Messages</a></header>').unreadMessages).toBe(0);
  });

  it('says it could not read the count where there is no Messages link (logged out, or Upwork changed it)', () => {
    expect(nav('<header><a href="/login">Log in</a></header><main>Messages</main>')).toMatchObject({
      unreadMessages: null,
      missed: ['unreadMessages'],
    });
  });
});

const contract = (file: string, id: string) => {
  const url = `${U}/nx/wm/contracts/${id}`;
  const result = ContractsParse.parse(
    parsePage(documentFrom(fixture(`pages/${file}`), url), url, DEFAULT_SETTINGS),
  );
  return { contract: result.contracts[0], missed: result.missed };
};

describe('a fixed-price contract’s milestones', () => {
  it('reads every milestone paid from status attributes', () => {
    const { contract: c, missed } = contract('contract-fixed-all-paid.html', '42000001');
    expect(c).toMatchObject({ kind: 'fixed', status: 'active', earnings: 1500 });
    expect(c?.funding).toEqual({ milestones: 3, paid: 3, inEscrow: false, allPaid: true });
    expect(missed).toEqual([]);
  });

  it('reads milestones not funded from a list with no attributes', () => {
    const { contract: c } = contract('contract-fixed-unfunded.html', '42000002');
    expect(c).toMatchObject({ kind: 'fixed', status: 'active', clientName: 'Orbit Apps' });
    expect(c?.funding).toEqual({ milestones: 2, paid: 0, inEscrow: false, allPaid: false });
  });

  it('reads one milestone paid and one funded', () => {
    const { contract: c } = contract('contract-fixed-funded.html', '42000003');
    expect(c?.funding).toEqual({ milestones: 2, paid: 1, inEscrow: true, allPaid: false });
  });

  it('reads the summary’s figures where there is no list', () => {
    const { contract: c } = contract('contract-fixed-summary.html', '42000004');
    expect(c?.funding).toEqual({ milestones: null, paid: null, inEscrow: false, allPaid: true });
  });

  it('says the funding was missed on an active fixed-price page that shows none, and reads none on hourly ones', () => {
    const html = fixture('pages/contract-fixed-unfunded.html').replaceAll('Not funded', 'Icon');
    const url = `${U}/nx/wm/contracts/42000005`;
    const result = ContractsParse.parse(parsePage(documentFrom(html, url), url, DEFAULT_SETTINGS));
    expect(result.contracts[0]?.funding).toBeNull();
    expect(result.missed).toContain('contracts.0.funding');
    const hourly = contract('contract-active-idle.html', '41000001');
    expect(hourly.contract?.funding).toBeUndefined();
    expect(hourly.missed).not.toContain('contracts.0.funding');
  });
});
