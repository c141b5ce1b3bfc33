/**
 * Loads a Seller Central fixture (tests/fixtures/seller-central/*.html) into a happy-dom Document at a
 * given URL. happy-dom does not parse declarative shadow DOM, so `<template shadowrootmode="open">`
 * is turned into a real open shadow root here. Custom elements stay un-upgraded, as on a page whose
 * Katal components have not loaded yet.
 */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';

function attachDeclarativeShadowRoots(root: ParentNode): void {
  for (const template of [...root.querySelectorAll('template[shadowrootmode]')] as HTMLTemplateElement[]) {
    const host = template.parentElement;
    if (!host) continue;
    const shadow = host.attachShadow({ mode: template.getAttribute('shadowrootmode') === 'closed' ? 'closed' : 'open' });
    shadow.append(template.content);
    template.remove();
    attachDeclarativeShadowRoots(shadow);
  }
}

export function loadFixture(name: string, url = 'https://sellercentral.amazon.com/messaging/inbox?fi=ALL'): Document {
  const window = new Window({ url });
  const doc = window.document as unknown as Document;
  doc.write(readFileSync(new URL(`../fixtures/seller-central/${name}`, import.meta.url), 'utf8'));
  attachDeclarativeShadowRoots(doc);
  return doc;
}

/** A Document from an HTML string (for small hand-made cases). */
export function loadHtml(html: string, url = 'https://sellercentral.amazon.com/home'): Document {
  const window = new Window({ url });
  const doc = window.document as unknown as Document;
  doc.write(html);
  attachDeclarativeShadowRoots(doc);
  return doc;
}
