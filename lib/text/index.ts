export { stripBidi, hasBidiControls, isMixedScript, isSuspiciousOrderId, looksSuspicious } from './bidi';
