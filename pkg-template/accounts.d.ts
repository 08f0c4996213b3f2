// The account resources `@imagekit/nodejs` 7 adds (re-exported by index.d.ts): saved extensions, named
// transformations, usage, origins and URL endpoints.

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
