/**
 * How a message is declared: a valibot schema for its payload (everything but `type`) and, as a
 * type only, the shape of its response. See messages.ts.
 */
import type * as v from 'valibot';

export interface MessageDef<S extends v.GenericSchema = v.GenericSchema, R = unknown> {
  readonly schema: S;
  /** phantom: the response type, never set at run time */
  readonly _response?: R;
}

/** `message<Response>()(payloadSchema)`: the curried form lets TypeScript infer the schema type. */
export const message =
  <R>() =>
  <S extends v.GenericSchema>(schema: S): MessageDef<S, R> => ({ schema });

export type ErrorCode =
  | 'invalid-request'
  | 'unknown-type'
  | 'forbidden'
  | 'not-found'
  | 'storage-quota'
  | 'storage-failed'
  | 'invalid-transition'
  | 'internal';

/** Every failure crosses the boundary as this value; nothing is thrown across it. */
export interface ErrorResponse { error: { code: ErrorCode; message: string } }

export const errorResponse = (code: ErrorCode, message: string): ErrorResponse => ({ error: { code, message } });

export function isErrorResponse(x: unknown): x is ErrorResponse {
  if (typeof x !== 'object' || x === null || !('error' in x)) return false;
  const e = (x as { error: unknown }).error;
  return typeof e === 'object' && e !== null && typeof (e as { code?: unknown }).code === 'string';
}

/** Thrown by a handler to answer with a specific error code (e.g. not-found). */
export class HandlerError extends Error {
  constructor(readonly code: ErrorCode, message: string) {
    super(message);
    this.name = 'HandlerError';
  }
}
