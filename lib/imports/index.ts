/** Report imports: what an import changes (pure), the rejected rows as CSV. */
export * from './types';
export { classify, sameContent, sameData, type Change } from './diff';

export { errorsToCsv, errorsFileName, ERRORS_CSV_HEADER } from './errors-csv';
export { guessFeedbackMarketplace, guessReturnsMarketplace, type MarketplaceGuess, type GuessReason } from './marketplace-guess';
