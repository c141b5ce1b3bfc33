import { runInChromium } from '../in-chromium';
import type { MetricSource } from '../types';

interface PickerBench {
  buildMs: number; searchMedian: number; searchP95: number; keystrokes: number; backspaceP95: number;
  previewMedian: number; previewP95: number; policyMedian: number; policyP95: number;
}

const ms = (x: number) => Math.round(x * 100) / 100;

export const picker: MetricSource = async ({ root }) => {
  const r = await runInChromium<PickerBench>(`${root}/tests/bench/in-page/picker.bench.ts`);
  const note = `2,000 templates, ${r.keystrokes} keystrokes typing forward (backspace p95 ${ms(r.backspaceP95)} ms)`;
  return [
    { name: 'picker search per keystroke, median', value: ms(r.searchMedian), unit: 'ms', goal: 2, note },
    { name: 'picker search per keystroke, p95', value: ms(r.searchP95), unit: 'ms', goal: 8, note },
    { name: 'picker preview render, p95', value: ms(r.previewP95), unit: 'ms', goal: 4, note: `pickBody + render + highlight runs; median ${ms(r.previewMedian)} ms` },
    { name: 'picker index build (on open)', value: ms(r.buildMs), unit: 'ms', goal: 50, note: 'once per opening, 2,000 templates' },
    { name: 'picker preview policy check, p95', value: ms(r.policyP95), unit: 'ms', goal: 4, note: `in the background; median ${ms(r.policyMedian)} ms` },
  ];
};
