/** JSX typing for the kat-* custom elements and the reply composer host. */
import type { HTMLAttributes, Key, Ref } from 'react';

/** ARIA states as strings: React 19 writes `true` on a custom element as an empty attribute. */
export type KatProps = Omit<HTMLAttributes<HTMLElement>, 'aria-selected' | 'aria-busy' | 'aria-current'> & {
  'aria-selected'?: 'true' | 'false';
  'aria-busy'?: 'true' | 'false';
  'aria-current'?: string;
  ref?: Ref<HTMLElement>;
  key?: Key;
  href?: string;
  value?: string | number;
  variant?: string;
  type?: string;
  label?: string;
  header?: string;
  disabled?: boolean;
  placeholder?: string;
  name?: string;
  checked?: boolean;
  text?: string;
  total?: number;
  'items-per-page'?: number;
  page?: number;
  [data: `data-${string}`]: string | number | boolean | undefined;
};

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'kat-table': KatProps; 'kat-table-head': KatProps; 'kat-table-body': KatProps; 'kat-table-row': KatProps;
      'kat-table-cell': KatProps; 'kat-button': KatProps; 'kat-link': KatProps; 'kat-dropdown': KatProps;
      'kat-badge': KatProps; 'kat-star-rating': KatProps; 'kat-textarea': KatProps; 'kat-input': KatProps;
      'kat-alert': KatProps; 'kat-spinner': KatProps; 'kat-box': KatProps; 'kat-label': KatProps; 'kat-pagination': KatProps;
      'kat-radiobutton': KatProps;
      'bsm-case-list': KatProps;
      'bsm-reply-composer': KatProps; 'msg-composer-v2': KatProps;
      'my-app': KatProps; home: KatProps; 'feedback-summary': KatProps; 'feedback-list': KatProps;
      'kat-tabs': KatProps; 'kat-tab-pane': KatProps; 'kat-tab-header': KatProps; 'kat-tab': KatProps;
      'bsm-inbox-frame': KatProps; 'bsm-thread-frame': KatProps; 'bsm-row-host': KatProps;
    }
  }
}
