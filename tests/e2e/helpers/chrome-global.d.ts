/** The `chrome` global as seen by code that e2e tests evaluate inside extension pages (minimal). */
declare namespace chrome.runtime {
  interface ManifestV3 {
    manifest_version: number;
    permissions?: string[];
    host_permissions?: string[];
    externally_connectable?: unknown;
    content_scripts?: Array<{ matches?: string[]; js?: string[] }>;
    content_security_policy?: { extension_pages?: string };
  }
  function getManifest(): ManifestV3;
  function sendMessage(message: unknown): Promise<unknown>;
}
declare namespace chrome.storage.local {
  function set(items: Record<string, unknown>): Promise<void>;
}
declare namespace chrome.tabs {
  function query(queryInfo: { url?: string | string[]; active?: boolean; lastFocusedWindow?: boolean }): Promise<Array<{ id?: number; url?: string }>>;
  const onActivated: { addListener(fn: (info: { tabId: number; windowId: number }) => void): void };
}
declare namespace chrome.windows {
  const onFocusChanged: { addListener(fn: (windowId: number) => void): void };
}
