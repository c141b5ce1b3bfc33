/** Seller Central report import: decode bytes, detect the report, parse it into model records. */
export { decodeReport, looksBinary, type DecodedReport, type ReportEncoding } from './decode';
export { detectReportKind, detectReportKindFromColumns, type DetectResult } from './detect';
export { normaliseHeader, REPORT_SPECS, type ReportSpec } from './columns';
export { parseReport, parseReportChunks, resolveMarketplace } from './parse';
export { feedbackDateFormat, parseFeedbackDate } from './feedback-dates';
export * from './types';
