/**
 * "Save page sample" in the page UI: builds the sample of this page (lib/seller-central/page-sample.ts,
 * closed shadow roots opened with the extension's dom.openOrClosedShadowRoot) and offers it as a file
 * download: a Blob URL and an `<a download>` clicked inside our own shadow root. No `downloads`
 * permission, nothing sent anywhere; the browser saves it where the seller's download settings say.
 */
import { browser } from 'wxt/browser';
import { sampleFileName, samplePageWithStats } from '../../lib/seller-central/page-sample';

export interface SavedSample {
  fileName: string;
  elements: number;
}

function extensionVersion(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return 'unknown'; // the extension was updated or removed under this page
  }
}

type Opener = (element: Element) => ShadowRoot | null;

/** dom.openOrClosedShadowRoot (Chrome 88+), when this context has it. */
function shadowOpener(): Opener | undefined {
  let open: ((element: HTMLElement) => ShadowRoot | null) | undefined;
  try {
    open = browser.dom?.openOrClosedShadowRoot?.bind(browser.dom);
  } catch {
    open = undefined;
  }
  if (!open) return undefined;
  const opener = open;
  return (element) => {
    try {
      return opener(element as HTMLElement) ?? null;
    } catch {
      return null; // not an element that can host a shadow root
    }
  };
}

/** Offers `text` as a file download from inside our own UI (a closed shadow root). */
export function downloadText(doc: Document, fileName: string, text: string, type = 'text/html;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const host = doc.createElement('seller-inbox-download');
  host.setAttribute('data-si', 'download');
  const shadow = host.attachShadow({ mode: 'closed' });
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  // the page's own click handlers (in-app routers) have no business with it
  link.addEventListener('click', (event) => event.stopPropagation());
  shadow.append(link);
  doc.documentElement.append(host);
  link.click();
  host.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function savePageSample(pageKind: string, doc: Document = document, now = new Date()): SavedSample {
  const opener = shadowOpener();
  const sample = samplePageWithStats(doc, { version: extensionVersion(), now, pageKind, ...(opener ? { openShadowRoot: opener } : {}) });
  const fileName = sampleFileName(pageKind, now);
  downloadText(doc, fileName, sample.html);
  return { fileName, elements: sample.elements };
}
