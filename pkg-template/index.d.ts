// Types of imagekit-wasm. Every export of the package is declared here.

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

/**
 * One transformation step: every key of the transformation table (transformations.tsv), in the spellings it lists.
 * A key the table lacks goes through `raw` (`{ raw: "e-custom-1" }`); the package also passes unknown keys on as
 * `key-value`, but the types refuse them so that a typo (`widht`) fails to compile.
 */
export interface Transformation {
  /** inserted as it is */
  raw?: string;
  /** a layer (SPEC 3.3) */
  overlay?: Overlay;
  /** `w` */
  width?: number | string;
  /** `h` */
  height?: number | string;
  /** `ar` */
  aspectRatio?: number | string;
  /** `bg` */
  background?: number | string;
  /** `b` */
  border?: number | string;
  /** `c` */
  crop?: number | string;
  /** `cm` */
  cropMode?: number | string;
  /** `dpr` */
  dpr?: number | string;
  /** `fo` */
  focus?: number | string;
  /** `q` */
  quality?: number | string;
  /** `x` */
  x?: number | string;
  /** `xc` */
  xCenter?: number | string;
  /** `y` */
  y?: number | string;
  /** `yc` */
  yCenter?: number | string;
  /** `f` */
  format?: number | string;
  /** `vc` */
  videoCodec?: number | string;
  /** `ac` */
  audioCodec?: number | string;
  /** `r` */
  radius?: number | string;
  /** `rt` */
  rotation?: number | string;
  /** `bl` */
  blur?: number | string;
  /** `n` */
  named?: number | string;
  /** `di`, a path */
  defaultImage?: string;
  /** `fl` */
  flip?: boolean | number | string;
  /** `orig` */
  original?: boolean | number | string;
  /** `so` */
  startOffset?: number | string;
  /** `eo` */
  endOffset?: number | string;
  /** `du` */
  duration?: number | string;
  /** `sr`, values joined with `_` */
  streamingResolutions?: (string | number)[];
  /** `e-grayscale`; `true` gives the bare code */
  grayscale?: boolean | number | string;
  /** `e-upscale`; `true` gives the bare code */
  aiUpscale?: boolean | number | string;
  /** `e-retouch`; `true` gives the bare code */
  aiRetouch?: boolean | number | string;
  /** `e-genvar`; `true` gives the bare code */
  aiVariation?: boolean | number | string;
  /** `e-dropshadow`; `true` gives the bare code */
  aiDropShadow?: boolean | number | string;
  /** `e-changebg` */
  aiChangeBackground?: number | string;
  /** `e-edit` */
  aiEdit?: number | string;
  /** `e-bgremove`; `true` gives the bare code */
  aiRemoveBackground?: boolean | number | string;
  /** `e-removedotbg`; `true` gives the bare code */
  aiRemoveBackgroundExternal?: boolean | number | string;
  /** `e-contrast`; `true` gives the bare code */
  contrastStretch?: boolean | number | string;
  /** `e-shadow`; `true` gives the bare code */
  shadow?: boolean | number | string;
  /** `e-sharpen`; `true` gives the bare code */
  sharpen?: boolean | number | string;
  /** `e-usm`; `true` gives the bare code */
  unsharpMask?: boolean | number | string;
  /** `e-gradient`; `true` gives the bare code */
  gradient?: boolean | number | string;
  /** `cr` */
  colorReplace?: number | string;
  /** `e-distort` */
  distort?: number | string;
  /** `e-colorize` */
  colorize?: number | string;
  /** `pr` */
  progressive?: boolean | number | string;
  /** `lo` */
  lossless?: boolean | number | string;
  /** `cp` */
  colorProfile?: boolean | number | string;
  /** `md` */
  metadata?: boolean | number | string;
  /** `dn` */
  density?: number | string;
  /** `o` */
  opacity?: number | string;
  /** `t`; `true` gives the bare code */
  trim?: boolean | number | string;
  /** `z` */
  zoom?: number | string;
  /** `pg` */
  page?: number | string;
  /** `lm` */
  layerMode?: number | string;
  /** `fs` */
  fontSize?: number | string;
  /** `ff`, a path */
  fontFamily?: string;
  /** `co` */
  fontColor?: number | string;
  /** `ia` */
  innerAlignment?: number | string;
  /** `pa` */
  padding?: number | string;
  /** `al` */
  alpha?: number | string;
  /** `tg` */
  typography?: number | string;
  /** `lh` */
  lineHeight?: number | string;
  /** `fol` */
  fontOutline?: number | string;
  /** `fsh` */
  fontShadow?: number | string;
  /** `ar` */
  aspect_ratio?: number | string;
  /** `cm` */
  crop_mode?: number | string;
  /** `cp` */
  color_profile?: boolean | number | string;
  /** `di`, a path */
  default_image?: string;
  /** `e-sharpen`; `true` gives the bare code */
  effect_sharpen?: boolean | number | string;
  /** `e-usm`; `true` gives the bare code */
  effect_usm?: boolean | number | string;
  /** `e-contrast`; `true` gives the bare code */
  effect_contrast?: boolean | number | string;
  /** `e-grayscale`; `true` gives the bare code */
  effect_gray?: boolean | number | string;
  /** `e-shadow`; `true` gives the bare code */
  effect_shadow?: boolean | number | string;
  /** `e-gradient`; `true` gives the bare code */
  effect_gradient?: boolean | number | string;
  /** `rt` */
  rotate?: number | string;
  /** `e-sharpen`; `true` gives the bare code */
  effectSharpen?: boolean | number | string;
  /** `e-usm`; `true` gives the bare code */
  effectUSM?: boolean | number | string;
  /** `e-contrast`; `true` gives the bare code */
  effectContrast?: boolean | number | string;
  /** `e-grayscale`; `true` gives the bare code */
  effectGray?: boolean | number | string;
  /** `e-shadow`; `true` gives the bare code */
  effectShadow?: boolean | number | string;
  /** `e-gradient`; `true` gives the bare code */
  effectGradient?: boolean | number | string;
  /** `ox` */
  overlay_x?: number | string;
  /** `ox` */
  overlayX?: number | string;
  /** `oy` */
  overlay_y?: number | string;
  /** `oy` */
  overlayY?: number | string;
  /** `ofo` */
  overlay_focus?: number | string;
  /** `ofo` */
  overlayFocus?: number | string;
  /** `oh` */
  overlay_height?: number | string;
  /** `oh` */
  overlayHeight?: number | string;
  /** `ow` */
  overlay_width?: number | string;
  /** `ow` */
  overlayWidth?: number | string;
  /** `oi`, a path */
  overlay_image?: string;
  /** `oi`, a path */
  overlayImage?: string;
  /** `oit` */
  overlay_image_trim?: number | string;
  /** `oit` */
  overlayImageTrim?: number | string;
  /** `oiar` */
  overlay_image_aspect_ratio?: number | string;
  /** `oiar` */
  overlayImageAspectRatio?: number | string;
  /** `oibg` */
  overlay_image_background?: number | string;
  /** `oibg` */
  overlayImageBackground?: number | string;
  /** `oib` */
  overlay_image_border?: number | string;
  /** `oib` */
  overlayImageBorder?: number | string;
  /** `oidpr` */
  overlay_image_dpr?: number | string;
  /** `oidpr` */
  overlayImageDpr?: number | string;
  /** `oiq` */
  overlay_image_quality?: number | string;
  /** `oiq` */
  overlayImageQuality?: number | string;
  /** `oic` */
  overlay_image_cropping?: number | string;
  /** `oic` */
  overlayImageCropping?: number | string;
  /** `oifo` */
  overlay_image_focus?: number | string;
  /** `oifo` */
  overlayImageFocus?: number | string;
  /** `ot` */
  overlay_text?: number | string;
  /** `ot` */
  overlayText?: number | string;
  /** `ots` */
  overlay_text_font_size?: number | string;
  /** `ots` */
  overlayTextFontSize?: number | string;
  /** `otf` */
  overlay_text_font_family?: number | string;
  /** `otf` */
  overlayTextFontFamily?: number | string;
  /** `otc` */
  overlay_text_color?: number | string;
  /** `otc` */
  overlayTextColor?: number | string;
  /** `oa` */
  overlay_text_transparency?: number | string;
  /** `oa` */
  overlayTextTransparency?: number | string;
  /** `oa` */
  overlay_alpha?: number | string;
  /** `oa` */
  overlayAlpha?: number | string;
  /** `ott` */
  overlay_text_typography?: number | string;
  /** `ott` */
  overlayTextTypography?: number | string;
  /** `obg` */
  overlay_background?: number | string;
  /** `obg` */
  overlayBackground?: number | string;
  /** `ote` */
  overlay_text_encoded?: number | string;
  /** `ote` */
  overlayTextEncoded?: number | string;
  /** `otw` */
  overlay_text_width?: number | string;
  /** `otw` */
  overlayTextWidth?: number | string;
  /** `otbg` */
  overlay_text_background?: number | string;
  /** `otbg` */
  overlayTextBackground?: number | string;
  /** `otp` */
  overlay_text_padding?: number | string;
  /** `otp` */
  overlayTextPadding?: number | string;
  /** `otia` */
  overlay_text_inner_alignment?: number | string;
  /** `otia` */
  overlayTextInnerAlignment?: number | string;
  /** `or` */
  overlay_radius?: number | string;
  /** `or` */
  overlayRadius?: number | string;
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
  expire: number;
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
    getAuthenticationParameters(token?: string, expire?: number): AuthenticationParameters;
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
  getAuthenticationParameters(token?: string, expire?: number): AuthenticationParameters;
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

// --- What the API answers (results also carry `responseMetadata`; see `ApiPromise`). Fields the API may add
// later are not declared: read them through `responseMetadata.raw`, typed `unknown`.

/** An AI or auto-tagging tag of a file. */
export interface AITag {
  name: string;
  confidence?: number;
  source?: string;
}
/** A custom metadata field's schema as a file reports it. */
export interface SelectedFieldSchema {
  type: CustomMetadataFieldType;
  defaultValue?: string | number | boolean | (string | number | boolean)[];
  isValueRequired?: boolean;
  maxLength?: number;
  maxValue?: string | number;
  minLength?: number;
  minValue?: string | number;
  readOnly?: boolean;
  selectOptions?: (string | number | boolean)[];
  selectOptionsTruncated?: boolean;
}
/** The version a file (or file version) object describes. */
export interface VersionInfo {
  id: string;
  name: string;
}
/** A file or file version of the media library, as `getFileDetails`, `listFiles`, … answer. */
export interface FileObject {
  type: "file" | "file-version";
  fileId: string;
  name: string;
  filePath: string;
  url: string;
  /** The thumbnail URL (empty for a non-image). */
  thumbnail: string;
  fileType: "image" | "non-image" | (string & {});
  mime: string;
  size: number;
  height?: number;
  width?: number;
  hasAlpha: boolean;
  tags: string[] | null;
  AITags: AITag[] | null;
  customCoordinates: string | null;
  customMetadata: Record<string, unknown>;
  embeddedMetadata: Record<string, unknown>;
  selectedFieldsSchema?: Record<string, SelectedFieldSchema>;
  description?: string;
  isPrivateFile: boolean;
  isPublished: boolean;
  versionInfo: VersionInfo;
  audioCodec?: string;
  videoCodec?: string;
  bitRate?: number;
  duration?: number;
  createdAt: string;
  updatedAt: string;
}
/** A folder, as `listFiles({ type: "folder" | "all" })` lists it. */
export interface FolderObject {
  type: "folder";
  folderId: string;
  name: string;
  folderPath: string;
  customMetadata?: Record<string, unknown>;
  createdAt: string;
  updatedAt: string;
}
/** The result of an upload: the stored file (fields as `responseFields` asked for), and the extensions' state. */
export interface UploadResult {
  fileId: string;
  name: string;
  filePath: string;
  url: string;
  fileType: "image" | "non-image" | (string & {});
  size: number;
  height?: number;
  width?: number;
  thumbnailUrl?: string;
  tags?: string[] | null;
  AITags?: AITag[] | null;
  customCoordinates?: string | null;
  customMetadata?: Record<string, unknown>;
  embeddedMetadata?: Record<string, unknown>;
  selectedFieldsSchema?: Record<string, SelectedFieldSchema>;
  description?: string;
  isPrivateFile?: boolean;
  isPublished?: boolean;
  versionInfo?: VersionInfo;
  metadata?: FileMetadata;
  extensionStatus?: Partial<Record<"ai-auto-description" | "ai-tasks" | "aws-auto-tagging" | "google-auto-tagging" | "remove-bg", "success" | "pending" | "failed">>;
  audioCodec?: string;
  videoCodec?: string;
  bitRate?: number;
  duration?: number;
}
/** Image or video metadata (`getFileMetadata`, `getRemoteFileUrlMetadata`). */
export interface FileMetadata {
  height?: number;
  width?: number;
  size?: number;
  format?: string;
  hasColorProfile?: boolean;
  quality?: number;
  density?: number;
  hasTransparency?: boolean;
  pHash?: string;
  exif?: {
    image?: Record<string, unknown>;
    thumbnail?: Record<string, unknown>;
    exif?: Record<string, unknown>;
    gps?: Record<string, unknown>;
    interoperability?: Record<string, unknown>;
    makernote?: Record<string, unknown>;
  };
  audioCodec?: string;
  videoCodec?: string;
  bitRate?: number;
  duration?: number;
}
export type CustomMetadataFieldType = "Text" | "Textarea" | "Number" | "Date" | "Boolean" | "SingleSelect" | "MultiSelect";
export interface CustomMetadataFieldSchema {
  type: CustomMetadataFieldType;
  selectOptions?: (string | number | boolean)[];
  defaultValue?: string | number | boolean | (string | number | boolean)[];
  isValueRequired?: boolean;
  minValue?: string | number;
  maxValue?: string | number;
  minLength?: number;
  maxLength?: number;
}
/** A custom metadata field definition. */
export interface CustomMetadataField {
  id: string;
  name: string;
  label: string;
  schema: CustomMetadataFieldSchema;
  description?: string;
}
export interface CustomMetadataFieldCreateOptions {
  name: string;
  label: string;
  schema: CustomMetadataFieldSchema;
  description?: string;
}
export interface CustomMetadataFieldUpdateOptions {
  label?: string;
  description?: string;
  schema?: Partial<CustomMetadataFieldSchema>;
}
/** What `updateFileDetails` may change (camelCase or snake_case). */
export type UpdateFileOptions = WithSnakeCase<{
  tags?: string[] | null;
  customCoordinates?: string | null;
  customMetadata?: Record<string, unknown>;
  description?: string;
  extensions?: Extension[];
  removeAITags?: string[] | "all";
  webhookUrl?: string;
  publish?: { isPublished: boolean; includeFileVersions?: boolean };
}>;
export interface CopyFileOptions { sourceFilePath: string; destinationPath: string; includeFileVersions?: boolean }
export interface MoveFileOptions { sourceFilePath: string; destinationPath: string }
export interface RenameFileOptions { filePath: string; newFileName: string; purgeCache?: boolean }
export interface CreateFolderOptions { folderName: string; parentFolderPath: string }
export interface CopyFolderOptions { sourceFolderPath: string; destinationPath: string; includeFileVersions?: boolean }
export interface MoveFolderOptions { sourceFolderPath: string; destinationPath: string }
/** The empty JSON object a 204 or an empty success answers with. */
export type EmptyResult = Record<never, never>;
export interface TagsResult { successfullyUpdatedFileIds: string[] }
export interface BulkDeleteResult { successfullyDeletedFileIds: string[] }
export interface RenameFileResult { purgeRequestId?: string }
/** A started folder copy, move or rename. */
export interface BulkJob { jobId: string }
export interface BulkJobStatus {
  jobId: string;
  type: "COPY_FOLDER" | "MOVE_FOLDER" | "RENAME_FOLDER";
  status: "Pending" | "Completed";
  purgeRequestId?: string;
}
export interface PurgeRequest { requestId: string }
export interface PurgeStatus { status: "Pending" | "Completed" }
/** `accounts.usageAnalytics.get`: the API's analytics report, whose shape ImageKit does not fix. */
export type UsageAnalytics = Record<string, unknown>;
/** `JSON.stringify(ik)` / `ik.toJSON()`: the configuration, the private key redacted. */
export type ClientDescription = {
  publicKey?: string;
  urlEndpoint?: string;
  transformationPosition: TransformationPosition;
  apiBaseUrl: string;
  uploadBaseUrl: string;
  timeout: number;
  maxRetries: number;
  privateKey?: "[redacted]";
};

// --- Webhook events (`verifyWebhookEvent`, `unwrapWebhook`, `ik.webhooks.unwrap`), by `type`.
interface EventBase<T extends string> {
  id: string;
  type: T;
  created_at: string;
}
export interface VideoTransformationOptions {
  video_codec?: "h264" | "vp9" | "av1";
  audio_codec?: "aac" | "opus";
  auto_rotate?: boolean;
  quality?: number;
  format?: "mp4" | "webm" | "jpg" | "png" | "webp";
  stream_protocol?: "HLS" | "DASH";
  variants?: string[];
}
interface VideoEventRequest { url: string; x_request_id: string; user_agent?: string }
interface VideoEventTransformation {
  type: "video-transformation" | "gif-to-video" | "video-thumbnail";
  options?: VideoTransformationOptions;
}
export interface VideoTransformationAcceptedEvent extends EventBase<"video.transformation.accepted"> {
  request: VideoEventRequest;
  data: { asset: { url: string }; transformation: VideoEventTransformation };
}
export interface VideoTransformationReadyEvent extends EventBase<"video.transformation.ready"> {
  request: VideoEventRequest;
  data: {
    asset: { url: string };
    transformation: VideoEventTransformation & {
      output?: { url: string; video_metadata?: { bitrate: number; duration: number; height: number; width: number } };
    };
  };
  timings?: { download_duration?: number; encoding_duration?: number };
}
export interface VideoTransformationErrorEvent extends EventBase<"video.transformation.error"> {
  request: VideoEventRequest;
  data: {
    asset: { url: string };
    transformation: VideoEventTransformation & { error?: { reason: "encoding_failed" | "download_failed" | "internal_server_error" } };
  };
}
export interface UploadPreTransformSuccessEvent extends EventBase<"upload.pre-transform.success"> {
  request: { transformation: string; x_request_id: string };
  data: UploadResult;
}
export interface UploadPreTransformErrorEvent extends EventBase<"upload.pre-transform.error"> {
  request: { transformation: string; x_request_id: string };
  data: { name: string; path: string; transformation: { error: { reason: string } } };
}
interface PostTransformRequest { transformation: UploadPostTransformation; x_request_id: string }
export interface UploadPostTransformSuccessEvent extends EventBase<"upload.post-transform.success"> {
  request: PostTransformRequest;
  data: { fileId: string; name: string; url: string };
}
export interface UploadPostTransformErrorEvent extends EventBase<"upload.post-transform.error"> {
  request: PostTransformRequest;
  data: { fileId: string; name: string; path: string; url: string; transformation: { error: { reason: string } } };
}
export interface FileCreatedEvent extends EventBase<"file.created"> { data: FileObject }
export interface FileUpdatedEvent extends EventBase<"file.updated"> { data: FileObject }
export interface FileDeletedEvent extends EventBase<"file.deleted"> { data: { fileId: string } }
export interface FileVersionCreatedEvent extends EventBase<"file-version.created"> { data: FileObject }
export interface FileVersionDeletedEvent extends EventBase<"file-version.deleted"> { data: { fileId: string; versionId: string } }
/** Every webhook event ImageKit sends; narrow on `type`. */
export type WebhookEvent =
  | VideoTransformationAcceptedEvent | VideoTransformationReadyEvent | VideoTransformationErrorEvent
  | UploadPreTransformSuccessEvent | UploadPreTransformErrorEvent
  | UploadPostTransformSuccessEvent | UploadPostTransformErrorEvent
  | FileCreatedEvent | FileUpdatedEvent | FileDeletedEvent | FileVersionCreatedEvent | FileVersionDeletedEvent;
/** `@imagekit/nodejs` 7's names for the same union. */
export type UnwrapWebhookEvent = WebhookEvent;
export type UnsafeUnwrapWebhookEvent = WebhookEvent;

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
  baseUrlForCanonicalHeader?: string;
  bucket?: string;
  prefix?: string;
  endpoint?: string;
  s3ForcePathStyle?: boolean;
  useIAMRole?: boolean;
  baseUrl?: string;
  forwardHostHeaderToOrigin?: boolean;
  clientEmail?: string;
  accountName?: string;
  container?: string;
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
/** The names `@imagekit/nodejs` 7 gives these errors: the very same classes. */
export {
  UnauthorizedError as AuthenticationError, ForbiddenError as PermissionDeniedError, TooManyRequestsError as RateLimitError,
  ConnectionError as APIConnectionError, TimeoutError as APIConnectionTimeoutError, AbortError as APIUserAbortError,
};
