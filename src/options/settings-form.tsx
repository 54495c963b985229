import { useState } from 'preact/hooks';
import { Settings as SettingsSchema } from '../core/schema/settings';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import { HINT_FIELDS, NUMBER_GROUPS } from './setting-fields';

/** What the form holds: numbers as typed (text) until they are validated. */
type Draft = Record<string, string | number | boolean>;

/** Every threshold with its default, validated before it is saved; saved settings apply at once everywhere. */
export function SettingsForm({
  settings,
  save,
}: {
  settings: Settings;
  save: (s: Settings) => Promise<void>;
}) {
  const [draft, setDraft] = useState<Draft>(() => ({ ...settings }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');

  const submit = async (event: Event) => {
    event.preventDefault();
    const candidate = Object.fromEntries(
      Object.entries(draft).map(([k, v]) => [
        k,
        typeof v === 'boolean' || typeof DEFAULT_SETTINGS[k as keyof Settings] === 'string'
          ? v
          : String(v).trim() === ''
            ? Number.NaN
            : Number(v),
      ]),
    );
    const parsed = SettingsSchema.safeParse(candidate);
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
      setStatus('Not saved: fix the fields marked below.');
      return;
    }
    setErrors({});
    await save(parsed.data);
    setStatus('Saved. JSS Guard uses these settings from now on.');
  };

  return (
    <form onSubmit={submit} aria-describedby="settings-status">
      <fieldset>
        <legend>Inline hints on Upwork</legend>
        {HINT_FIELDS.map((f) => (
          <label key={f.key} class="check">
            <input
              type="checkbox"
              checked={draft[f.key] === true}
              onChange={(e) => setDraft({ ...draft, [f.key]: e.currentTarget.checked })}
            />
            {f.label}
          </label>
        ))}
      </fieldset>
      {NUMBER_GROUPS.map((group) => (
        <fieldset key={group.title}>
          <legend>{group.title}</legend>
          {group.fields.map((f) => (
            <div key={f.key} class="field">
              <label for={f.key}>{f.label}</label>
              <input
                id={f.key}
                type="number"
                step={f.step}
                value={String(draft[f.key])}
                aria-invalid={errors[f.key] ? 'true' : undefined}
                aria-describedby={`${f.key}-help`}
                onInput={(e) => setDraft({ ...draft, [f.key]: e.currentTarget.value })}
              />
              <span id={`${f.key}-help`} class="help">
                {f.help} · default {Math.round(DEFAULT_SETTINGS[f.key] * 1000) / 1000}
                {errors[f.key] && <strong class="error"> · {errors[f.key]}</strong>}
              </span>
            </div>
          ))}
        </fieldset>
      ))}
      <fieldset>
        <legend>Asking a client to end a contract</legend>
        <div class="field message">
          <label for="askFeedbackMessage">The message a contract’s page copies for you</label>
          <textarea
            id="askFeedbackMessage"
            rows={5}
            maxLength={2000}
            value={String(draft.askFeedbackMessage)}
            aria-invalid={errors.askFeedbackMessage ? 'true' : undefined}
            aria-describedby="askFeedbackMessage-help"
            onInput={(e) => setDraft({ ...draft, askFeedbackMessage: e.currentTarget.value })}
          />
          <span id="askFeedbackMessage-help" class="help">
            {'{client}'} and {'{contract}'} become the client’s name and the contract’s title. JSS Guard only
            copies it; you paste and send it yourself.
            {errors.askFeedbackMessage && <strong class="error"> · {errors.askFeedbackMessage}</strong>}
          </span>
        </div>
      </fieldset>
      <div class="buttons">
        <button type="submit">Save settings</button>
        <button type="button" onClick={() => setDraft({ ...DEFAULT_SETTINGS })}>
          Reset to defaults
        </button>
        <span id="settings-status" role="status">
          {status}
        </span>
      </div>
    </form>
  );
}
