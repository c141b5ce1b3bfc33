import { runInChromium } from '../in-chromium';
import type { MetricSource } from '../types';

export const textChecks: MetricSource = async ({ root }) => {
  const r = await runInChromium<{ classify: number; policy: number }>(`${root}/tests/bench/in-page/text-checks.bench.ts`);
  const us = (ms: number) => Math.round(ms * 1000);
  return [
    { name: 'classify one buyer message', value: us(r.classify), unit: 'µs', goal: 50 },
    { name: 'policy check, 1,000-character message', value: us(r.policy), unit: 'µs', goal: 200 },
  ];
};
