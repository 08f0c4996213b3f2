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
  /** `@imagekit/nodejs` 7's name: sets both `apiBaseUrl` and `uploadBaseUrl` (each still wins when given). */
  baseURL?: string | null;
  /** `@imagekit/nodejs` 7's Basic-auth password, which ImageKit ignores: accepted and not used. */
  password?: string | null;
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
  // --- `@imagekit/nodejs` 7's statics, so `ImageKit.NotFoundError`, `ImageKit.toFile` work as there.
  static ImageKit: typeof ImageKit;
  static DEFAULT_TIMEOUT: number;
  static toFile: typeof toFile;
  static ImageKitError: typeof ImageKitError;
  static ValidationError: typeof ValidationError;
  static WebhookVerificationError: typeof WebhookVerificationError;
  static APIError: typeof APIError;
  static BadRequestError: typeof BadRequestError;
  static UnauthorizedError: typeof UnauthorizedError;
  static AuthenticationError: typeof UnauthorizedError;
  static ForbiddenError: typeof ForbiddenError;
  static PermissionDeniedError: typeof ForbiddenError;
  static NotFoundError: typeof NotFoundError;
  static ConflictError: typeof ConflictError;
  static TooManyRequestsError: typeof TooManyRequestsError;
  static RateLimitError: typeof TooManyRequestsError;
  static InternalServerError: typeof InternalServerError;
  static PartialSuccessError: typeof PartialSuccessError;
  static UnknownError: typeof UnknownError;
  static ConnectionError: typeof ConnectionError;
  static APIConnectionError: typeof ConnectionError;
  static TimeoutError: typeof TimeoutError;
  static APIConnectionTimeoutError: typeof TimeoutError;
  static AbortError: typeof AbortError;
  static APIUserAbortError: typeof AbortError;

  // --- The media API of SPEC §5. Every call takes a last `{signal, timeout, maxRetries}` and rejects with the
  // SPEC §6 error classes (argument problems included, as `ValidationError`, before any request).
  /** Uploads a file: a remote URL or base64 string, a Blob/File, an ArrayBuffer or a typed array. */
  uploadFile(options: UploadParams, request?: RequestOptions): ApiPromise<FileObject>;
  /** Alias of `uploadFile`. */
  upload(options: UploadParams, request?: RequestOptions): ApiPromise<FileObject>;
  listFiles(options?: ListFilesOptions | null, request?: RequestOptions): ApiPromise<FileObject[]>;
  getFileDetails(fileId: string, request?: RequestOptions): ApiPromise<FileObject>;
  getFileVersions(fileId: string, request?: RequestOptions): ApiPromise<FileObject[]>;
  getFileVersionDetails(fileId: string, versionId: string, request?: RequestOptions): ApiPromise<FileObject>;
  updateFileDetails(fileId: string, options: Record<string, unknown>, request?: RequestOptions): ApiPromise<FileObject>;
  addTags(fileIds: string[], tags: string[], request?: RequestOptions): ApiPromise<{ successfullyUpdatedFileIds: string[] }>;
  removeTags(fileIds: string[], tags: string[], request?: RequestOptions): ApiPromise<{ successfullyUpdatedFileIds: string[] }>;
  removeAITags(fileIds: string[], aiTags: string[], request?: RequestOptions): ApiPromise<{ successfullyUpdatedFileIds: string[] }>;
  deleteFile(fileId: string, request?: RequestOptions): ApiPromise<{}>;
  deleteFileVersion(fileId: string, versionId: string, request?: RequestOptions): ApiPromise<{}>;
  bulkFileDelete(fileIds: string[], request?: RequestOptions): ApiPromise<{ successfullyDeletedFileIds: string[] }>;
  copyFile(options: { sourceFilePath: string; destinationPath: string; includeFileVersions?: boolean }, request?: RequestOptions): ApiPromise<{}>;
  moveFile(options: { sourceFilePath: string; destinationPath: string }, request?: RequestOptions): ApiPromise<{}>;
  renameFile(options: { filePath: string; newFileName: string; purgeCache?: boolean }, request?: RequestOptions): ApiPromise<{ purgeRequestId?: string }>;
  restoreFileVersion(fileId: string, versionId: string, request?: RequestOptions): ApiPromise<FileObject>;
  createFolder(options: { folderName: string; parentFolderPath: string }, request?: RequestOptions): ApiPromise<{}>;
  deleteFolder(options: { folderPath: string } | string, request?: RequestOptions): ApiPromise<{}>;
  copyFolder(options: { sourceFolderPath: string; destinationPath: string; includeFileVersions?: boolean }, request?: RequestOptions): ApiPromise<{ jobId: string }>;
  moveFolder(options: { sourceFolderPath: string; destinationPath: string }, request?: RequestOptions): ApiPromise<{ jobId: string }>;
  getBulkJobStatus(jobId: string, request?: RequestOptions): ApiPromise<{ jobId: string; type: string; status: string }>;
  purgeFileCache(fileUrl: string, request?: RequestOptions): ApiPromise<{ requestId: string }>;
  getPurgeFileCacheStatus(requestId: string, request?: RequestOptions): ApiPromise<{ status: string }>;
  getFileMetadata(fileIdOrUrl: string, request?: RequestOptions): ApiPromise<Record<string, any>>;
  getRemoteFileUrlMetadata(url: string, request?: RequestOptions): ApiPromise<Record<string, any>>;
  createCustomMetadataFields(options: { name: string; label: string; schema: Record<string, unknown> }, request?: RequestOptions): ApiPromise<Record<string, any>>;
  getCustomMetadataFields(options?: { includeDeleted?: boolean } | boolean | null, request?: RequestOptions): ApiPromise<Record<string, any>[]>;
  updateCustomMetadataFields(fieldId: string, options: { label?: string; schema?: Record<string, unknown> }, request?: RequestOptions): ApiPromise<Record<string, any>>;
  deleteCustomMetadataField(fieldId: string, request?: RequestOptions): ApiPromise<{}>;

  // --- The calls of `@imagekit/nodejs` 7 beyond SPEC §5 (flat names; the same calls as the resources below).
  renameFolder(body: FolderRenameParams, request?: RequestOptions): ApiPromise<{ jobId: string }>;
  listSavedExtensions(request?: RequestOptions): ApiPromise<SavedExtension[]>;
  createSavedExtension(body: SavedExtensionCreateParams, request?: RequestOptions): ApiPromise<SavedExtension>;
  getSavedExtension(id: string, request?: RequestOptions): ApiPromise<SavedExtension>;
  updateSavedExtension(id: string, body: Partial<SavedExtensionCreateParams>, request?: RequestOptions): ApiPromise<SavedExtension>;
  deleteSavedExtension(id: string, request?: RequestOptions): ApiPromise<{}>;
  listNamedTransformations(request?: RequestOptions): ApiPromise<NamedTransformation[]>;
  createNamedTransformation(body: NamedTransformationCreateParams, request?: RequestOptions): ApiPromise<NamedTransformation>;
  getNamedTransformation(id: string, request?: RequestOptions): ApiPromise<NamedTransformation>;
  updateNamedTransformation(id: string, body: Partial<NamedTransformationCreateParams>, request?: RequestOptions): ApiPromise<NamedTransformation>;
  deleteNamedTransformation(id: string, request?: RequestOptions): ApiPromise<{}>;
  getUsage(query: UsageParams, request?: RequestOptions): ApiPromise<Usage>;
  getUsageAnalytics(query: UsageParams, request?: RequestOptions): ApiPromise<Record<string, unknown>>;
  listOrigins(request?: RequestOptions): ApiPromise<OriginResponse[]>;
  createOrigin(body: OriginRequest, request?: RequestOptions): ApiPromise<OriginResponse>;
  getOrigin(id: string, request?: RequestOptions): ApiPromise<OriginResponse>;
  updateOrigin(id: string, body: OriginRequest, request?: RequestOptions): ApiPromise<OriginResponse>;
  deleteOrigin(id: string, request?: RequestOptions): ApiPromise<{}>;
  listUrlEndpoints(request?: RequestOptions): ApiPromise<UrlEndpoint[]>;
  createUrlEndpoint(body: UrlEndpointRequest, request?: RequestOptions): ApiPromise<UrlEndpoint>;
  getUrlEndpoint(id: string, request?: RequestOptions): ApiPromise<UrlEndpoint>;
  updateUrlEndpoint(id: string, body: UrlEndpointRequest, request?: RequestOptions): ApiPromise<UrlEndpoint>;
  deleteUrlEndpoint(id: string, request?: RequestOptions): ApiPromise<{}>;
  /** `POST /api/v2/files/upload`: the options of `uploadFile`; client-side, a `token` JWT from your server. */
  uploadFileV2(options: UploadParams, request?: RequestOptions): ApiPromise<FileObject>;
  /**
   * Every file of `listFiles(options)`, fetched lazily in pages of `options.limit` (default 1000) from `options.skip`
   * (default 0) until a short page: `for await (const f of ik.iterateFiles({ path: "/a", limit: 100 })) …`.
   * Leaving the loop stops the requests; an aborted `request.signal` rejects with `AbortError`.
   */
  iterateFiles(options?: ListFilesOptions, request?: RequestOptions): AsyncGenerator<FileObject, void, undefined>;

  // --- The resource surface of `@imagekit/nodejs` 7 over this same client.
  readonly files: FilesResource;
  readonly folders: FoldersResource;
  readonly assets: { list(query?: ListFilesOptions | null, request?: RequestOptions): ApiPromise<FileObject[]> };
  readonly cache: {
    invalidation: {
      create(body: { url: string }, request?: RequestOptions): ApiPromise<{ requestId: string }>;
      get(requestId: string, request?: RequestOptions): ApiPromise<{ status: string }>;
    };
  };
  readonly customMetadataFields: {
    create(body: Record<string, unknown>, request?: RequestOptions): ApiPromise<Record<string, any>>;
    list(query?: { includeDeleted?: boolean; folderPath?: string } | null, request?: RequestOptions): ApiPromise<Record<string, any>[]>;
    update(id: string, body: Record<string, unknown>, request?: RequestOptions): ApiPromise<Record<string, any>>;
    delete(id: string, request?: RequestOptions): Promise<null>;
  };
  readonly savedExtensions: CrudResource<SavedExtension, SavedExtensionCreateParams, Partial<SavedExtensionCreateParams>>;
  readonly namedTransformations: CrudResource<NamedTransformation, NamedTransformationCreateParams, Partial<NamedTransformationCreateParams>>;
  readonly accounts: {
    usage: { get(query: UsageParams, request?: RequestOptions): ApiPromise<Usage> };
    usageAnalytics: { get(query: UsageParams, request?: RequestOptions): ApiPromise<Record<string, unknown>> };
    origins: CrudResource<OriginResponse, OriginRequest, OriginRequest>;
    urlEndpoints: CrudResource<UrlEndpoint, UrlEndpointRequest, UrlEndpointRequest>;
  };
  readonly beta: { v2: { files: { upload(body: ResourceUploadParams, request?: RequestOptions): ApiPromise<FileObject> } } };
  readonly helper: {
    buildSrc(options: SignedSrcOptions): string;
    buildTransformationString(transformation?: Transformation[]): string;
    getResponsiveImageAttributes(options: ResponsiveImageOptions): ResponsiveImageAttributes;
    getAuthenticationParameters(token?: string, expire?: number): AuthenticationParameters;
  };
  readonly webhooks: {
    /** Verifies (Standard Webhooks, `key` defaulting to the client's `webhookSecret`) and parses; without `headers`, only parses. */
    unwrap<E = unknown>(body: WebhookBody, options?: { headers?: WebhookHeaders; key?: string }): E;
    unsafeUnwrap<E = unknown>(body: WebhookBody): E;
  };
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

export default ImageKit;

/** The optional last argument of every API call. */
export interface RequestOptions {
  signal?: AbortSignal;
  /** Per attempt, in milliseconds. */
  timeout?: number;
  maxRetries?: number;
}

/** An API answer: the JSON payload with a non-enumerable `responseMetadata`. */
export type ApiPromise<T> = Promise<T & { readonly responseMetadata?: ResponseMetadata }>;

/** A file (or file version) of the media library, as the API sends it. */
export interface FileObject {
  fileId: string;
  name: string;
  filePath: string;
  type?: string;
  url?: string;
  [key: string]: any;
}

export interface ListFilesOptions {
  type?: "file" | "file-version" | "folder" | "all";
  sort?: string;
  path?: string;
  searchQuery?: string;
  fileType?: "all" | "image" | "non-image";
  /** With `iterateFiles`: the page size. */
  limit?: number;
  skip?: number;
  tags?: string | string[];
  [key: string]: unknown;
}

/** What an upload takes as its `file`. `files.upload` / `beta.v2.files.upload` / `toFile` also take a Response or an async iterable of chunks (e.g. `fs.createReadStream`). */
export type Uploadable = string | Blob | ArrayBuffer | ArrayBufferView;
export type ResourceUploadable = Uploadable | Response | AsyncIterable<Uint8Array | string>;

export interface UploadParams {
  file: Uploadable;
  fileName: string;
  onProgress?: (progress: { loaded: number; total: number }) => void;
  [option: string]: unknown;
}
export interface ResourceUploadParams extends Omit<UploadParams, "file"> {
  file: ResourceUploadable | Promise<ResourceUploadable>;
}

/** `@imagekit/nodejs` 7's `toFile`: bytes, a Blob, a Response or an async iterable as a `File` named `name`. */
export declare function toFile(
  value: ResourceUploadable | Promise<ResourceUploadable>,
  name?: string | null,
  options?: { type?: string; lastModified?: number },
): Promise<File>;

export interface FolderRenameParams {
  folderPath: string;
  newFolderName: string;
  purgeCache?: boolean;
}

export interface SavedExtension {
  id: string;
  name: string;
  description: string;
  config: { name: string; [key: string]: unknown };
  createdAt?: string;
  updatedAt?: string;
}
export interface SavedExtensionCreateParams {
  name: string;
  description: string;
  config: { name: string; [key: string]: unknown };
}

export interface NamedTransformation {
  id: string;
  name: string;
  transformation: string;
  enabled: boolean;
  createdAt?: string;
}
export interface NamedTransformationCreateParams {
  name: string;
  transformation: string;
  enabled?: boolean;
}

export interface UsageParams {
  /** `YYYY-MM-DD`. */
  startDate: string;
  /** `YYYY-MM-DD`. */
  endDate: string;
}
export interface Usage {
  bandwidthBytes?: number;
  extensionUnitsCount?: number;
  mediaLibraryStorageBytes?: number;
  originalCacheStorageBytes?: number;
  videoProcessingUnitsCount?: number;
}

interface OriginCommon {
  name: string;
  baseUrlForCanonicalHeader?: string;
  includeCanonicalHeader?: boolean;
}
interface BucketOrigin extends OriginCommon {
  bucket: string;
  accessKey: string;
  secretKey: string;
  prefix?: string;
}
/** An origin to create or update, by `type`, with the required fields of `@imagekit/nodejs` 7's types. */
export type OriginRequest =
  | (BucketOrigin & { type: "S3" | "CLOUDINARY_BACKUP"; useIAMRole?: boolean })
  | (BucketOrigin & { type: "S3_COMPATIBLE"; endpoint: string; s3ForcePathStyle?: boolean })
  | (OriginCommon & { type: "WEB_FOLDER"; baseUrl: string; forwardHostHeaderToOrigin?: boolean })
  | (OriginCommon & { type: "WEB_PROXY" })
  | (OriginCommon & { type: "GCS"; bucket: string; clientEmail: string; privateKey: string; prefix?: string })
  | (OriginCommon & { type: "AZURE_BLOB"; accountName: string; container: string; sasToken: string; prefix?: string })
  | (OriginCommon & { type: "AKENEO_PIM"; baseUrl: string; clientId: string; clientSecret: string; username: string; password: string });
/** An origin as the API returns it (secrets are never returned). */
export interface OriginResponse {
  id: string;
  type: OriginRequest["type"];
  name: string;
  includeCanonicalHeader: boolean;
  [field: string]: unknown;
}

export interface UrlEndpointRequest {
  description: string;
  origins?: string[];
  urlPrefix?: string;
  urlRewriter?: { type: "CLOUDINARY"; preserveAssetDeliveryTypes?: boolean } | { type: "IMGIX" } | { type: "AKAMAI" };
}
export interface UrlEndpoint {
  id: string;
  description: string;
  origins: string[];
  urlPrefix: string;
  urlRewriter?: { type: "CLOUDINARY"; preserveAssetDeliveryTypes: boolean } | { type: "IMGIX" } | { type: "AKAMAI" };
}

/** list / create / get / update / delete of one account resource; `delete` resolves to `null` as in `@imagekit/nodejs`. */
export interface CrudResource<T, C, U> {
  list(request?: RequestOptions): ApiPromise<T[]>;
  create(body: C, request?: RequestOptions): ApiPromise<T>;
  get(id: string, request?: RequestOptions): ApiPromise<T>;
  update(id: string, body: U, request?: RequestOptions): ApiPromise<T>;
  delete(id: string, request?: RequestOptions): Promise<null>;
}

type Body = Record<string, unknown>;
type Answer = ApiPromise<Record<string, any>>;

export interface FilesResource {
  upload(body: ResourceUploadParams, request?: RequestOptions): ApiPromise<FileObject>;
  get(fileId: string, request?: RequestOptions): ApiPromise<FileObject>;
  update(fileId: string, body: Body, request?: RequestOptions): ApiPromise<FileObject>;
  /** `null`, as `@imagekit/nodejs` answers a 204. */
  delete(fileId: string, request?: RequestOptions): Promise<null>;
  copy(body: { sourceFilePath: string; destinationPath: string; includeFileVersions?: boolean }, request?: RequestOptions): Promise<Record<string, any> | null>;
  move(body: { sourceFilePath: string; destinationPath: string }, request?: RequestOptions): Promise<Record<string, any> | null>;
  rename(body: { filePath: string; newFileName: string; purgeCache?: boolean }, request?: RequestOptions): Answer;
  bulk: {
    delete(body: { fileIds: string[] }, request?: RequestOptions): Answer;
    addTags(body: { fileIds: string[]; tags: string[] }, request?: RequestOptions): Answer;
    removeTags(body: { fileIds: string[]; tags: string[] }, request?: RequestOptions): Answer;
    removeAITags(body: { fileIds: string[]; AITags: string[] }, request?: RequestOptions): Answer;
  };
  versions: {
    list(fileId: string, request?: RequestOptions): ApiPromise<FileObject[]>;
    get(versionId: string, params: { fileId: string }, request?: RequestOptions): ApiPromise<FileObject>;
    delete(versionId: string, params: { fileId: string }, request?: RequestOptions): Promise<null>;
    restore(versionId: string, params: { fileId: string }, request?: RequestOptions): ApiPromise<FileObject>;
  };
  metadata: {
    get(fileId: string, request?: RequestOptions): Answer;
    getFromURL(query: { url: string }, request?: RequestOptions): Answer;
  };
}

export interface FoldersResource {
  create(body: { folderName: string; parentFolderPath: string }, request?: RequestOptions): Answer;
  delete(body: { folderPath: string }, request?: RequestOptions): Promise<Record<string, any> | null>;
  copy(body: { sourceFolderPath: string; destinationPath: string; includeVersions?: boolean; includeFileVersions?: boolean }, request?: RequestOptions): ApiPromise<{ jobId: string }>;
  move(body: { sourceFolderPath: string; destinationPath: string }, request?: RequestOptions): ApiPromise<{ jobId: string }>;
  rename(body: FolderRenameParams, request?: RequestOptions): ApiPromise<{ jobId: string }>;
  job: { get(jobId: string, request?: RequestOptions): Answer };
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
/** The names `@imagekit/nodejs` 7 gives these errors: the very same classes. */
export {
  UnauthorizedError as AuthenticationError, ForbiddenError as PermissionDeniedError, TooManyRequestsError as RateLimitError,
  ConnectionError as APIConnectionError, TimeoutError as APIConnectionTimeoutError, AbortError as APIUserAbortError,
};

// ---- issue 17 (parseUrl, transformUrl, ik.verifyUrl, responsive widths): declared in parse.d.ts ----------------
import type { ImageKitUrlTools, ResponsiveWidthOptions } from "./parse.js";
export * from "./parse.js";
export interface ImageKit extends ImageKitUrlTools {}
export interface ResponsiveImageOptions extends ResponsiveWidthOptions {}
