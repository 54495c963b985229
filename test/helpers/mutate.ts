import fc from 'fast-check';

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

/**
 * A page changed the ways Upwork's pages break: attributes gone, text replaced, nodes removed or moved, or nothing
 * left at all. It mutates a deep copy of `base`: jsdom keeps megabytes for every window it ever made, so thousands of
 * cases must not each parse a page of their own.
 */
export function mutatedCopy(base: Document): fc.Arbitrary<Document> {
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant([] as Mutation[]).map(() => emptied(base)) },
    {
      weight: 20,
      arbitrary: fc.array(mutation, { minLength: 1, maxLength: 25 }).map((mutations) => {
        const copy = base.cloneNode(true) as Document;
        for (const m of mutations) apply(copy, m);
        return copy;
      }),
    },
  );
}

function emptied(base: Document): Document {
  const copy = base.cloneNode(true) as Document;
  copy.documentElement.replaceChildren(copy.createElement('head'), copy.createElement('body'));
  return copy;
}
