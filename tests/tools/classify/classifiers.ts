/** The three classifiers measured side by side: the keyword rules, the trained model, and both (as shipped). */
import { classifyByRules, classifyMessage } from '../../../lib/classify/index.ts';
import { predictWith, top } from '../../../lib/classify/model/linear.ts';
import { shippedModel } from './model-file.ts';
import type { Classifier } from './evaluate.ts';

export const CLASSIFIERS: Record<'rules' | 'model' | 'combined', Classifier> = {
  rules: (t) => classifyByRules(t),
  model: (t) => {
    const { label } = top(predictWith(shippedModel(), t));
    return label === 'notice' ? { category: 'other', system: true } : { category: label };
  },
  combined: (t) => classifyMessage(shippedModel(), t),
};
