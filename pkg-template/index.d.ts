// Types of imagekit-wasm. Every export of the package is declared here or in the files re-exported below.

// Split by subject (each file imports what it uses from here): the transformation keys, the API's answers, the
// webhook events, the account resources of `@imagekit/nodejs` 7. index.d.cts is generated from all of them.
export * from "./transformation.js";
export * from "./models.js";
export * from "./events.js";
export * from "./accounts.js";
import type { Transformation } from "./transformation.js";
import type {
  BulkDeleteResult, BulkJob, BulkJobStatus, ClientDescription, CopyFileOptions, CopyFolderOptions,
  CreateFolderOptions, CustomMetadataField, CustomMetadataFieldCreateOptions, CustomMetadataFieldUpdateOptions,
  EmptyResult, FileMetadata, FileObject, FolderObject, MoveFileOptions, MoveFolderOptions, PurgeRequest, PurgeStatus,
  RenameFileOptions, RenameFileResult, TagsResult, UpdateFileOptions, UploadResult, UsageAnalytics,
} from "./models.js";
import type { WebhookEvent } from "./events.js";
import type {
  FolderRenameParams, NamedTransformation, NamedTransformationCreateParams, OriginRequest, OriginResponse,
  SavedExtension, SavedExtensionCreateParams, UrlEndpoint, UrlEndpointRequest, Usage, UsageParams,
} from "./accounts.js";

/** Where the transformation goes in a URL. */
export type TransformationPosition = "path" | "query";

/** `fileName` → `file_name`: the snake_case spelling every options object also accepts (the inverse of the
 * package's own camelCasing, so `removeAITags` → `remove_a_i_tags`). */
export type SnakeCase<S extends string> = S extends `${infer H}${infer T}`
  ? `${H extends Uppercase<H> ? (H extends Lowercase<H> ? H : `_${Lowercase<H>}`) : H}${SnakeCase<T>}`
  : S;
/** `T` plus the snake_case spelling of each of its keys, with the same value type. No other key is accepted. */
export type WithSnakeCase<T> = T & { [K in keyof T as K extends string ? SnakeCase<K> : never]?: T[K] };

/** Options of `new ImageKit(...)` (camelCase; `ImageKitOptions` also takes `private_key`, `url_endpoint`, …). */
export interface ImageKitCamelOptions {
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
}
/** Options of `new ImageKit(...)`, in camelCase or the seed's snake_case (`private_key`, `url_endpoint`, …). */
export type ImageKitOptions = WithSnakeCase<ImageKitCamelOptions>;


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

/** Options of `ik.url()` (the seed's `url()`), camelCase; `UrlOptions` also takes the snake_case spellings. */
export interface UrlCamelOptions {
  path?: string;
  src?: string;
  urlEndpoint?: string;
  transformation?: Transformation[];
  transformationPosition?: TransformationPosition;
  queryParameters?: Record<string, string | number | boolean>;
  signed?: boolean;
  expireSeconds?: number;
  expiresIn?: number;
}
/** Options of `ik.url()`: camelCase or snake_case (`expire_seconds`, `query_parameters`, …). */
export type UrlOptions = WithSnakeCase<UrlCamelOptions>;

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
  /** A number, or the caller's decimal string returned as given (SPEC §4). */
  expire: number | string;
  signature: string;
}

export interface VerifiedWebhookEvent<E = WebhookEvent> {
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
  static UnprocessableEntityError: typeof UnprocessableEntityError;
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
  uploadFile(options: UploadParams, request?: RequestOptions): ApiPromise<UploadResult>;
  /** Alias of `uploadFile`. */
  upload(options: UploadParams, request?: RequestOptions): ApiPromise<UploadResult>;
  /** Files (and file versions); with `type: "folder"` folders, with `type: "all"` (or `includeFolder`) both. */
  listFiles(options: ListFilesOptions & ({ type: "folder" }), request?: RequestOptions): ApiPromise<FolderObject[]>;
  listFiles(options: ListFilesOptions & ({ type: "all" } | { includeFolder: true } | { include_folder: true }), request?: RequestOptions): ApiPromise<(FileObject | FolderObject)[]>;
  listFiles(options?: ListFilesOptions | null, request?: RequestOptions): ApiPromise<FileObject[]>;
  getFileDetails(fileId: string, request?: RequestOptions): ApiPromise<FileObject>;
  getFileVersions(fileId: string, request?: RequestOptions): ApiPromise<FileObject[]>;
  getFileVersionDetails(fileId: string, versionId: string, request?: RequestOptions): ApiPromise<FileObject>;
  updateFileDetails(fileId: string, options: UpdateFileOptions, request?: RequestOptions): ApiPromise<FileObject>;
  addTags(fileIds: string[], tags: string[], request?: RequestOptions): ApiPromise<TagsResult>;
  removeTags(fileIds: string[], tags: string[], request?: RequestOptions): ApiPromise<TagsResult>;
  removeAITags(fileIds: string[], aiTags: string[], request?: RequestOptions): ApiPromise<TagsResult>;
  deleteFile(fileId: string, request?: RequestOptions): ApiPromise<EmptyResult>;
  deleteFileVersion(fileId: string, versionId: string, request?: RequestOptions): ApiPromise<EmptyResult>;
  bulkFileDelete(fileIds: string[], request?: RequestOptions): ApiPromise<BulkDeleteResult>;
  copyFile(options: WithSnakeCase<CopyFileOptions>, request?: RequestOptions): ApiPromise<EmptyResult>;
  moveFile(options: WithSnakeCase<MoveFileOptions>, request?: RequestOptions): ApiPromise<EmptyResult>;
  renameFile(options: WithSnakeCase<RenameFileOptions>, request?: RequestOptions): ApiPromise<RenameFileResult>;
  restoreFileVersion(fileId: string, versionId: string, request?: RequestOptions): ApiPromise<FileObject>;
  createFolder(options: WithSnakeCase<CreateFolderOptions>, request?: RequestOptions): ApiPromise<EmptyResult>;
  deleteFolder(options: WithSnakeCase<{ folderPath: string }> | string, request?: RequestOptions): ApiPromise<EmptyResult>;
  copyFolder(options: WithSnakeCase<CopyFolderOptions>, request?: RequestOptions): ApiPromise<BulkJob>;
  moveFolder(options: WithSnakeCase<MoveFolderOptions>, request?: RequestOptions): ApiPromise<BulkJob>;
  getBulkJobStatus(jobId: string, request?: RequestOptions): ApiPromise<BulkJobStatus>;
  purgeFileCache(fileUrl: string, request?: RequestOptions): ApiPromise<PurgeRequest>;
  getPurgeFileCacheStatus(requestId: string, request?: RequestOptions): ApiPromise<PurgeStatus>;
  getFileMetadata(fileIdOrUrl: string, request?: RequestOptions): ApiPromise<FileMetadata>;
  getRemoteFileUrlMetadata(url: string, request?: RequestOptions): ApiPromise<FileMetadata>;
  createCustomMetadataFields(options: CustomMetadataFieldCreateOptions, request?: RequestOptions): ApiPromise<CustomMetadataField>;
  getCustomMetadataFields(options?: WithSnakeCase<{ includeDeleted?: boolean }> | boolean | null, request?: RequestOptions): ApiPromise<CustomMetadataField[]>;
  updateCustomMetadataFields(fieldId: string, options: CustomMetadataFieldUpdateOptions, request?: RequestOptions): ApiPromise<CustomMetadataField>;
  deleteCustomMetadataField(fieldId: string, request?: RequestOptions): ApiPromise<EmptyResult>;

  // --- The calls of `@imagekit/nodejs` 7 beyond SPEC §5 (flat names; the same calls as the resources below).
  renameFolder(body: FolderRenameParams, request?: RequestOptions): ApiPromise<BulkJob>;
  listSavedExtensions(request?: RequestOptions): ApiPromise<SavedExtension[]>;
  createSavedExtension(body: SavedExtensionCreateParams, request?: RequestOptions): ApiPromise<SavedExtension>;
  getSavedExtension(id: string, request?: RequestOptions): ApiPromise<SavedExtension>;
  updateSavedExtension(id: string, body: Partial<SavedExtensionCreateParams>, request?: RequestOptions): ApiPromise<SavedExtension>;
  deleteSavedExtension(id: string, request?: RequestOptions): ApiPromise<EmptyResult>;
  listNamedTransformations(request?: RequestOptions): ApiPromise<NamedTransformation[]>;
  createNamedTransformation(body: NamedTransformationCreateParams, request?: RequestOptions): ApiPromise<NamedTransformation>;
  getNamedTransformation(id: string, request?: RequestOptions): ApiPromise<NamedTransformation>;
  updateNamedTransformation(id: string, body: Partial<NamedTransformationCreateParams>, request?: RequestOptions): ApiPromise<NamedTransformation>;
  deleteNamedTransformation(id: string, request?: RequestOptions): ApiPromise<EmptyResult>;
  getUsage(query: UsageParams, request?: RequestOptions): ApiPromise<Usage>;
  getUsageAnalytics(query: UsageParams, request?: RequestOptions): ApiPromise<UsageAnalytics>;
  listOrigins(request?: RequestOptions): ApiPromise<OriginResponse[]>;
  createOrigin(body: OriginRequest, request?: RequestOptions): ApiPromise<OriginResponse>;
  getOrigin(id: string, request?: RequestOptions): ApiPromise<OriginResponse>;
  updateOrigin(id: string, body: OriginRequest, request?: RequestOptions): ApiPromise<OriginResponse>;
  deleteOrigin(id: string, request?: RequestOptions): ApiPromise<EmptyResult>;
  listUrlEndpoints(request?: RequestOptions): ApiPromise<UrlEndpoint[]>;
  createUrlEndpoint(body: UrlEndpointRequest, request?: RequestOptions): ApiPromise<UrlEndpoint>;
  getUrlEndpoint(id: string, request?: RequestOptions): ApiPromise<UrlEndpoint>;
  updateUrlEndpoint(id: string, body: UrlEndpointRequest, request?: RequestOptions): ApiPromise<UrlEndpoint>;
  deleteUrlEndpoint(id: string, request?: RequestOptions): ApiPromise<EmptyResult>;
  /** `POST /api/v2/files/upload`: the options of `uploadFile`; client-side, a `token` JWT from your server. */
  uploadFileV2(options: UploadParams, request?: RequestOptions): ApiPromise<UploadResult>;
  /**
   * Every file of `listFiles(options)`, fetched lazily in pages of `options.limit` (default 1000) from `options.skip`
   * (default 0) until a short page: `for await (const f of ik.iterateFiles({ path: "/a", limit: 100 })) …`.
   * Leaving the loop stops the requests; an aborted `request.signal` rejects with `AbortError`.
   */
  iterateFiles(options?: ListFilesOptions, request?: RequestOptions): AsyncGenerator<FileObject, void, undefined>;

  // --- The resource surface of `@imagekit/nodejs` 7 over this same client.
  readonly files: FilesResource;
  readonly folders: FoldersResource;
  readonly assets: { list(query?: ListFilesOptions | null, request?: RequestOptions): ApiPromise<(FileObject | FolderObject)[]> };
  readonly cache: {
    invalidation: {
      create(body: { url: string }, request?: RequestOptions): ApiPromise<PurgeRequest>;
      get(requestId: string, request?: RequestOptions): ApiPromise<PurgeStatus>;
    };
  };
  readonly customMetadataFields: {
    create(body: CustomMetadataFieldCreateOptions, request?: RequestOptions): ApiPromise<CustomMetadataField>;
    list(query?: WithSnakeCase<{ includeDeleted?: boolean; folderPath?: string }> | null, request?: RequestOptions): ApiPromise<CustomMetadataField[]>;
    update(id: string, body: CustomMetadataFieldUpdateOptions, request?: RequestOptions): ApiPromise<CustomMetadataField>;
    delete(id: string, request?: RequestOptions): Promise<null>;
  };
  readonly savedExtensions: CrudResource<SavedExtension, SavedExtensionCreateParams, Partial<SavedExtensionCreateParams>>;
  readonly namedTransformations: CrudResource<NamedTransformation, NamedTransformationCreateParams, Partial<NamedTransformationCreateParams>>;
  readonly accounts: {
    usage: { get(query: UsageParams, request?: RequestOptions): ApiPromise<Usage> };
    usageAnalytics: { get(query: UsageParams, request?: RequestOptions): ApiPromise<UsageAnalytics> };
    origins: CrudResource<OriginResponse, OriginRequest, OriginRequest>;
    urlEndpoints: CrudResource<UrlEndpoint, UrlEndpointRequest, UrlEndpointRequest>;
  };
  readonly beta: { v2: { files: { upload(body: ResourceUploadParams, request?: RequestOptions): ApiPromise<UploadResult> } } };
  readonly helper: {
    buildSrc(options: SignedSrcOptions): string;
    buildTransformationString(transformation?: Transformation[]): string;
    getResponsiveImageAttributes(options: ResponsiveImageOptions): ResponsiveImageAttributes;
    getAuthenticationParameters(token?: string, expire?: number | string): AuthenticationParameters;
  };
  readonly webhooks: {
    /** Verifies (Standard Webhooks, `key` defaulting to the client's `webhookSecret`) and parses; without `headers`, only parses. */
    unwrap<E = WebhookEvent>(body: WebhookBody, options?: { headers?: WebhookHeaders; key?: string }): E;
    unsafeUnwrap<E = WebhookEvent>(body: WebhookBody): E;
  };
  /** The seed's `url()`: path or query position, signing with `signed` / `expireSeconds`. */
  url(options: UrlOptions): string;
  /** `buildSrc` with `signed` / `expiresIn` signed by the client's key. */
  buildSrc(options: SignedSrcOptions): string;
  /** Parameters for a client-side upload; defaults: a random UUID v4 token, expiry now + 1800 s. */
  getAuthenticationParameters(token?: string, expire?: number | string): AuthenticationParameters;
  phashDistance(first: string, second: string): number;
  verifyWebhookEvent<E = WebhookEvent>(rawBody: WebhookBody, signatureHeader: string, secret?: string): VerifiedWebhookEvent<E>;
  unwrapWebhook<E = WebhookEvent>(rawBody: WebhookBody, headers: WebhookHeaders, secret?: string): E;
  /** The configuration without secrets. */
  toJSON(): ClientDescription;
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
export type ApiPromise<T> = Promise<WithResponseMetadata<T>>;
/** A payload with the `responseMetadata` every API result carries (non-enumerable: JSON.stringify leaves it out). */
export type WithResponseMetadata<T> = T & { readonly responseMetadata: ResponseMetadata };

export interface ListFilesCamelOptions {
  type?: "file" | "file-version" | "folder" | "all";
  sort?: string;
  path?: string;
  searchQuery?: string;
  fileType?: "all" | "image" | "non-image";
  /** With `iterateFiles`: the page size. */
  limit?: number;
  skip?: number;
  tags?: string | string[];
  name?: string;
  includeFolder?: boolean;
}
/** Options of `listFiles`, camelCase or snake_case (`search_query`, `file_type`, …). */
export type ListFilesOptions = WithSnakeCase<ListFilesCamelOptions>;

/** What an upload takes as its `file`. `files.upload` / `beta.v2.files.upload` / `toFile` also take a Response or an async iterable of chunks (e.g. `fs.createReadStream`). */
export type Uploadable = string | Blob | ArrayBuffer | ArrayBufferView;
export type ResourceUploadable = Uploadable | Response | AsyncIterable<Uint8Array | string>;

/** The upload's options besides `file` and `onProgress` (the API's form fields), camelCase. */
export interface UploadCamelOptions {
  fileName: string;
  useUniqueFileName?: boolean;
  tags?: string[] | string;
  folder?: string;
  isPrivateFile?: boolean;
  isPublished?: boolean;
  customCoordinates?: string;
  responseFields?: string[] | string;
  extensions?: Extension[];
  webhookUrl?: string;
  overwriteFile?: boolean;
  overwriteAITags?: boolean;
  overwriteTags?: boolean;
  overwriteCustomMetadata?: boolean;
  customMetadata?: Record<string, unknown>;
  transformation?: { pre?: string; post?: UploadPostTransformation[] };
  checks?: string;
  description?: string;
  /** Client-side uploads: the public key (else the client's), and the server's `getAuthenticationParameters()`. */
  publicKey?: string;
  signature?: string;
  expire?: number;
  token?: string;
}
export interface UploadPostTransformation {
  type: "transformation" | "gif-to-video" | "thumbnail" | "abs";
  value?: string;
  protocol?: "hls" | "dash";
}
/** An extension of an upload or update: `{ name: "remove-bg", options }`, `{ name: "google-auto-tagging", maxTags, minConfidence }`, … */
export interface Extension {
  name: string;
  options?: Record<string, unknown>;
  maxTags?: number;
  minConfidence?: number;
}
/** The upload's options: camelCase or snake_case, with the file name in either spelling. */
export type UploadParams = UploadFields & { file: Uploadable };
/** Every upload field but `file`; the file name in either spelling. */
export type UploadFields = WithSnakeCase<Omit<UploadCamelOptions, "fileName">> & ({ fileName: string } | { file_name: string }) & {
  onProgress?: (progress: { loaded: number; total: number }) => void;
};
export type ResourceUploadParams = UploadFields & { file: ResourceUploadable | Promise<ResourceUploadable> };

/** `@imagekit/nodejs` 7's `toFile`: bytes, a Blob, a Response or an async iterable as a `File` named `name`. */
export declare function toFile(
  value: ResourceUploadable | Promise<ResourceUploadable>,
  name?: string | null,
  options?: { type?: string; lastModified?: number },
): Promise<File>;

/** list / create / get / update / delete of one account resource; `delete` resolves to `null` as in `@imagekit/nodejs`. */
export interface CrudResource<T, C, U> {
  list(request?: RequestOptions): ApiPromise<T[]>;
  create(body: C, request?: RequestOptions): ApiPromise<T>;
  get(id: string, request?: RequestOptions): ApiPromise<T>;
  update(id: string, body: U, request?: RequestOptions): ApiPromise<T>;
  delete(id: string, request?: RequestOptions): Promise<null>;
}


export interface FilesResource {
  upload(body: ResourceUploadParams, request?: RequestOptions): ApiPromise<FileObject>;
  get(fileId: string, request?: RequestOptions): ApiPromise<FileObject>;
  update(fileId: string, body: UpdateFileOptions, request?: RequestOptions): ApiPromise<FileObject>;
  /** `null`, as `@imagekit/nodejs` answers a 204. */
  delete(fileId: string, request?: RequestOptions): Promise<null>;
  copy(body: CopyFileOptions, request?: RequestOptions): Promise<WithResponseMetadata<EmptyResult> | null>;
  move(body: MoveFileOptions, request?: RequestOptions): Promise<WithResponseMetadata<EmptyResult> | null>;
  rename(body: RenameFileOptions, request?: RequestOptions): ApiPromise<RenameFileResult>;
  bulk: {
    delete(body: { fileIds: string[] }, request?: RequestOptions): ApiPromise<BulkDeleteResult>;
    addTags(body: { fileIds: string[]; tags: string[] }, request?: RequestOptions): ApiPromise<TagsResult>;
    removeTags(body: { fileIds: string[]; tags: string[] }, request?: RequestOptions): ApiPromise<TagsResult>;
    removeAITags(body: { fileIds: string[]; AITags: string[] }, request?: RequestOptions): ApiPromise<TagsResult>;
  };
  versions: {
    list(fileId: string, request?: RequestOptions): ApiPromise<FileObject[]>;
    get(versionId: string, params: { fileId: string }, request?: RequestOptions): ApiPromise<FileObject>;
    delete(versionId: string, params: { fileId: string }, request?: RequestOptions): Promise<null>;
    restore(versionId: string, params: { fileId: string }, request?: RequestOptions): ApiPromise<FileObject>;
  };
  metadata: {
    get(fileId: string, request?: RequestOptions): ApiPromise<FileMetadata>;
    getFromURL(query: { url: string }, request?: RequestOptions): ApiPromise<FileMetadata>;
  };
}

export interface FoldersResource {
  create(body: CreateFolderOptions, request?: RequestOptions): ApiPromise<EmptyResult>;
  delete(body: { folderPath: string }, request?: RequestOptions): Promise<WithResponseMetadata<EmptyResult> | null>;
  copy(body: CopyFolderOptions & { includeVersions?: boolean }, request?: RequestOptions): ApiPromise<BulkJob>;
  move(body: MoveFolderOptions, request?: RequestOptions): ApiPromise<BulkJob>;
  rename(body: FolderRenameParams, request?: RequestOptions): ApiPromise<BulkJob>;
  job: { get(jobId: string, request?: RequestOptions): ApiPromise<BulkJobStatus> };
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
export declare function verifyWebhookEvent<E = WebhookEvent>(rawBody: WebhookBody, signatureHeader: string, secret: string): VerifiedWebhookEvent<E>;
/** Verifies a Standard Webhooks delivery (±300 s) and returns the event. */
export declare function unwrapWebhook<E = WebhookEvent>(rawBody: WebhookBody, headers: WebhookHeaders, secret: string): E;

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

/** An HTTP error answer. Every one carries these three own properties (`help` is undefined when the body had none). */
export declare class APIError extends ImageKitError {
  status: number;
  help: string | undefined;
  responseMetadata: ResponseMetadata;
}
export declare class BadRequestError extends APIError {}
export declare class UnauthorizedError extends APIError {}
export declare class ForbiddenError extends APIError {}
export declare class NotFoundError extends APIError {}
export declare class ConflictError extends APIError {}
export declare class TooManyRequestsError extends APIError {
  /** Seconds to wait, from `retry-after-ms` / `Retry-After`; undefined when the answer had neither. */
  retryAfter: number | undefined;
  /** The `x-ratelimit-*` headers as numbers (each undefined when absent). */
  rateLimit: RateLimit;
}
export interface RateLimit {
  limit: number | undefined;
  remaining: number | undefined;
  reset: number | undefined;
}
export declare class InternalServerError extends APIError {}
export declare class PartialSuccessError extends APIError {}
export declare class UnknownError extends APIError {}
export declare class ConnectionError extends ImageKitError {}
export declare class TimeoutError extends ConnectionError {}
export declare class AbortError extends ImageKitError {}
// ---- @imagekit/nodejs 7.11.0's extras and @imagekit/javascript 5.5.1's upload(): declared in nodejs7.d.ts --------
import type { APIError7Members, ClientOptions7, ImageKit7Members, RequestOptions7, UnprocessableEntityError } from "./nodejs7.js";
export * from "./nodejs7.js";
export interface ImageKitCamelOptions extends ClientOptions7 {}
export interface RequestOptions extends RequestOptions7 {}
export interface ImageKit extends ImageKit7Members {}
export interface APIError extends APIError7Members {}
// `@imagekit/javascript` 5.5.1's free `upload()` and its four error classes (the root's classes.js exports
// upload5.js); the CommonJS view (index.d.cts) re-exports them from upload5.d.cts.
export * from "./upload5.js";

// ---- issue 17 (parseUrl, transformUrl, ik.verifyUrl, responsive widths): declared in parse.d.ts ----------------
import type { ImageKitUrlTools, ResponsiveWidthOptions } from "./parse.js";
export * from "./parse.js";
export interface ImageKit extends ImageKitUrlTools {}
export interface ResponsiveImageOptions extends ResponsiveWidthOptions {}

/** The names `@imagekit/nodejs` 7 gives these errors: the very same classes. */
export {
  UnauthorizedError as AuthenticationError, ForbiddenError as PermissionDeniedError, TooManyRequestsError as RateLimitError,
  ConnectionError as APIConnectionError, TimeoutError as APIConnectionTimeoutError, AbortError as APIUserAbortError,
};
