// What the root entry adds for code written against `@imagekit/nodejs` 7.11.0 (COMPAT §3): its client options,
// `withOptions`, the raw calls, the request options `headers`/`query`, `APIError.headers`/`.error`,
// `UnprocessableEntityError`. index.d.ts re-exports this file and merges `ClientOptions7` into `ImageKitCamelOptions`,
// `RequestOptions7` into `RequestOptions`, `ImageKit7Members` into the `ImageKit` class and `APIError7Members`
// into `APIError`.
import type { ImageKit, ImageKitOptions, RequestOptions, ApiPromise, APIError } from "./index.js";

/** A `fetch` as 7.x takes it: called with no `this`, for every request (uploads too). */
export type Fetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/** The logger 7.x logs to (`console` by default): each level a method taking a message and, on debug, details. */
export interface Logger {
  error: (message: string, ...rest: unknown[]) => void;
  warn: (message: string, ...rest: unknown[]) => void;
  info: (message: string, ...rest: unknown[]) => void;
  debug: (message: string, ...rest: unknown[]) => void;
}

export type LogLevel = "off" | "error" | "warn" | "info" | "debug";

type HeaderValue = string | number | boolean | null | undefined;
/** Headers as `defaultHeaders` and the request option `headers` take them, as 7.x does: an object (a key replaces
 * what came before it, an array of values appends each, `null` removes the header), a `Headers`, or
 * `[name, value]` pairs (rows of one name append). */
export type HeadersLike = Record<string, HeaderValue | readonly HeaderValue[]> | Headers | readonly (readonly [string, HeaderValue | readonly HeaderValue[]])[] | readonly HeaderValue[][];

/** Query parameters as `defaultQuery` and the request option `query` take them: `null` sends `key=`. */
export type QueryLike = Record<string, string | number | boolean | null | undefined>;

/** `@imagekit/nodejs` 7's client options (into `ImageKitOptions`). Where `process.env` (or `Deno.env`) exists,
 * `privateKey`, `baseURL`, `webhookSecret` default to IMAGEKIT_PRIVATE_KEY, IMAGE_KIT_BASE_URL,
 * IMAGEKIT_WEBHOOK_SECRET; `logLevel` to IMAGE_KIT_LOG, then "warn"; IMAGE_KIT_CUSTOM_HEADERS (`name: value` lines)
 * go under `defaultHeaders`. */
export interface ClientOptions7 {
  /** Used for every request in place of the runtime's `fetch`. */
  fetch?: Fetch;
  /** Spread into every `fetch` init (our method and signal kept). */
  fetchOptions?: RequestInit & Record<string, unknown>;
  /** Sent with every request, over ours. */
  defaultHeaders?: HeadersLike;
  /** Added to every request's query, under the call's own parameters. */
  defaultQuery?: QueryLike;
  /** What is logged: 7.x's lines (`[log_…] get <url> succeeded with status 200 in 3ms`, …); never the key. */
  logLevel?: LogLevel;
  logger?: Logger;
}

/** `@imagekit/nodejs` 7's request options (into `RequestOptions`). */
export interface RequestOptions7 {
  /** Over the client's headers; `null` removes one. */
  headers?: HeadersLike;
  /** Over the call's and the client's query parameters (in the resource surface, a listing call's `query`
   * replaces the parameters it was given, as in 7.x). */
  query?: QueryLike;
  /** Spread over the client's `fetchOptions`, into this request's `fetch` init. */
  fetchOptions?: RequestInit & Record<string, unknown>;
}

/** The options of a raw call: the request options and a JSON `body`. */
export interface RawCallOptions extends RequestOptions, RequestOptions7 {
  body?: unknown;
}

/** Members of `ImageKit` (into the class). */
export interface ImageKit7Members {
  /** A new client of the same class: the options this one was made with, `options` over them. */
  withOptions(options: Partial<ImageKitOptions & ClientOptions7>): ImageKit;
  /** Raw calls, for endpoints the SDK lacks: `path` under the API base (or a whole URL; its own query goes first,
   * under `defaultQuery` and `query`). A 204 resolves `null`; an answer that is not JSON (by its content type)
   * resolves as its text. */
  get<T = unknown>(path: string, options?: RawCallOptions): ApiPromise<T>;
  post<T = unknown>(path: string, options?: RawCallOptions): ApiPromise<T>;
  put<T = unknown>(path: string, options?: RawCallOptions): ApiPromise<T>;
  patch<T = unknown>(path: string, options?: RawCallOptions): ApiPromise<T>;
  delete<T = unknown>(path: string, options?: RawCallOptions): ApiPromise<T>;
}

/** Members of `APIError` (into the class), as 7.x's. */
export interface APIError7Members {
  /** The answer's headers. */
  headers?: Headers;
  /** The answer's body as JSON; undefined when it is not JSON. */
  error?: unknown;
}

/** 422 (7.x's class). */
export declare class UnprocessableEntityError extends APIError {}
