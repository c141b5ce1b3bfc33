/** All phrase books by message language. */
import type { Language } from '../../../lib/model';
import { DE } from './phrases-de';
import { EN } from './phrases-en';
import { ES } from './phrases-es';
import { FR } from './phrases-fr';
import { IT } from './phrases-it';
import { JA } from './phrases-ja';
import type { PhraseBook } from './phrases-types';

export const PHRASES: Record<Language, PhraseBook> = { en: EN, de: DE, fr: FR, it: IT, es: ES, ja: JA };

/** Fill `{key}` placeholders; unknown keys are left as they are. */
export const fill = (text: string, values: Record<string, string>): string =>
  text.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
