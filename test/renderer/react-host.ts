import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach } from 'vitest';

/**
 * A React root on a fresh element of the jsdom document for each test, unmounted after it: `render` draws
 * synchronously (inside act), `host()` is the element to query.
 */
export function reactHost(): { host: () => HTMLDivElement; render: (node: ReactNode) => void } {
  let element: HTMLDivElement | undefined;
  let root: Root | undefined;
  beforeEach(() => {
    element = document.createElement('div');
    document.body.append(element);
    root = createRoot(element);
  });
  afterEach(() => {
    act(() => root?.unmount());
    element?.remove();
  });
  return {
    host: () => {
      if (!element) throw new Error('reactHost: no test is running');
      return element;
    },
    render: (node) => act(() => root?.render(node)),
  };
}
