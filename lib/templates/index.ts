export { VARIABLES, VARIABLE_NAMES, SECTION_FIELDS, variableValues } from './variables';
export type { TemplateContext, TemplateItem, VariableDef } from './variables';
export { validateTemplate } from './validate';
export type { TemplateError } from './validate';
export { renderTemplate, placeholderFor } from './render';
export type { RenderResult, RenderSegment } from './render';
export { pickBody, languageChain } from './language';
export * from './links';
