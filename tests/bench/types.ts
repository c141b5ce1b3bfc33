export interface Metric {
  name: string;
  value: number;
  unit: string;
  goal: number;
  /** 'max': value must be <= goal (default); 'min': value must be >= goal */
  direction?: 'max' | 'min';
  note?: string;
}

export interface BenchContext {
  root: string;
  extensionDir: string;
}

export type MetricSource = (ctx: BenchContext) => Promise<Metric[]>;
