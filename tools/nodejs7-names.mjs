// The `ImageKit.*` type namespace (tools/assemble.mjs): every type of index.d.ts under `ImageKit.` (as
// `ImageKit.FileObject`), plus the names `@imagekit/nodejs` 7.11.0 declares there (its client.d.ts, and each
// resource's own namespace: `ImageKit.Files.FileUploadParams`) wherever ours has that type, so that TypeScript
// written for 7.x compiles against ours. The CommonJS view (cjs-declarations.mjs) and the ES module view
// (`esmNamespace`, appended to pkg/index.d.ts) give the same names.

/** 7.x's names → ours, at the top of its namespace (`""`) and in each resource's namespace. 7.x names we have no
 * type for (`FolderCopyParams` names its flag `includeVersions`, the bulk calls' params, …) are left out. */
export const NODEJS7_NAMES = {
  "": {
    File: "FileObject", Folder: "FolderObject", Metadata: "FileMetadata", UpdateFileRequest: "UpdateFileOptions",
    FileUpdateParams: "UpdateFileOptions", FileUpdateResponse: "FileObject", FileRenameResponse: "RenameFileResult",
    FileUploadResponse: "UploadResult", FileUploadParams: "ResourceUploadParams", FileCopyParams: "CopyFileOptions",
    FileMoveParams: "MoveFileOptions", FileRenameParams: "RenameFileOptions",
    CustomMetadataFieldCreateParams: "CustomMetadataFieldCreateOptions",
    CustomMetadataFieldUpdateParams: "CustomMetadataFieldUpdateOptions",
    AssetListParams: "ListFilesOptions", FolderCreateParams: "CreateFolderOptions", FolderMoveParams: "MoveFolderOptions",
    FolderCopyResponse: "BulkJob", FolderMoveResponse: "BulkJob", FolderRenameResponse: "BulkJob",
    FileCreateEvent: "FileCreatedEvent", FileDeleteEvent: "FileDeletedEvent", FileUpdateEvent: "FileUpdatedEvent",
    FileVersionCreateEvent: "FileVersionCreatedEvent", FileVersionDeleteEvent: "FileVersionDeletedEvent",
    GetImageAttributesOptions: "ResponsiveImageOptions",
  },
  Files: {
    File: "FileObject", Folder: "FolderObject", Metadata: "FileMetadata", UpdateFileRequest: "UpdateFileOptions",
    FileUpdateParams: "UpdateFileOptions", FileUpdateResponse: "FileObject", FileRenameResponse: "RenameFileResult",
    FileUploadResponse: "UploadResult", FileUploadParams: "ResourceUploadParams", FileCopyParams: "CopyFileOptions",
    FileMoveParams: "MoveFileOptions", FileRenameParams: "RenameFileOptions", BulkDeleteResponse: "BulkDeleteResult",
    BulkAddTagsResponse: "TagsResult", BulkRemoveTagsResponse: "TagsResult", BulkRemoveAITagsResponse: "TagsResult",
  },
  Folders: {
    FolderCreateParams: "CreateFolderOptions", FolderMoveParams: "MoveFolderOptions", FolderRenameParams: "FolderRenameParams",
    FolderCopyResponse: "BulkJob", FolderMoveResponse: "BulkJob", FolderRenameResponse: "BulkJob", JobGetResponse: "BulkJobStatus",
  },
  CustomMetadataFields: {
    CustomMetadataField: "CustomMetadataField", CustomMetadataFieldCreateParams: "CustomMetadataFieldCreateOptions",
    CustomMetadataFieldUpdateParams: "CustomMetadataFieldUpdateOptions",
  },
  Assets: { AssetListParams: "ListFilesOptions" },
  SavedExtensions: { SavedExtensionCreateParams: "SavedExtensionCreateParams" },
  NamedTransformations: { NamedTransformationCreateParams: "NamedTransformationCreateParams" },
  Webhooks: {
    FileCreateEvent: "FileCreatedEvent", FileDeleteEvent: "FileDeletedEvent", FileUpdateEvent: "FileUpdatedEvent",
    FileVersionCreateEvent: "FileVersionCreatedEvent", FileVersionDeleteEvent: "FileVersionDeletedEvent",
    UploadPostTransformErrorEvent: "UploadPostTransformErrorEvent", UploadPostTransformSuccessEvent: "UploadPostTransformSuccessEvent",
    UploadPreTransformErrorEvent: "UploadPreTransformErrorEvent", UploadPreTransformSuccessEvent: "UploadPreTransformSuccessEvent",
    VideoTransformationAcceptedEvent: "VideoTransformationAcceptedEvent", VideoTransformationErrorEvent: "VideoTransformationErrorEvent",
    VideoTransformationReadyEvent: "VideoTransformationReadyEvent", UnwrapWebhookEvent: "UnwrapWebhookEvent",
    UnsafeUnwrapWebhookEvent: "UnsafeUnwrapWebhookEvent",
  },
  Accounts: {
    OriginRequest: "OriginRequest", OriginResponse: "OriginResponse", OriginCreateParams: "OriginRequest",
    URLEndpointRequest: "UrlEndpointRequest", URLEndpointResponse: "UrlEndpoint", URLEndpointCreateParams: "UrlEndpointRequest",
    UsageGetParams: "UsageParams", UsageGetResponse: "Usage",
  },
};

/**
 * The lines of the namespace body for 7.x's names, each an alias of `${prefix}${ours}` (`Api.` in CommonJS, the
 * module's own namespace import in ES modules), less the top-level names `taken` (ours, already there).
 */
export function nodejs7Lines(prefix, declared, taken) {
  const alias = (indent) => ([name, ours]) => {
    if (!declared.includes(ours)) throw new Error(`tools/nodejs7-names.mjs: ${name} names ${ours}, which index.d.ts does not declare`);
    // A type alias, not `export import`: a namespace holding import aliases counts as a value (TS), and these
    // resource namespaces have none (7.x's `ImageKit.Files` class is not ours).
    return `${indent}export type ${name} = ${prefix}${ours};`;
  };
  const top = Object.entries(NODEJS7_NAMES[""]).filter(([name]) => !taken.includes(name)).map(alias("  "));
  const nested = Object.entries(NODEJS7_NAMES).filter(([k]) => k).flatMap(([resource, names]) => [
    `  export namespace ${resource} {`, ...Object.entries(names).map(alias("    ")), "  }",
  ]);
  return [...top, ...nested];
}

/**
 * The ES module view's `ImageKit` namespace, merged into `export declare class ImageKit` of index.d.ts: each type
 * (interfaces and type aliases as `export import`, keeping their type parameters; classes by their instance type —
 * their values are the class's statics already), and 7.x's names.
 * @param {string[]} classes the classes index.d.ts and its parts declare
 * @param {string[]} types their interfaces and type aliases
 */
export function esmNamespace(classes, types) {
  // An interface merged into a class of the same name (`interface ImageKit extends ImageKit7Members`) is the class.
  const own = [...new Set(types)].filter((n) => !classes.includes(n)).map((n) => `  export import ${n} = __ImageKitTypes.${n};`);
  const ownClasses = [...new Set(classes)].filter((n) => n !== "ImageKit").map((n) => `  export type ${n} = __ImageKitTypes.${n};`);
  const all = [...classes, ...types];
  return `
// ---- generated by tools/assemble.mjs (tools/nodejs7-names.mjs): the \`ImageKit.*\` type namespace --------------
import * as __ImageKitTypes from "./index.js";
/** Every type of this package as \`ImageKit.<name>\`, and \`@imagekit/nodejs\` 7's names for them
 * (\`ImageKit.File\`, \`ImageKit.Files.FileUploadParams\`, …). */
export declare namespace ImageKit {
${[...own, ...ownClasses, ...nodejs7Lines("__ImageKitTypes.", all, all)].join("\n")}
}
`;
}
