import fc from 'fast-check';
import { JSDOM } from 'jsdom';

/** Text a hostile or broken page could hold where Upwork puts a figure or a name. */
const HOSTILE_TEXT = [
  '',
  '$99999999999K total spent',
  '1e308 jobs posted',
  '-5 hires, -1 active',
  'Rating is 77 out of 5.',
  '999% hire rate',
  'Member since Feb 31, 2024',
  '\u202Eمرحبا بالعالم',
  '👩🏽‍💻✨ 4.9 ★',
  '<img src=x onerror=alert(1)>',
  '</style><script>alert(1)</script>',
  'javascript:alert(1)',
  'A'.repeat(5000),
  'NaN of undefined reviews',
];

type Mutation =
  | { kind: 'drop-attribute'; at: number }
  | { kind: 'set-text'; at: number; text: string }
  | { kind: 'remove-node'; at: number }
  | { kind: 'move-node'; at: number; to: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('drop-attribute' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('set-text' as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...HOSTILE_TEXT), fc.string()),
  }),
  fc.record({ kind: fc.constant('remove-node' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('move-node' as const), at: fc.nat(), to: fc.nat() }),
);

function apply(doc: Document, m: Mutation): void {
  const elements = [...doc.body.querySelectorAll('*')];
  if (elements.length === 0) return;
  const el = elements[m.at % elements.length] as Element;
  switch (m.kind) {
    case 'drop-attribute': {
      const name = el.getAttributeNames()[m.at % Math.max(1, el.getAttributeNames().length)];
      if (name) el.removeAttribute(name);
      break;
    }
    case 'set-text':
      el.textContent = m.text;
      break;
    case 'remove-node':
      el.remove();
      break;
    case 'move-node': {
      const target = elements[m.to % elements.length] as Element;
      if (!el.contains(target)) target.append(el);
      break;
    }
  }
}

/** A page changed the ways Upwork's pages break: attributes gone, text replaced, nodes removed or moved. */
export function mutatedPage(html: string): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant('') },
    {
      weight: 20,
      arbitrary: fc.array(mutation, { minLength: 1, maxLength: 25 }).map((mutations) => {
        const { window } = new JSDOM(html);
        for (const m of mutations) apply(window.document, m);
        const page = window.document.documentElement.outerHTML;
        // jsdom windows hold on to a lot until closed: thousands of cases would exhaust the heap.
        window.close();
        return page;
      }),
    },
  );
}
