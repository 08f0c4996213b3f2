// The webhook events ImageKit sends (re-exported by index.d.ts), by `type`.
import type { UploadPostTransformation } from "./index.js";
import type { FileObject, UploadResult } from "./models.js";

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
