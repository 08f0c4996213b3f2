// What the media API answers, and the options of its calls (re-exported by index.d.ts).
import type { TransformationPosition, UploadPostTransformation, Extension, WithSnakeCase } from "./index.js";

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
