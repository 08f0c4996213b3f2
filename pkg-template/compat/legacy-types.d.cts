// Type shapes that both legacy SDKs (`imagekit` 6 and `imagekit-javascript` 4) declare alike, for the types of
// both compat entries (imagekit.d.ts, imagekit-javascript.d.ts). A .d.cts, so that their ES module and CommonJS
// views can both import it.
export type TransformationPosition = "path" | "query";
export type FileType = "all" | "image" | "non-image";
export interface ResponseMetadata {
  statusCode: number;
  headers: Record<string, string | number | boolean>;
}
/** A result with its `$ResponseMetadata` (optional on errors). */
export type IKResponse<T> = T extends Error ? T & { $ResponseMetadata?: ResponseMetadata } : T & { $ResponseMetadata: ResponseMetadata };
/** A step of an upload's `transformation.post`. */
export type PostTransformation =
  | { type: "transformation"; value: string }
  | { type: "gif-to-video" | "thumbnail"; value?: string }
  | { type: "abs"; value: string; protocol: "hls" | "dash" };
/** The fields of the upload API's answer both SDKs declare. */
export interface UploadResponseFields {
  fileId: string;
  name: string;
  url: string;
  thumbnailUrl: string;
  height: number;
  width: number;
  size: number;
  fileType: FileType;
  filePath: string;
  tags?: string[];
  isPrivateFile: boolean;
  customCoordinates: string | null;
  extensionStatus?: { [key: string]: string };
}
/** The upload options both SDKs declare (each adds its own `file` and authentication fields). */
export interface UploadOptionsFields {
  fileName: string;
  useUniqueFileName?: boolean;
  tags?: string | string[];
  folder?: string;
  isPrivateFile?: boolean;
  customCoordinates?: string;
  responseFields?: string | string[];
  webhookUrl?: string;
  overwriteFile?: boolean;
  overwriteAITags?: boolean;
  overwriteTags?: boolean;
  overwriteCustomMetadata?: boolean;
  transformation?: { pre?: string; post?: PostTransformation[] };
  checks?: string;
}
