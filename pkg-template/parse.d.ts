// Declarations of parseUrl, transformUrl, ik.parseUrl / ik.verifyUrl / ik.transformUrl and the responsive-width
// options (issue 17). index.d.ts re-exports this file and merges ImageKitUrlTools into the ImageKit class;
// the assembler writes a .d.cts twin for CommonJS.
import type { SrcOptions, Transformation, TransformationPosition } from "./index.js";

/** Options of `parseUrl()`. */
export interface ParseUrlOptions {
  /** The endpoint the URL is under (needed for a custom domain). Default: `https://ik.imagekit.io/<first path segment>`, else the origin. */
  urlEndpoint?: string;
}

/** `ik-t` / `ik-s` as found in a URL. */
export interface UrlSignature {
  /** `ik-t` in seconds since the epoch; `null` when the URL never expires. */
  expiresAt: number | null;
  signature: string;
}

/** What `parseUrl()` reads: `buildSrc` options (pass them straight back to `buildSrc` / `ik.buildSrc`), plus the signature. */
export interface ParsedUrl extends SrcOptions {
  urlEndpoint: string;
  /** The path after the endpoint (and the source's own query and fragment where they are not `queryParameters`). */
  src: string;
  /** The path's `tr:` steps, then the query's; codes no key of the table prints are kept as `raw`. */
  transformation: Transformation[];
  transformationPosition: TransformationPosition;
  queryParameters: Record<string, string>;
  signature: UrlSignature | null;
}

/** An edit for `transformUrl`: keys to set (`undefined`/`null` removes), the new steps, or a function from steps to steps. */
export type TransformationEdit =
  | Record<string, unknown>
  | Transformation[]
  | ((steps: Transformation[]) => Transformation[]);

/** Options of `transformUrl()`. */
export interface TransformUrlOptions {
  urlEndpoint?: string;
  /** A new lifetime in seconds for the signature (default: the input's remaining lifetime). Client method only. */
  expiresIn?: number;
  /** Move the transformation to the path or the query. */
  transformationPosition?: TransformationPosition;
}

/** Options of `ik.verifyUrl()`. */
export interface VerifyUrlOptions {
  /** The time to check expiry against, in milliseconds (default `Date.now()`). */
  now?: number;
  /** Default: the client's `urlEndpoint`. */
  urlEndpoint?: string;
}

/** What `ik.verifyUrl()` answers. */
export interface VerifyUrlResult {
  /** Whether `ik-s` is this client's signature of `signedString`. */
  valid: boolean;
  expired: boolean;
  expiresAt: number | null;
  /** Exactly the string the signature covers (SPEC §3.1). */
  signedString: string;
}

/** The URL-reading methods of the client (merged into `ImageKit`). */
export interface ImageKitUrlTools {
  /** `parseUrl`, with the client's `urlEndpoint` as the default. */
  parseUrl(url: string, options?: ParseUrlOptions): ParsedUrl;
  /** Checks a signed URL's `ik-s` against this client's key (constant time) and its `ik-t` against the clock. */
  verifyUrl(url: string, options?: VerifyUrlOptions): VerifyUrlResult;
  /** Parses, edits, rebuilds and, when the input was signed, signs again (keeping its expiry unless `expiresIn`). */
  transformUrl(url: string, edit?: TransformationEdit | null, options?: TransformUrlOptions): string;
}

/** The `getResponsiveImageAttributes` options beyond `@imagekit/javascript` 5.5 (merged into `ResponsiveImageOptions`). */
export interface ResponsiveWidthOptions {
  /** The candidate widths, in place of the device and image breakpoints. */
  widths?: number[];
  /** Generated candidates from `minWidth` (default 100) to `maxWidth` (default 8192)… */
  minWidth?: number;
  maxWidth?: number;
  /** …each at most this fraction wider than the one before (default 0.08). */
  widthTolerance?: number;
  /** With a numeric `width`: the `x` densities (default `[1, 2]`). */
  devicePixelRatios?: number[];
  /** With a numeric `width`: lower quality at higher density (q-75 at 1x, 50, 35, 23, 20). */
  variableQuality?: boolean;
}

/** Reads an ImageKit URL (both transformation forms, layers, signature) back into `buildSrc` options. */
export declare function parseUrl(url: string, options?: ParseUrlOptions): ParsedUrl;
/** Parses, edits and rebuilds an unsigned URL; a signed one is a `ValidationError` (use `ik.transformUrl`). */
export declare function transformUrl(url: string, edit?: TransformationEdit | null, options?: TransformUrlOptions): string;
/**
 * Makes the URL reader (`parseUrl`, `transformUrl`, `ik.parseUrl`, `ik.verifyUrl`, `ik.transformUrl`) ready. It
 * resolves at once in every build but the browser's, which loads the reader on demand (README "Size"): there,
 * `await loadUrlReader()` once before the first of those calls; they stay synchronous after it.
 */
export declare function loadUrlReader(): Promise<void>;
