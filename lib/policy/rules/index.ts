/** The registry of policy rules, in the order their findings are reported. */
import type { Rule } from '../types';
import { emailAddress } from './email-address';
import { emoji } from './emoji';
import { externalLink } from './external-link';
import { html } from './html';
import { importantMisuse } from './important-misuse';
import { languageMismatch } from './language-mismatch';
import { marketing } from './marketing';
import { offAmazonChannel } from './off-amazon-channel';
import { phoneNumber } from './phone-number';
import { repeatReviewRequest } from './repeat-review-request';
import { reviewManipulation } from './review-manipulation';
import { shippingConfirmation } from './shipping-confirmation';
import { thankYouOnly } from './thank-you-only';

export const RULES: readonly Rule[] = [
  externalLink, emailAddress, phoneNumber, offAmazonChannel, marketing, reviewManipulation,
  repeatReviewRequest, thankYouOnly, shippingConfirmation, importantMisuse, html, emoji, languageMismatch,
];

export const ruleById = (id: string): Rule | undefined => RULES.find((r) => r.id === id);
