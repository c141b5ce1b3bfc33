import dev from '../fixtures/policy/dev.json';
import holdout from '../fixtures/policy/holdout.json';
import { describe as describeRates, rates } from '../fixtures/policy/rates';
import type { Case } from '../fixtures/policy/rates';

describe('policy corpus rates', () => {
  it('catches >= 95% of dev violations with <= 5% false alarms', () => {
    const r = rates(dev.cases as Case[]);
    console.log(describeRates('dev', r));
    for (const m of [...r.missed, ...r.alarms]) console.log(`  ${m.c.id} ${m.got.verdict}: ${m.c.text}`);
    expect(r.violations).toBeGreaterThanOrEqual(100);
    expect(r.compliant).toBeGreaterThanOrEqual(100);
    expect(r.catchRate).toBeGreaterThanOrEqual(0.95);
    expect(r.falseAlarmRate).toBeLessThanOrEqual(0.05);
  });
  it('reports the held-out rates (not tuned on, not asserted)', () => {
    const r = rates(holdout.cases as Case[]);
    console.log(describeRates('holdout', r));
    expect(r.violations).toBeGreaterThanOrEqual(120);
    expect(r.compliant).toBeGreaterThanOrEqual(120);
  });
});
