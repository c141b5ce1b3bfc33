/**
 * The replica's Seller Central single-page app. Reads `#sc-bootstrap`, renders the header bar and the page
 * for `location.pathname` into `#sc-content-root`, and navigates in-app. The kat-* elements are defined
 * late on purpose (see kat-elements.ts).
 */
import './kat-jsx';
import { createRoot } from 'react-dom/client';
import { LATE_UPGRADE_MS } from '../server/markup-variants';
import { LOCALE_TAG } from './boot';
import { Header } from './header';
import { defineKatElementsLater } from './kat-elements';
import { V } from './markup';
import { LIST_FRAME_PATH, ListFramePage } from './pages/inbox-v3/list-frame';
import { PageView } from './pages/page-view';
import { startRouter } from './router';
import { PAGE_CSS } from './styles';

function mountPoint(id: string, before: Element | null, tag = 'div'): HTMLElement {
  const existing = document.getElementById(id);
  if (existing) return existing;
  const node = document.createElement(tag);
  node.id = id;
  if (before?.parentNode) before.parentNode.insertBefore(node, before);
  else document.body.append(node);
  return node;
}

function start(): void {
  const style = document.createElement('style');
  style.id = 'sc-page-css';
  style.textContent = PAGE_CSS;
  document.head.append(style);
  document.documentElement.lang = LOCALE_TAG;

  const content = mountPoint('sc-content-root', null);
  startRouter();
  if (location.pathname === LIST_FRAME_PATH) {
    // inbox v3 'v3-iframe': the frame's document holds only the case list
    document.getElementById('sc-navbar')?.remove();
    createRoot(content).render(<ListFramePage />);
  } else {
    const header = mountPoint('sc-navbar', content, 'header');
    header.classList.add('sc-navbar');
    header.replaceChildren();
    createRoot(header).render(<Header />);
    createRoot(content).render(<PageView />);
  }
  void defineKatElementsLater(V.lateUpgrade ? LATE_UPGRADE_MS : 60 + Math.floor(Math.random() * 90), { shadow: !V.noShadow });
}

start();
