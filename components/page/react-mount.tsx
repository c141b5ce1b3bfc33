/**
 * The on-demand part's React mounter (README, "Architecture"): the start part creates a UI's shadow host
 * (mount-ui.ts) and hands its body here to render a React UI. Every UI sits in an error boundary: a render error goes
 * to `onError` (the runner attributes it to the feature). Registered with the part (entrypoints/page-ui-on-demand.ts,
 * on-demand/part.ts `mountReact`); React is in this part only.
 */
import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { UiErrorBoundary } from './error-boundary';

export interface ReactMountOptions {
  featureId: string;
  onError: (error: unknown) => void;
  render: () => ReactNode;
  /** render in this task (flushSync), not in a later one */
  immediate: boolean;
}

const Render = ({ render }: { render: () => ReactNode }) => render();

/** Renders into `container`; returns the unmount. */
export function mountReact(container: HTMLElement, options: ReactMountOptions): () => void {
  const root = createRoot(container, {
    onCaughtError: () => undefined, // reported through the boundary
    onUncaughtError: (error) => options.onError(error),
    onRecoverableError: (error) => console.warn(`[seller-inbox:${options.featureId}] recovered:`, error),
  });
  const tree = (
    <UiErrorBoundary onError={options.onError}>
      <Render render={options.render} />
    </UiErrorBoundary>
  );
  if (options.immediate) flushSync(() => root.render(tree));
  else root.render(tree);
  let unmounted = false;
  return () => {
    if (unmounted) return;
    unmounted = true;
    root.unmount();
  };
}
