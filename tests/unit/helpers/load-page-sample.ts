/**
 * Loads a page sample (lib/seller-central/page-sample.ts; tests/fixtures/pages/*.html) into a happy-dom
 * Document, as Chromium does when it opens the file: happy-dom does not parse declarative shadow DOM,
 * so every `<template data-si-sample="shadow-root">` becomes a real shadow root of its parent here
 * (closed ones open when `openClosed` is set, so that a test can look inside). Inlined frames
 * (`<iframe data-si-sample="frame">` and the `<template data-si-sample="frame-document">` after it) load
 * with `frameDocument`.
 */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';

export interface LoadOptions {
  /** the page's URL (the sample's links are paths, relative to it) */
  url?: string;
  /** attach closed shadow roots as open ones */
  openClosed?: boolean;
}

const SHADOW_TEMPLATE = 'template[data-si-sample="shadow-root"]';

function attachShadowRoots(root: ParentNode, openClosed: boolean): number {
  let attached = 0;
  for (const template of [...root.querySelectorAll(SHADOW_TEMPLATE)] as HTMLTemplateElement[]) {
    const host = template.parentElement;
    if (!host || host.shadowRoot) continue;
    const closed = template.getAttribute('shadowrootmode') === 'closed' && !openClosed;
    const shadow = host.attachShadow({ mode: closed ? 'closed' : 'open' });
    shadow.append(template.content);
    template.remove();
    attached += 1 + attachShadowRoots(shadow, openClosed);
  }
  return attached;
}

export function loadPageSampleHtml(html: string, options: LoadOptions = {}): Document {
  const window = new Window({ url: options.url ?? 'https://sellercentral.amazon.com/messaging/inbox' });
  const doc = window.document as unknown as Document;
  doc.write(html);
  attachShadowRoots(doc, options.openClosed ?? false);
  return doc;
}

/** A fixture of tests/fixtures/pages/. */
export function loadPageSample(name: string, options: LoadOptions = {}): Document {
  return loadPageSampleHtml(readFileSync(new URL(`../../fixtures/pages/${name}`, import.meta.url), 'utf8'), options);
}

/** The document of an inlined same-origin frame of a sample, as its own Document (shadow roots attached). */
export function frameDocument(frame: Element, options: LoadOptions = {}): Document {
  const template = frame.nextElementSibling;
  if (frame.getAttribute('data-si-sample') !== 'frame' || !(template instanceof frame.ownerDocument.defaultView!.HTMLTemplateElement)
    || template.getAttribute('data-si-sample') !== 'frame-document') throw new Error('not an inlined frame of a page sample');
  const content = template.content;
  const html = content.querySelector('si-frame-html');
  const doc = loadPageSampleHtml('<!DOCTYPE html><html><head></head><body></body></html>', options);
  for (const { name, value } of Array.from(html?.attributes ?? [])) doc.documentElement.setAttribute(name, value);
  doc.head.append(...Array.from(content.querySelector('si-frame-head')?.childNodes ?? []));
  const body = content.querySelector('si-frame-body');
  for (const { name, value } of Array.from(body?.attributes ?? [])) doc.body.setAttribute(name, value);
  doc.body.append(...Array.from(body?.childNodes ?? []));
  attachShadowRoots(doc, options.openClosed ?? false);
  return doc;
}
