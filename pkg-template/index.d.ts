// Types of imagekit-wasm. Every export of the package is declared here.

/** Where the transformation goes in a URL. */
export type TransformationPosition = "path" | "query";

/** Options of `new ImageKit(...)`. The seed's snake_case spellings (`private_key`, `url_endpoint`, …) are accepted too. */
export interface ImageKitOptions {
  publicKey?: string;
  /** Server-side only: never shown by `JSON.stringify`, `String` or `util.inspect`. Throws in a browser unless `dangerouslyAllowBrowser`. */
  privateKey?: string;
  urlEndpoint?: string;
  /** Default position for `ik.url()`: `"path"` (the default) or `"query"`. */
  transformationPosition?: TransformationPosition;
  apiBaseUrl?: string;
  uploadBaseUrl?: string;
  /** Per attempt, in milliseconds. Default 60000. */
  timeout?: number;
  /** Retries on connection errors, 408, 429 and 5xx. Default 2. */
  maxRetries?: number;
  /** Default secret for `verifyWebhookEvent` / `unwrapWebhook`. */
  webhookSecret?: string;
  /** Allow a `privateKey` in a browser page (every visitor can read it). */
  dangerouslyAllowBrowser?: boolean;
  [snakeCaseAlias: string]: unknown;
}

/** One transformation step: known keys (see transformations.tsv) or any `key: value` passed through as `key-value`. */
export interface Transformation {
  width?: number | string;
  height?: number | string;
  aspectRatio?: number | string;
  quality?: number | string;
  crop?: string;
  cropMode?: string;
  focus?: string;
  format?: string;
  rotation?: number | string;
  blur?: number | string;
  radius?: number | string;
  background?: string;
  border?: string;
  dpr?: number | string;
  named?: string;
  defaultImage?: string;
  grayscale?: boolean | "true" | "-";
  sharpen?: boolean | number | string;
  trim?: boolean | number | string;
  streamingResolutions?: (string | number)[];
  raw?: string;
  overlay?: Overlay;
  [key: string]: unknown;
}

export interface OverlayPosition {
  x?: number | string;
  y?: number | string;
  xCenter?: number | string;
  yCenter?: number | string;
  focus?: string;
  anchorPoint?: string;
}

export interface OverlayTiming {
  start?: number | string;
  end?: number | string;
  duration?: number | string;
}

interface OverlayBase {
  layerMode?: string;
  position?: OverlayPosition;
  timing?: OverlayTiming;
  encoding?: "auto" | "plain" | "base64";
  transformation?: Transformation[];
}

export type Overlay =
  | (OverlayBase & { type: "text"; text: string })
  | (OverlayBase & { type: "image" | "video" | "subtitle"; input: string })
  | (OverlayBase & { type: "solidColor"; color: string });

/** Options of `ik.url()` (the seed's `url()`); snake_case aliases accepted. */
export interface UrlOptions {
  path?: string;
  src?: string;
  urlEndpoint?: string;
  transformation?: Transformation[];
  transformationPosition?: TransformationPosition;
  queryParameters?: Record<string, string | number | boolean>;
  signed?: boolean;
  expireSeconds?: number;
  expiresIn?: number;
  [snakeCaseAlias: string]: unknown;
}

/** Options of `buildSrc()` (the `@imagekit/javascript` 5.5 builder). */
export interface SrcOptions {
  src: string;
  urlEndpoint: string;
  transformation?: Transformation[];
  transformationPosition?: TransformationPosition;
  queryParameters?: Record<string, string | number | boolean | null | undefined>;
}

/** Options of `ik.buildSrc()`: `buildSrc` plus signing with the client's key. */
export interface SignedSrcOptions extends SrcOptions {
  signed?: boolean;
  expiresIn?: number;
}

export interface ResponsiveImageOptions extends SrcOptions {
  width?: number;
  sizes?: string;
  deviceBreakpoints?: number[];
  imageBreakpoints?: number[];
}

export interface ResponsiveImageAttributes {
  src: string;
  srcSet?: string;
  sizes?: string;
  width?: number;
}

export interface AuthenticationParameters {
  token: string;
  expire: number;
  signature: string;
}

export interface VerifiedWebhookEvent<E = unknown> {
  /** The `t=` timestamp of the header, in milliseconds. */
  timestamp: number;
  event: E;
}

/** A raw webhook body as received: text or bytes. */
export type WebhookBody = string | Uint8Array | ArrayBuffer | ArrayBufferView;
/** Request headers: a `Headers` object or a plain object (names matched case-insensitively). */
export type WebhookHeaders = { get(name: string): string | null } | Record<string, string | string[] | undefined>;

export declare class ImageKit {
  constructor(options?: ImageKitOptions);
  /** The seed's `url()`: path or query position, signing with `signed` / `expireSeconds`. */
  url(options: UrlOptions): string;
  /** `buildSrc` with `signed` / `expiresIn` signed by the client's key. */
  buildSrc(options: SignedSrcOptions): string;
  /** Parameters for a client-side upload; defaults: a random UUID v4 token, expiry now + 1800 s. */
  getAuthenticationParameters(token?: string, expire?: number): AuthenticationParameters;
  phashDistance(first: string, second: string): number;
  verifyWebhookEvent<E = unknown>(rawBody: WebhookBody, signatureHeader: string, secret?: string): VerifiedWebhookEvent<E>;
  unwrapWebhook<E = unknown>(rawBody: WebhookBody, headers: WebhookHeaders, secret?: string): E;
  /** The configuration without secrets. */
  toJSON(): Record<string, unknown>;
  toString(): string;
  /** Frees the wasm memory of this client now instead of at garbage collection. */
  free(): void;
}

/** Builds a URL like `@imagekit/javascript` 5.5 `buildSrc`; `""` where that SDK returns `""`. */
export declare function buildSrc(options: SrcOptions): string;
/** The `tr` value for a list of steps, e.g. `w-300,h-200:rt-90`. */
export declare function buildTransformationString(transformation?: Transformation[]): string;
/** `src`, `srcSet`, `sizes` and `width` for a responsive `<img>`. */
export declare function getResponsiveImageAttributes(options: ResponsiveImageOptions): ResponsiveImageAttributes;
/** Hamming distance between two hex pHash strings of equal length. */
export declare function phashDistance(first: string, second: string): number;
/** Verifies an `x-ik-signature: t=…,v1=…` webhook and returns `{timestamp, event}`. */
export declare function verifyWebhookEvent<E = unknown>(rawBody: WebhookBody, signatureHeader: string, secret: string): VerifiedWebhookEvent<E>;
/** Verifies a Standard Webhooks delivery (±300 s) and returns the event. */
export declare function unwrapWebhook<E = unknown>(rawBody: WebhookBody, headers: WebhookHeaders, secret: string): E;

/** Re-initialises nothing: the module is already loaded by this entry. Kept for parity with the `slim` entry. */
export declare function initSync(input: { module: BufferSource | WebAssembly.Module } | BufferSource | WebAssembly.Module): unknown;

export declare class ImageKitError extends Error {}
export declare class ValidationError extends ImageKitError {}
export declare class WebhookVerificationError extends ValidationError {}

export interface ResponseMetadata {
  raw: unknown;
  httpStatusCode: number;
  headers: Record<string, string>;
}

export declare class APIError extends ImageKitError {
  status?: number;
  help?: string;
  responseMetadata?: ResponseMetadata;
}
export declare class BadRequestError extends APIError {}
export declare class UnauthorizedError extends APIError {}
export declare class ForbiddenError extends APIError {}
export declare class NotFoundError extends APIError {}
export declare class ConflictError extends APIError {}
export declare class TooManyRequestsError extends APIError {
  retryAfter?: number;
}
export declare class InternalServerError extends APIError {}
export declare class PartialSuccessError extends APIError {}
export declare class UnknownError extends APIError {}
export declare class ConnectionError extends ImageKitError {}
export declare class TimeoutError extends ConnectionError {}
export declare class AbortError extends ImageKitError {}
