/**
 * Every in-page feature, in start order. To add one: create components/features/<id>/index.ts(x)
 * exporting `defineFeature({ id, pages, init })` and list it here.
 */
import type { Feature } from '../page/feature';
import hello from './hello';

export const FEATURES: readonly Feature[] = [hello];
