/** Validation of incoming messages: never throws, says which field is wrong. */
import { MESSAGES, type Request } from './messages';
import { parseWith, type ParseResult } from './parse-with';

export { formatIssues, parseWith, type ParseResult } from './parse-with';

export const parseRequest = (x: unknown): ParseResult<Request> => parseWith<Request>(MESSAGES, x);
