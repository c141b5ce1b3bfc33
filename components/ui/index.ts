/** The shared UI kit of the popup and the options page. Styles: ./ui.css (import it once per page). */
export { Button, IconButton, buttonClass, type ButtonProps, type ButtonVariant } from './Button';
export { Field, Input, Select, type SelectOption } from './Field';
export { Toggle } from './Toggle';
export { Tabs, type TabItem } from './Tabs';
export { Table, type Column } from './Table';
export { Badge, type BadgeTone } from './Badge';
export { Card } from './Card';
export { EmptyState } from './EmptyState';
export { ToastProvider, useToast, type ToastOptions } from './Toast';
export { ConfirmDialog, Dialog } from './ConfirmDialog';
export { FileDrop } from './FileDrop';
export { KeyCapture, Keys } from './KeyCapture';
export { Icon, type IconName } from './icons';
export { shortcutFromEvent, matchesShortcut, isShortcut, hasCommandModifier } from './shortcut';
