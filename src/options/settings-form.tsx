import { useState } from 'preact/hooks';
import { Settings as SettingsSchema } from '../core/schema/settings';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import { HINT_FIELDS, NUMBER_GROUPS, type NumberField, RULE_CHOICES } from './setting-fields';
import { formatShare, parseShare } from './share';

/** What the form holds: numbers as typed (text) until they are validated. */
type Draft = Record<string, string | number | boolean>;

const FIELDS = new Map(NUMBER_GROUPS.flatMap((g) => g.fields.map((f) => [f.key, f] as const)));

/** The value as the field shows it: a share as "1/3", anything else as the number. */
const shown = (field: NumberField, value: string | number | boolean) =>
  field.unit === 'share' && typeof value === 'number' ? formatShare(value) : String(value);

/** The default, with its unit where the number alone would not say it. */
function defaultText(field: NumberField): string {
  const value = DEFAULT_SETTINGS[field.key];
  if (field.unit === 'usd') return `$${value.toLocaleString('en-US')}`;
  if (field.unit === 'share') return formatShare(value);
  return String(Math.round(value * 1000) / 1000);
}

/** A draft value as the schema checks it: text becomes a number (a share parsed as typed), the rest stays. */
function typed(key: string, value: string | number | boolean): unknown {
  // Booleans and choices (the rule set, and any other setting whose default is text) stay as they are.
  if (typeof value === 'boolean' || typeof DEFAULT_SETTINGS[key as keyof Settings] === 'string') return value;
  if (FIELDS.get(key as NumberField['key'])?.unit === 'share' && typeof value === 'string')
    return parseShare(value);
  return String(value).trim() === '' ? Number.NaN : Number(value);
}

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
  // Settings changed elsewhere (the one-click rule switch, another tab) replace the draft; the form is not made
  // anew for them, which lost "Saved." the moment a save changed the settings.
  const [draftOf, setDraftOf] = useState(settings);
  if (draftOf !== settings && JSON.stringify(draftOf) !== JSON.stringify(settings)) {
    setDraftOf(settings);
    setDraft({ ...settings });
    setErrors({});
  }

  const submit = async (event: Event) => {
    event.preventDefault();
    const candidate = Object.fromEntries(Object.entries(draft).map(([k, v]) => [k, typed(k, v)]));
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
      <fieldset id="jss-rules" aria-describedby="jss-rules-help">
        <legend>Job Success model: which rules the projection follows</legend>
        {RULE_CHOICES.map((choice) => (
          <label key={choice.value} class="check rule-choice">
            <input
              type="radio"
              name="jssRules"
              value={choice.value}
              checked={draft.jssRules === choice.value}
              onChange={() => setDraft({ ...draft, jssRules: choice.value })}
            />
            <span>
              {choice.label}
              {choice.value === DEFAULT_SETTINGS.jssRules && ' — default'}
              <span class="help">{choice.help}</span>
            </span>
          </label>
        ))}
        <p id="jss-rules-help" class="help">
          JSS Guard keeps the projection of both each time it sees a new score, so you can compare them with
          the score Upwork shows.
        </p>
      </fieldset>
      {NUMBER_GROUPS.map((group) => (
        <fieldset key={group.title}>
          <legend>{group.title}</legend>
          {group.fields.map((f) => (
            <div key={f.key} class="field">
              <label for={f.key}>{f.label}</label>
              <input
                id={f.key}
                type={f.unit === 'share' ? 'text' : 'number'}
                inputMode={f.unit === 'share' ? 'text' : 'decimal'}
                step={f.unit === 'share' ? undefined : f.step}
                value={shown(f, draft[f.key] ?? '')}
                aria-invalid={errors[f.key] ? 'true' : undefined}
                aria-describedby={`${f.key}-help`}
                onInput={(e) => setDraft({ ...draft, [f.key]: e.currentTarget.value })}
              />
              <span id={`${f.key}-help`} class="help">
                {f.help} · default {defaultText(f)}
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
