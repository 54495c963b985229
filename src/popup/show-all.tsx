/** Under a list cut at its first `first`: "Show all 372 warnings", then "Show fewer" once all are shown. */
export function ShowAll({
  total,
  first,
  noun,
  all,
  toggle,
}: {
  total: number;
  first: number;
  noun: string;
  all: boolean;
  toggle: () => void;
}) {
  if (total <= first) return null;
  return (
    <button type="button" class="link-button" onClick={toggle}>
      {all ? 'Show fewer' : `Show all ${total} ${noun}`}
    </button>
  );
}
