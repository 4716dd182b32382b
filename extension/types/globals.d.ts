// The little of the WebExtension API that Quotelens uses, typed for
// tsc --checkJs (no @types package: the registry's one lags MV3). Chrome's
// chrome.* and Firefox's browser.* both return promises in MV3.
declare namespace chrome {
  namespace tabs {
    interface Tab { id?: number; url?: string; active: boolean; title?: string; incognito?: boolean; windowId?: number }
  }
  namespace runtime {
    interface MessageSender { id?: string; tab?: tabs.Tab; url?: string }
    interface Port {
      name: string;
      sender?: MessageSender;
      postMessage(msg: unknown): void;
      disconnect(): void;
      onMessage: { addListener(fn: (msg: any, port: Port) => void): void };
      onDisconnect: { addListener(fn: (port: Port) => void): void };
    }
  }
}
interface WebExtensionAPI {
  runtime: {
    id: string;
    getURL(path: string): string;
    sendMessage(msg: unknown): Promise<any>;
    onMessage: { addListener(fn: (msg: any, sender: chrome.runtime.MessageSender, sendResponse: (r: unknown) => void) => boolean | void | Promise<unknown>): void };
    onInstalled: { addListener(fn: (details: { reason: string }) => void): void };
    connect(info: { name: string }): chrome.runtime.Port;
    onConnect: { addListener(fn: (port: chrome.runtime.Port) => void): void };
    lastError?: { message?: string };
  };
  storage: { local: {
    get(keys: string | string[] | null): Promise<Record<string, any>>;
    set(items: Record<string, unknown>): Promise<void>;
    remove(keys: string | string[]): Promise<void>;
  } };
  tabs: {
    query(q: { active?: boolean; currentWindow?: boolean; url?: string }): Promise<chrome.tabs.Tab[]>;
    sendMessage(tabId: number, msg: unknown): Promise<any>;
  };
  scripting: {
    executeScript<A extends unknown[]>(d: { target: { tabId: number }; files?: string[]; func?: (...args: A) => unknown; args?: A }): Promise<{ result?: any }[]>;
    insertCSS(d: { target: { tabId: number }; files: string[] }): Promise<void>;
    registerContentScripts(s: { id: string; matches: string[]; js?: string[]; css?: string[]; runAt?: string }[]): Promise<void>;
    unregisterContentScripts(f: { ids: string[] }): Promise<void>;
    getRegisteredContentScripts(f: { ids: string[] }): Promise<{ id: string }[]>;
  };
  contextMenus: {
    create(p: { id: string; title: string; contexts: string[] }): void;
    removeAll(cb?: () => void): void;
    onClicked: { addListener(fn: (info: { menuItemId: string | number }, tab?: chrome.tabs.Tab) => void): void };
  };
  commands: {
    getAll(): Promise<{ name?: string; shortcut?: string }[]>;
    onCommand: { addListener(fn: (command: string, tab?: chrome.tabs.Tab) => void): void };
  };
  permissions: {
    request(p: { origins: string[] }): Promise<boolean>;
    remove(p: { origins: string[] }): Promise<boolean>;
    getAll(): Promise<{ origins?: string[]; permissions?: string[] }>;
    contains(p: { origins: string[] }): Promise<boolean>;
    onRemoved: { addListener(fn: () => void): void };
  };
}
declare var chrome: WebExtensionAPI;
declare var browser: WebExtensionAPI | undefined;
interface Window { __qlPainted?: Promise<string> }
// Set by syumai/workers' glue and Go's wasm_exec.js.
declare var context: { binding: object } | undefined;
declare function tryCatch(fn: () => unknown): { result?: unknown; error?: unknown };
