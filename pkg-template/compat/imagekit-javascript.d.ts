// Types of `imagekit-wasm/compat/imagekit-javascript`, shaped as `imagekit-javascript` 4.0.1's own (its class
// and overloads, its interface names) so that TypeScript written for 4.x compiles unchanged. The CommonJS view
// (imagekit-javascript.d.cts, made by tools/assemble.mjs) is this text up to `export default ImageKit;`, with
// `export = ImageKit;` there, as `require()` gives the class itself.
import type * as Legacy from "./legacy-types.cjs";

declare class ImageKit {
  options: ImageKit.ImageKitOptions;
  constructor(opts: ImageKit.ImageKitOptions);
  url(urlOptions: ImageKit.UrlOptions): string;
  upload(uploadOptions: ImageKit.UploadOptions, options?: Partial<ImageKit.ImageKitOptions>): Promise<ImageKit.IKResponse<ImageKit.UploadResponse>>;
  upload(
    uploadOptions: ImageKit.UploadOptions,
    callback: (err: Error | null, response: ImageKit.IKResponse<ImageKit.UploadResponse> | null) => void,
    options?: Partial<ImageKit.ImageKitOptions>,
  ): void;
}

declare namespace ImageKit {
  type TransformationPosition = Legacy.TransformationPosition;
  type FileType = Legacy.FileType;
  type StreamingResolution = "240" | "360" | "480" | "720" | "1080" | "1440" | "2160";
  interface ImageKitOptions {
    urlEndpoint: string;
    publicKey?: string;
    transformationPosition?: TransformationPosition;
    /** imagekit-wasm only: where uploads go (4.x always posts to https://upload.imagekit.io/api/v1/files/upload). */
    uploadEndpoint?: string;
  }
  type ResponseMetadata = Legacy.ResponseMetadata;
  type IKResponse<T> = Legacy.IKResponse<T>;
  /** One step: 4.x's keys (written as 4.x maps them) or any `key: value`, written as `key-value`. */
  interface Transformation {
    width?: number | string;
    height?: number | string;
    aspectRatio?: number | string;
    background?: string;
    border?: string;
    crop?: "force" | "at_max" | "at_max_enlarge" | "at_least" | "maintain_ratio";
    cropMode?: "pad_resize" | "extract" | "pad_extract";
    dpr?: number;
    focus?: string;
    quality?: number;
    x?: number | string;
    xCenter?: number | string;
    y?: number | string;
    yCenter?: number | string;
    format?: "auto" | "webp" | "jpg" | "jpeg" | "png" | "gif" | "svg" | "mp4" | "webm" | "avif" | "orig";
    videoCodec?: "h264" | "vp9" | "av1" | "none";
    audioCodec?: "aac" | "opus" | "none";
    radius?: number | "max";
    rotation?: number | string;
    blur?: number;
    named?: string;
    defaultImage?: string;
    flip?: "h" | "v" | "h_v" | "v_h";
    original?: boolean;
    startOffset?: number | string;
    endOffset?: number | string;
    duration?: number | string;
    streamingResolutions?: StreamingResolution[];
    grayscale?: true;
    aiUpscale?: true;
    aiRetouch?: true;
    aiVariation?: true;
    aiDropShadow?: true | string;
    aiChangeBackground?: string;
    aiRemoveBackground?: true;
    aiRemoveBackgroundExternal?: true;
    contrastStretch?: true;
    shadow?: true | string;
    sharpen?: true | number;
    unsharpMask?: true | string;
    gradient?: true | string;
    progressive?: boolean;
    lossless?: boolean;
    colorProfile?: boolean;
    metadata?: boolean;
    opacity?: number;
    trim?: true | number;
    zoom?: number;
    page?: number | string;
    fontSize?: number | string;
    fontFamily?: string;
    fontColor?: string;
    innerAlignment?: "left" | "right" | "center";
    padding?: number | string;
    alpha?: number;
    typography?: "b" | "i" | "b_i";
    lineHeight?: number | string;
    fontOutline?: string;
    fontShadow?: string;
    raw?: string;
    overlay?: Overlay;
    [key: string]: unknown;
  }
  interface OverlayPosition { x?: number | string; y?: number | string; focus?: string }
  interface OverlayTiming { start?: number | string; duration?: number | string; end?: number | string }
  interface BaseOverlay { position?: OverlayPosition; timing?: OverlayTiming }
  interface TextOverlay extends BaseOverlay { type: "text"; text: string; encoding?: "auto" | "plain" | "base64"; transformation?: Transformation[] }
  interface ImageOverlay extends BaseOverlay { type: "image"; input: string; encoding?: "auto" | "plain" | "base64"; transformation?: Transformation[] }
  interface VideoOverlay extends BaseOverlay { type: "video"; input: string; encoding?: "auto" | "plain" | "base64"; transformation?: Transformation[] }
  interface SubtitleOverlay extends BaseOverlay { type: "subtitle"; input: string; encoding?: "auto" | "plain" | "base64"; transformation?: Transformation[] }
  interface SolidColorOverlay extends BaseOverlay { type: "solidColor"; color: string; transformation?: Transformation[] }
  type Overlay = TextOverlay | ImageOverlay | VideoOverlay | SubtitleOverlay | SolidColorOverlay;
  interface UrlOptionsBase {
    transformation?: Array<Transformation>;
    transformationPosition?: TransformationPosition;
    queryParameters?: { [key: string]: string | number };
    urlEndpoint?: string;
  }
  interface UrlOptionsSrc extends UrlOptionsBase { src: string; path?: never }
  interface UrlOptionsPath extends UrlOptionsBase { path: string; src?: never }
  type UrlOptions = UrlOptionsSrc | UrlOptionsPath;
  type PostTransformation = Legacy.PostTransformation;
  interface UploadOptions extends Legacy.UploadOptionsFields {
    /** A URL, base64 or data-URI string, or a Blob/File (imagekit-wasm also takes bytes). */
    file: string | Blob | File | ArrayBuffer | ArrayBufferView;
    signature: string;
    token: string;
    expire: number;
    extensions?: object[];
    customMetadata?: string | Record<string, string | number | boolean | Array<string | number | boolean>>;
    xhr?: XMLHttpRequest;
  }
  interface Metadata {
    height: number;
    width: number;
    size: number;
    format: string;
    hasColorProfile: boolean;
    quality: number;
    density: number;
    hasTransparency: boolean;
    pHash: string;
    exif: { [group: string]: any };
  }
  interface UploadResponse extends Legacy.UploadResponseFields {
    metadata?: Metadata;
    AITags?: object[];
  }
}

export default ImageKit;
// --- The ES module view only (the CommonJS view ends with `export = ImageKit;` above instead).
export type ImageKitOptions = ImageKit.ImageKitOptions;
export type TransformationPosition = ImageKit.TransformationPosition;
export type UploadOptions = ImageKit.UploadOptions;
export type UploadResponse = ImageKit.UploadResponse;
export type FileType = ImageKit.FileType;
export type UrlOptions = ImageKit.UrlOptions;
export type Transformation = ImageKit.Transformation;
