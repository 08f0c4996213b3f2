// Types of `imagekit-wasm/compat/imagekit`, shaped as `imagekit` 6.0.0's own (its class, overloads and interface
// names), so that TypeScript written for 6.x compiles unchanged. The types live in the `ImageKit` namespace (as
// `ImageKit.UploadResponse`) and, in this ES module view, as named type exports too. tools/assemble.mjs makes the
// CommonJS view (imagekit.d.cts) from this file: the same text up to `export default ImageKit;`, which becomes
// `export = ImageKit;` there (6.x's own declaration).
import type * as Legacy from "./legacy-types.cjs";

declare class ImageKit {
  options: ImageKit.ImageKitOptions;
  constructor(opts?: ImageKit.ImageKitOptions);
  url(urlOptions: ImageKit.UrlOptions): string;
  upload(uploadOptions: ImageKit.UploadOptions): Promise<ImageKit.IKResponse<ImageKit.UploadResponse>>;
  upload(uploadOptions: ImageKit.UploadOptions, callback: ImageKit.IKCallback<ImageKit.IKResponse<ImageKit.UploadResponse>>): void;
  listFiles(listOptions?: ImageKit.ListFileOptions): Promise<ImageKit.IKResponse<ImageKit.ListFileResponse>>;
  listFiles(listOptions: ImageKit.ListFileOptions, callback: ImageKit.IKCallback<ImageKit.IKResponse<ImageKit.ListFileResponse>>): void;
  getFileDetails(fileId: string): Promise<ImageKit.IKResponse<ImageKit.FileObject>>;
  getFileDetails(fileId: string, callback: ImageKit.IKCallback<ImageKit.IKResponse<ImageKit.FileObject>>): void;
  getFileVersions(fileId: string): Promise<ImageKit.IKResponse<ImageKit.FileObject>>;
  getFileVersions(fileId: string, callback: ImageKit.IKCallback<ImageKit.IKResponse<ImageKit.FileObject>>): void;
  getFileVersionDetails(options: ImageKit.FileVersionDetailsOptions): Promise<ImageKit.IKResponse<ImageKit.FileObject>>;
  getFileVersionDetails(options: ImageKit.FileVersionDetailsOptions, callback: ImageKit.IKCallback<ImageKit.IKResponse<ImageKit.FileObject>>): void;
  getFileMetadata(fileIdOrURL: string): Promise<ImageKit.IKResponse<ImageKit.FileMetadataResponse>>;
  getFileMetadata(fileIdOrURL: string, callback: ImageKit.IKCallback<ImageKit.IKResponse<ImageKit.FileMetadataResponse>>): void;
  updateFileDetails(fileId: string, updateData: ImageKit.FileDetailsOptions): Promise<ImageKit.IKResponse<ImageKit.FileObject>>;
  updateFileDetails(fileId: string, updateData: ImageKit.FileDetailsOptions, callback: ImageKit.IKCallback<ImageKit.IKResponse<ImageKit.FileObject>>): void;
  bulkAddTags(fileIds: string[], tags: string[]): Promise<ImageKit.IKResponse<void>>;
  bulkAddTags(fileIds: string[], tags: string[], callback: ImageKit.IKCallback<ImageKit.IKResponse<void>>): void;
  bulkRemoveTags(fileIds: string[], tags: string[]): Promise<ImageKit.IKResponse<void>>;
  bulkRemoveTags(fileIds: string[], tags: string[], callback: ImageKit.IKCallback<ImageKit.IKResponse<void>>): void;
  bulkRemoveAITags(fileIds: string[], tags: string[]): Promise<ImageKit.IKResponse<void>>;
  bulkRemoveAITags(fileIds: string[], tags: string[], callback: ImageKit.IKCallback<ImageKit.IKResponse<void>>): void;
  deleteFile(fileId: string): Promise<ImageKit.IKResponse<void>>;
  deleteFile(fileId: string, callback: ImageKit.IKCallback<ImageKit.IKResponse<void>>): void;
  deleteFileVersion(options: ImageKit.DeleteFileVersionOptions): Promise<ImageKit.IKResponse<void>>;
  deleteFileVersion(options: ImageKit.DeleteFileVersionOptions, callback: ImageKit.IKCallback<ImageKit.IKResponse<void>>): void;
  restoreFileVersion(options: ImageKit.RestoreFileVersionOptions): Promise<ImageKit.IKResponse<ImageKit.FileObject>>;
  restoreFileVersion(options: ImageKit.RestoreFileVersionOptions, callback: ImageKit.IKCallback<ImageKit.IKResponse<ImageKit.FileObject>>): void;
  purgeCache(url: string): Promise<ImageKit.IKResponse<ImageKit.PurgeCacheResponse>>;
  purgeCache(url: string, callback: ImageKit.IKCallback<ImageKit.IKResponse<ImageKit.PurgeCacheResponse>>): void;
  getPurgeCacheStatus(requestId: string, callback: ImageKit.IKCallback<ImageKit.IKResponse<ImageKit.PurgeCacheStatusResponse>>): void;
  getPurgeCacheStatus(requestId: string): Promise<ImageKit.IKResponse<ImageKit.PurgeCacheStatusResponse>>;
  bulkDeleteFiles(
    fileIdArray: string[],
    callback?: ImageKit.IKCallback<ImageKit.IKResponse<ImageKit.BulkDeleteFilesResponse>, ImageKit.IKResponse<ImageKit.BulkDeleteFilesError>>,
  ): void | Promise<ImageKit.IKResponse<ImageKit.BulkDeleteFilesResponse>>;
  copyFile(options: ImageKit.CopyFileOptions): Promise<ImageKit.IKResponse<void>>;
  copyFile(options: ImageKit.CopyFileOptions, callback: ImageKit.IKCallback<ImageKit.IKResponse<void>>): void;
  moveFile(options: ImageKit.MoveFileOptions): Promise<ImageKit.IKResponse<void>>;
  moveFile(options: ImageKit.MoveFileOptions, callback: ImageKit.IKCallback<ImageKit.IKResponse<void>>): void;
  renameFile(options: ImageKit.RenameFileOptions): Promise<ImageKit.IKResponse<ImageKit.RenameFileResponse>>;
  renameFile(options: ImageKit.RenameFileOptions, callback: ImageKit.IKCallback<ImageKit.IKResponse<ImageKit.RenameFileResponse>>): void;
  createFolder(options: ImageKit.CreateFolderOptions): Promise<ImageKit.IKResponse<void>>;
  createFolder(options: ImageKit.CreateFolderOptions, callback: ImageKit.IKCallback<ImageKit.IKResponse<void>>): void;
  deleteFolder(folderPath: string): Promise<ImageKit.IKResponse<void>>;
  deleteFolder(folderPath: string, callback: ImageKit.IKCallback<ImageKit.IKResponse<void>>): void;
  copyFolder(options: ImageKit.CopyFolderOptions): Promise<ImageKit.IKResponse<ImageKit.CopyFolderResponse>>;
  copyFolder(options: ImageKit.CopyFolderOptions, callback: ImageKit.IKCallback<ImageKit.IKResponse<ImageKit.CopyFolderResponse>, ImageKit.IKResponse<ImageKit.CopyFolderError>>): void;
  moveFolder(options: ImageKit.MoveFolderOptions): Promise<ImageKit.IKResponse<ImageKit.MoveFolderResponse>>;
  moveFolder(options: ImageKit.MoveFolderOptions, callback: ImageKit.IKCallback<ImageKit.IKResponse<ImageKit.MoveFolderResponse>, ImageKit.IKResponse<ImageKit.MoveFolderError>>): void;
  getAuthenticationParameters(token?: string, expire?: number): { token: string; expire: number; signature: string };
  getBulkJobStatus(jobId: string): Promise<ImageKit.IKResponse<void>>;
  getBulkJobStatus(jobId: string, callback: ImageKit.IKCallback<ImageKit.IKResponse<void>>): Promise<ImageKit.IKResponse<void>>;
  createCustomMetadataField(options: ImageKit.CreateCustomMetadataFieldOptions): Promise<ImageKit.IKResponse<ImageKit.CustomMetadataField>>;
  createCustomMetadataField(options: ImageKit.CreateCustomMetadataFieldOptions, callback: ImageKit.IKCallback<ImageKit.IKResponse<ImageKit.CustomMetadataField>>): Promise<ImageKit.IKResponse<ImageKit.CustomMetadataField>>;
  getCustomMetadataFields(options?: ImageKit.GetCustomMetadataFieldsOptions): Promise<ImageKit.IKResponse<ImageKit.CustomMetadataField[]>>;
  getCustomMetadataFields(options: ImageKit.GetCustomMetadataFieldsOptions, callback: ImageKit.IKCallback<ImageKit.IKResponse<ImageKit.CustomMetadataField[]>>): Promise<ImageKit.IKResponse<ImageKit.CustomMetadataField[]>>;
  updateCustomMetadataField(fieldId: string, options: ImageKit.UpdateCustomMetadataFieldOptions): Promise<ImageKit.IKResponse<ImageKit.CustomMetadataField>>;
  updateCustomMetadataField(fieldId: string, options: ImageKit.UpdateCustomMetadataFieldOptions, callback: ImageKit.IKCallback<ImageKit.IKResponse<ImageKit.CustomMetadataField>>): Promise<ImageKit.IKResponse<ImageKit.CustomMetadataField>>;
  deleteCustomMetadataField(fieldId: string): Promise<ImageKit.IKResponse<void>>;
  deleteCustomMetadataField(fieldId: string, callback: ImageKit.IKCallback<ImageKit.IKResponse<void>>): void;
  /** The distance, or (returned, not thrown) an Error for bad input. */
  pHashDistance(firstPHash: string | number, secondPHash: string | number): number | Error;
  verifyWebhookEvent: (payload: string | Uint8Array, signature: string, secret: string) => { timestamp: number; event: ImageKit.WebhookEvent };
}

declare namespace ImageKit {
  type TransformationPosition = Legacy.TransformationPosition;
  type FileType = Legacy.FileType;
  type FileFormat = "jpg" | "png" | "gif" | "svg" | "webp" | "pdf" | "js" | "css" | "txt" | "mp4" | "webm" | "mov" | "swf" | "ts" | "m3u8" | string;
  interface ImageKitOptions {
    uploadEndpoint?: string;
    publicKey: string;
    privateKey: string;
    urlEndpoint: string;
    transformationPosition?: TransformationPosition;
    /** imagekit-wasm only: the API's base URL (6.x always uses https://api.imagekit.io). */
    apiBaseUrl?: string;
    /** imagekit-wasm only: per attempt, in milliseconds (default 60000). */
    timeout?: number;
    /** imagekit-wasm only: retries on network errors, 408, 429 and 5xx (default 0, as 6.x). */
    maxRetries?: number;
  }
  type ResponseMetadata = Legacy.ResponseMetadata;
  type IKResponse<T> = Legacy.IKResponse<T>;
  interface IKCallback<T, E extends Error = Error> {
    (err: E | null, response: T): void;
    (err: E, response: T | null): void;
  }
  type Transformation = Partial<{ [key: string]: string | boolean | number }>;
  interface UrlOptionsBase {
    transformation?: Array<Transformation>;
    transformationPosition?: TransformationPosition;
    queryParameters?: { [key: string]: string };
    urlEndpoint?: string;
    signed?: boolean;
    expireSeconds?: number;
  }
  interface UrlOptionsSrc extends UrlOptionsBase { src: string; path?: never }
  interface UrlOptionsPath extends UrlOptionsBase { path: string; src?: never }
  type UrlOptions = UrlOptionsSrc | UrlOptionsPath;
  type FinalUrlOptions = ImageKitOptions & UrlOptions;
  interface EmbeddedMetadataValues { [key: string]: string | number | boolean | Date | Array<string | number | boolean | Date> }
  interface AITagItem { name: string; confidence: number; source: "google-auto-tagging" | "aws-auto-tagging" }
  interface CMValues { [key: string]: string | number | boolean | Array<string | number | boolean> }
  type Extension = (
    | { name: string; options: { bg_color?: string; bg_image_url?: string; add_shadow: boolean; semitransparency: boolean } }
    | { name: string; maxTags: number; minConfidence: number }
  )[];
  /** What `file` may be: a URL, base64 or data-URI string; bytes (a Buffer too); a Blob/File; a stream of chunks. */
  type UploadFile = string | ArrayBuffer | ArrayBufferView | Blob | AsyncIterable<unknown>;
  type PostTransformation = Legacy.PostTransformation;
  interface UploadOptions extends Legacy.UploadOptionsFields {
    file: UploadFile;
    extensions?: Extension;
    customMetadata?: { [key: string]: string | number | boolean | Array<string | number | boolean> };
    isPublished?: boolean;
  }
  interface UploadResponse extends Legacy.UploadResponseFields {
    metadata?: FileMetadataResponse;
    AITags?: AITagItem[];
    embeddedMetadata?: EmbeddedMetadataValues | null;
    customMetadata?: CMValues;
    isPublished?: boolean;
  }
  interface FileDetailsOptions {
    tags?: string[];
    customCoordinates?: string;
    extensions?: Extension;
    webhookUrl?: string;
    removeAITags?: string[];
    customMetadata?: CMValues;
    publish?: { isPublished: boolean; includeFileVersions?: boolean };
  }
  interface FileObject {
    fileId: string;
    type: "file" | "file-version";
    name: string;
    filePath: string;
    tags?: string[] | null;
    isPrivateFile: boolean;
    customCoordinates: string | null;
    url: string;
    thumbnail: string;
    fileType: FileType;
    AITags?: AITagItem[];
    extensionStatus?: { [key: string]: string };
    embeddedMetadata?: EmbeddedMetadataValues | null;
    customMetadata?: CMValues;
    size: number;
    createdAt: string;
    updatedAt: string;
    height: number;
    width: number;
    hasAlpha: boolean;
    mime?: string;
    versionInfo?: { name: string; id: string };
  }
  interface FolderObject {
    folderId: string;
    type: "folder";
    name: string;
    folderPath: string;
    createdAt: string;
    updatedAt: string;
  }
  interface FileVersionDetailsOptions { fileId: string; versionId: string }
  interface DeleteFileVersionOptions { fileId: string; versionId: string }
  interface RestoreFileVersionOptions { fileId: string; versionId: string }
  interface ListFileOptions {
    path?: string;
    fileType?: FileType;
    tags?: string | string[];
    includeFolder?: boolean;
    name?: string;
    limit?: number;
    skip?: number;
    sort?: string;
    type?: string;
    searchQuery?: string;
  }
  type ListFileResponse = Array<FileObject | FolderObject>;
  interface FileMetadataResponse {
    height: number;
    width: number;
    size: number;
    format: FileFormat;
    hasColorProfile: boolean;
    quality: number;
    density: number;
    hasTransparency: boolean;
    pHash: string;
    exif: { [group: string]: { [key: string]: any } };
  }
  interface PurgeCacheResponse { requestId: string }
  interface PurgeCacheStatusResponse { status: "Pending" | "Completed" }
  interface BulkDeleteFilesResponse { successfullyDeletedFileIds: string[] }
  interface BulkDeleteFilesError extends Error { help: string; missingFileIds: string[] }
  interface CopyFileOptions { sourceFilePath: string; destinationPath: string; includeFileVersions?: boolean }
  interface MoveFileOptions { sourceFilePath: string; destinationPath: string }
  interface CreateFolderOptions { folderName: string; parentFolderPath: string }
  interface CopyFolderOptions { sourceFolderPath: string; destinationPath: string; includeFileVersions?: boolean }
  interface CopyFolderResponse { jobId: string }
  interface CopyFolderError extends Error { help: string; message: string; reason: string }
  interface MoveFolderOptions { sourceFolderPath: string; destinationPath: string }
  interface MoveFolderResponse { jobId: string }
  interface MoveFolderError extends Error { help: string; message: string; reason: string }
  interface RenameFileOptions { filePath: string; newFileName: string; purgeCache?: boolean }
  interface RenameFileResponse { purgeRequestId?: string }
  type RequiredSchema<T> = { isValueRequired: true; defaultValue: T } | { isValueRequired?: false; defaultValue?: T };
  type CustomMetadataFieldSchema =
    | (RequiredSchema<string> & { type: "Text" | "Textarea"; minLength?: number; maxLength?: number })
    | (RequiredSchema<number> & { type: "Number" | "Date"; minValue?: string | number; maxValue?: string | number })
    | (RequiredSchema<Boolean> & { type: "Boolean" })
    | (RequiredSchema<Array<string | boolean | number>> & { type: "SingleSelect" | "MultiSelect"; selectOptions: Array<string | boolean | number> });
  type CustomMetadataFieldSchemaMinusType = CustomMetadataFieldSchema extends infer S ? (S extends unknown ? Omit<S, "type"> : never) : never;
  interface CreateCustomMetadataFieldOptions { name: string; label: string; schema: CustomMetadataFieldSchema }
  interface GetCustomMetadataFieldsOptions { includeDeleted?: boolean }
  interface CustomMetadataField { id: string; name: string; label: string; schema: CustomMetadataFieldSchema }
  interface UpdateCustomMetadataFieldOptions { label?: string; schema?: CustomMetadataFieldSchemaMinusType }
  /** A webhook event as verifyWebhookEvent parses it (6.x's union of video and upload transformation events). */
  interface WebhookEvent {
    type: string;
    id: string;
    created_at: string;
    [key: string]: any;
  }
}

export default ImageKit;
// --- The ES module view only (the CommonJS view ends with `export = ImageKit;` above instead).
export type IKCallback<T, E extends Error = Error> = ImageKit.IKCallback<T, E>;
export type IKResponse<T> = ImageKit.IKResponse<T>;
export type ImageKitOptions = ImageKit.ImageKitOptions;
export type UrlOptions = ImageKit.UrlOptions;
export type Transformation = ImageKit.Transformation;
export type TransformationPosition = ImageKit.TransformationPosition;
export type UploadOptions = ImageKit.UploadOptions;
export type UploadResponse = ImageKit.UploadResponse;
export type FileObject = ImageKit.FileObject;
export type FolderObject = ImageKit.FolderObject;
export type ListFileOptions = ImageKit.ListFileOptions;
export type ListFileResponse = ImageKit.ListFileResponse;
export type FileMetadataResponse = ImageKit.FileMetadataResponse;
export type FileDetailsOptions = ImageKit.FileDetailsOptions;
export type CustomMetadataField = ImageKit.CustomMetadataField;
export type WebhookEvent = ImageKit.WebhookEvent;
