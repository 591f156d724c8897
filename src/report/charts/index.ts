/*
 * Charts as SVG strings: pure functions with no runtime dependency, the same output on every
 * host, accessible (role="img", <title>, <desc> stating the figures) and scaling to their
 * container.
 */
export { type KpiChartOptions, renderKpiChart } from './kpi-chart.js';
export { type RatingChartOptions, renderRatingChart } from './rating-chart.js';
export type { ChartOptions } from './svg.js';
export { renderTransitionChart, type TransitionChartOptions } from './transition-chart.js';
