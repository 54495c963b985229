/**
 * The few extension APIs the content script and the popup use. All return promises natively in Manifest V3
 * (Chrome's `chrome.*` and Firefox's `browser.*`), so these two, which run on every Upwork page and every popup
 * open, do without the 10 KiB webextension-polyfill that the background and options pages use.
 */
interface Ext {
  runtime: {
    /** Undefined once the extension is reloaded or removed under a page's content script. */
    id?: string;
    sendMessage(message: unknown): Promise<unknown>;
    /** A listener answers through `sendResponse`: at once, or later when it returned true. */
    onMessage?: {
      addListener(
        listener: (
          message: unknown,
          sender: { id?: string },
          sendResponse: (reply: unknown) => void,
        ) => true | undefined,
      ): void;
    };
  };
  storage: {
    local: { get(keys: string | string[]): Promise<Record<string, unknown>> };
    onChanged: {
      addListener(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
    };
  };
  tabs: {
    query(query: { active: boolean; currentWindow: boolean }): Promise<{ id?: number; url?: string }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
    get(tabId: number): Promise<{ id?: number; url?: string }>;
  };
}

const scope = globalThis as unknown as { browser?: Ext; chrome?: Ext };

export const ext: Ext = (scope.browser ?? scope.chrome) as Ext;
