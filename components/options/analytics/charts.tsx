/** The Analytics section's charts (recharts: only the options page loads this file, lazily). */
import type { ReactNode } from 'react';
import {
  Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis,
} from 'recharts';

export const COLORS = {
  accent: '#0f766e', accentSoft: '#5eead4', slate: '#64748b', late: '#dc2626', lateSoft: '#fca5a5', amber: '#d97706', grid: '#e2e8f0', text: '#64748b',
};

const axis = { fontSize: 11, fill: COLORS.text };
const tooltipStyle = { fontSize: 12, borderRadius: 6, border: '1px solid #e2e8f0', boxShadow: '0 4px 12px rgb(15 23 42 / 0.08)' };

/**
 * The legend: each series' colour and name. Our own (recharts' default labels each icon "… legend icon" in English
 * for screen readers, in every UI language); the colour is decoration, the name is the text.
 */
function LegendItems({ payload }: { payload?: ReadonlyArray<{ value?: unknown; color?: string }> }) {
  return (
    <ul style={{ display: 'flex', justifyContent: 'center', gap: 14, listStyle: 'none', margin: 0, padding: 0, fontSize: 12 }}>
      {(payload ?? []).map((p) => (
        <li key={String(p.value)} style={{ display: 'inline-flex', alignItems: 'center', gap: 5, color: COLORS.text }}>
          <span aria-hidden="true" style={{ width: 10, height: 10, borderRadius: 2, background: p.color }} />
          {String(p.value ?? '')}
        </li>
      ))}
    </ul>
  );
}

function Frame({ height = 240, label, children }: { height?: number; label: string; children: ReactNode }) {
  return (
    <div className="an-chart" role="img" aria-label={label} style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">{children as never}</ResponsiveContainer>
    </div>
  );
}

export interface Series { key: string; name: string; color: string; stack?: string; dashed?: boolean }

export function LinesChart({ data, x, series, label, unit, reference, height }: {
  data: readonly Record<string, unknown>[]; x: string; series: readonly Series[]; label: string; unit?: string;
  reference?: { y: number; label: string }; height?: number;
}) {
  return (
    <Frame label={label} height={height}>
      <LineChart data={[...data]} margin={{ top: 8, right: 16, bottom: 0, left: -8 }}>
        <CartesianGrid stroke={COLORS.grid} vertical={false} />
        <XAxis dataKey={x} tick={axis} tickLine={false} axisLine={{ stroke: COLORS.grid }} minTickGap={16} />
        <YAxis tick={axis} tickLine={false} axisLine={false} unit={unit} allowDecimals={false} width={48} />
        <Tooltip contentStyle={tooltipStyle} formatter={(v) => (typeof v === 'number' ? `${v}${unit ?? ''}` : String(v))} />
        <Legend content={(props) => <LegendItems payload={props.payload} />} wrapperStyle={{ fontSize: 12 }} />
        {reference && <ReferenceLine y={reference.y} stroke={COLORS.late} strokeDasharray="4 4" label={{ value: reference.label, position: 'insideTopRight', fontSize: 11, fill: COLORS.late }} />}
        {series.map((s) => (
          <Line key={s.key} type="monotone" dataKey={s.key} name={s.name} stroke={s.color} strokeWidth={2} strokeDasharray={s.dashed ? '5 4' : undefined}
            dot={{ r: 2.5 }} activeDot={{ r: 4 }} connectNulls isAnimationActive={false} />
        ))}
      </LineChart>
    </Frame>
  );
}

export function BarsChart({ data, x, series, label, layout = 'horizontal', height, unit, xWidth }: {
  data: readonly Record<string, unknown>[]; x: string; series: readonly Series[]; label: string;
  /** vertical: one bar per row, labels on the left */
  layout?: 'horizontal' | 'vertical'; height?: number; unit?: string; xWidth?: number;
}) {
  const vertical = layout === 'vertical';
  return (
    <Frame label={label} height={height}>
      <BarChart data={[...data]} layout={layout} margin={{ top: 8, right: 16, bottom: 0, left: vertical ? 0 : -8 }} barCategoryGap={vertical ? 6 : '20%'}>
        <CartesianGrid stroke={COLORS.grid} horizontal={!vertical} vertical={vertical} />
        {vertical ? (
          <>
            <XAxis type="number" tick={axis} tickLine={false} axisLine={false} allowDecimals={false} unit={unit} />
            <YAxis type="category" dataKey={x} tick={axis} tickLine={false} axisLine={false} width={xWidth ?? 150} interval={0} />
          </>
        ) : (
          <>
            <XAxis dataKey={x} tick={axis} tickLine={false} axisLine={{ stroke: COLORS.grid }} interval="preserveStartEnd" minTickGap={8} />
            <YAxis tick={axis} tickLine={false} axisLine={false} allowDecimals={false} width={40} unit={unit} />
          </>
        )}
        <Tooltip contentStyle={tooltipStyle} cursor={{ fill: 'rgb(15 118 110 / 0.06)' }} />
        {series.length > 1 && <Legend content={(props) => <LegendItems payload={props.payload} />} wrapperStyle={{ fontSize: 12 }} />}
        {series.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.name} fill={s.color} stackId={s.stack} radius={s.stack ? 0 : vertical ? [0, 3, 3, 0] : [3, 3, 0, 0]}
            maxBarSize={vertical ? 18 : 36} isAnimationActive={false} />
        ))}
      </BarChart>
    </Frame>
  );
}
