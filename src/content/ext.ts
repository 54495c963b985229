/**
 * The few extension APIs the content script uses. Both return promises natively in Manifest V3 (Chrome's `chrome.*`
 * and Firefox's `browser.*`), so the content script, which runs in every Upwork tab, does without the 10 KiB
 * webextension-polyfill that the background, popup and options pages use.
 */
interface ContentScriptApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: {
    local: { get(keys: string): Promise<Record<string, unknown>> };
    onChanged: {
      addListener(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
    };
  };
}

const scope = globalThis as unknown as { browser?: ContentScriptApi; chrome?: ContentScriptApi };

export const ext: ContentScriptApi = (scope.browser ?? scope.chrome) as ContentScriptApi;
