import { useState } from 'preact/hooks';
import type { Contract } from '../core/schema/contract';
import type { StoredContract } from '../core/schema/history';
import { ContractPicker } from './contract-picker';

type Edit = Partial<Contract> & Pick<Contract, 'id'>;

const blank = {
  id: '',
  title: '',
  clientName: '',
  status: 'ended',
  endedBy: 'client',
  earnings: '',
  feedbackReceived: '',
  startedAt: '',
  endedAt: '',
};

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());
const numberOrNull = (text: string) => (text.trim() === '' ? null : Number(text));

/**
 * Correct what JSS Guard read (who ended a contract, the feedback, the earnings) or add a contract it never saw.
 * A correction is kept as yours and wins over later reads of Upwork's pages.
 */
export function ContractsEditor({
  contracts,
  save,
}: {
  contracts: StoredContract[];
  save: (edit: Edit) => Promise<string | null>;
}) {
  const [form, setForm] = useState(blank);
  const [status, setStatus] = useState('');
  const field = (key: keyof typeof blank) => ({
    value: form[key],
    onInput: (e: Event) => setForm({ ...form, [key]: (e.currentTarget as HTMLInputElement).value }),
  });
  const pick = (c: StoredContract) =>
    setForm({
      id: c.id,
      title: c.title ?? '',
      clientName: c.clientName ?? '',
      status: c.status ?? 'ended',
      endedBy: c.endedBy ?? 'unknown',
      earnings: c.earnings === null ? '' : String(c.earnings),
      feedbackReceived: c.feedbackReceived === null ? '' : String(c.feedbackReceived),
      startedAt: c.startedAt ?? '',
      endedAt: c.endedAt ?? '',
    });
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!form.id.trim()) {
      setStatus('Give the contract’s id: the number at the end of its address on Upwork.');
      return;
    }
    const error = await save({
      id: form.id.trim(),
      title: orNull(form.title),
      clientName: orNull(form.clientName),
      status: form.status as Contract['status'],
      endedBy: form.endedBy as Contract['endedBy'],
      earnings: numberOrNull(form.earnings),
      feedbackReceived: numberOrNull(form.feedbackReceived),
      startedAt: orNull(form.startedAt),
      endedAt: orNull(form.endedAt),
    });
    setStatus(error ? `Not saved: ${error}` : `Saved contract ${form.id.trim()} as corrected by you.`);
  };
  return (
    <div class="contracts-editor">
      <ContractPicker contracts={contracts} pick={pick} />
      <form onSubmit={submit}>
        <div class="grid">
          <label>
            Contract id
            <input {...field('id')} inputMode="numeric" />
          </label>
          <label>
            Title
            <input {...field('title')} />
          </label>
          <label>
            Client
            <input {...field('clientName')} />
          </label>
          <label>
            Status
            <select {...field('status')}>
              <option value="active">active</option>
              <option value="paused">paused</option>
              <option value="ended">ended</option>
              <option value="unknown">not known</option>
            </select>
          </label>
          <label>
            Ended by
            <select {...field('endedBy')}>
              <option value="client">the client</option>
              <option value="freelancer">you</option>
              <option value="unknown">not known</option>
            </select>
          </label>
          <label>
            Earnings (USD)
            <input {...field('earnings')} type="number" min="0" step="0.01" />
          </label>
          <label>
            Client’s feedback (0–5, empty for none)
            <input {...field('feedbackReceived')} type="number" min="0" max="5" step="0.1" />
          </label>
          <label>
            Started (YYYY-MM-DD)
            <input {...field('startedAt')} placeholder="2026-03-01" />
          </label>
          <label>
            Ended (YYYY-MM-DD)
            <input {...field('endedAt')} placeholder="2026-05-20" />
          </label>
        </div>
        <div class="buttons">
          <button type="submit">Save contract</button>
          <button type="button" onClick={() => setForm(blank)}>
            New contract
          </button>
          <span role="status">{status}</span>
        </div>
      </form>
    </div>
  );
}
