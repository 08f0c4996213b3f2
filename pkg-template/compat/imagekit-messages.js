// The argument-error texts of `imagekit` 6.0.0 (its dist/libs/constants/errorMessages.js), which code written for
// 6.x compares against: `{message, help}` plain objects, handed over as they are (never as Error instances).
const m = (message, help = "") => Object.freeze({ message, help });
const FOLDER_HELP = "It should be a string like '/path/to/folder'";
const WEBHOOK_HELP = "Please pass x-ik-signature header as utf8 string";

export const MESSAGES = Object.freeze({
  MANDATORY_INITIALIZATION_MISSING: m("Missing publicKey or privateKey or urlEndpoint during ImageKit initialization"),
  MANDATORY_PUBLIC_KEY_MISSING: m("Missing publicKey during ImageKit initialization"),
  MANDATORY_PRIVATE_KEY_MISSING: m("Missing privateKey during ImageKit initialization"),
  MANDATORY_URL_ENDPOINT_KEY_MISSING: m("Missing urlEndpoint during ImageKit initialization"),
  INVALID_TRANSFORMATION_POSITION: m("Invalid transformationPosition parameter"),
  CACHE_PURGE_URL_MISSING: m("Missing URL parameter for this request"),
  CACHE_PURGE_STATUS_ID_MISSING: m("Missing Request ID parameter for this request"),
  FILE_ID_MISSING: m("Missing fileId parameter for this request"),
  FILE_VERSION_ID_MISSING: m("Missing versionId parameter for this request"),
  FILE_ID_OR_URL_MISSING: m("Pass either fileId or remote URL of the image as first parameter"),
  INVALID_LIST_OPTIONS: m("Pass a valid JSON list options e.g. {skip: 10, limit: 100}."),
  UPDATE_DATA_MISSING: m("Missing file update data for this request"),
  UPDATE_DATA_TAGS_INVALID: m("Invalid tags parameter for this request", "tags should be passed as null or an array like ['tag1', 'tag2']"),
  UPDATE_DATA_COORDS_INVALID: m("Invalid customCoordinates parameter for this request", "customCoordinates should be passed as null or a string like 'x,y,width,height'"),
  LIST_FILES_INPUT_MISSING: m("Missing options for list files", "If you do not want to pass any parameter for listing, pass an empty object"),
  MISSING_UPLOAD_DATA: m("Missing data for upload"),
  MISSING_UPLOAD_FILE_PARAMETER: m("Missing file parameter for upload"),
  MISSING_UPLOAD_FILENAME_PARAMETER: m("Missing fileName parameter for upload"),
  JOB_ID_MISSING: m("Missing jobId parameter"),
  INVALID_DESTINATION_FOLDER_PATH: m("Invalid destinationPath value", FOLDER_HELP),
  INVALID_INCLUDE_VERSION: m("Invalid includeFileVersions value", "It should be a boolean"),
  INVALID_SOURCE_FILE_PATH: m("Invalid sourceFilePath value", "It should be a string like /path/to/file.jpg'"),
  INVALID_SOURCE_FOLDER_PATH: m("Invalid sourceFolderPath value", FOLDER_HELP),
  INVALID_FOLDER_NAME: m("Invalid folderName value"),
  INVALID_PARENT_FOLDER_PATH: m("Invalid parentFolderPath value", FOLDER_HELP),
  INVALID_FOLDER_PATH: m("Invalid folderPath value", FOLDER_HELP),
  INVALID_PHASH_VALUE: m("Invalid pHash value", "Both pHash strings must be valid hexadecimal numbers"),
  MISSING_PHASH_VALUE: m("Missing pHash value", "Please pass two pHash values"),
  UNEQUAL_STRING_LENGTH: m("Unequal pHash string length", "For distance calucation, the two pHash strings must have equal length"),
  INVALID_FILEIDS_VALUE: m("Invalid value for fileIds", "fileIds should be an array of fileId of the files. The array should have atleast one fileId."),
  BULK_ADD_TAGS_INVALID: m("Invalid value for tags", "tags should be a non empty array of string like ['tag1', 'tag2']."),
  BULK_AI_TAGS_INVALID: m("Invalid value for AITags", "AITags should be a non empty array of string like ['tag1', 'tag2']."),
  CMF_NAME_MISSING: m("Missing name parameter for this request"),
  CMF_LABEL_MISSING: m("Missing label parameter for this request"),
  CMF_SCHEMA_MISSING: m("Missing schema parameter for this request"),
  CMF_SCHEMA_INVALID: m("Invalid value for schema", "schema should have a mandatory type field."),
  CMF_LABEL_SCHEMA_MISSING: m("Both label and schema is missing"),
  CMF_FIELD_ID_MISSING: m("Missing fieldId parameter for this request"),
  INVALID_FILE_PATH: m("Invalid value for filePath", "Pass the full path of the file. For example - /path/to/file.jpg"),
  INVALID_NEW_FILE_NAME: m("Invalid value for newFileName. It should be a string."),
  INVALID_PURGE_CACHE: m("Invalid value for purgeCache. It should be boolean."),
  VERIFY_WEBHOOK_EVENT_SIGNATURE_INCORRECT: m("Incorrect signature", WEBHOOK_HELP),
  VERIFY_WEBHOOK_EVENT_SIGNATURE_MISSING: m("Signature missing", WEBHOOK_HELP),
  VERIFY_WEBHOOK_EVENT_TIMESTAMP_MISSING: m("Timestamp missing", WEBHOOK_HELP),
  VERIFY_WEBHOOK_EVENT_TIMESTAMP_INVALID: m("Timestamp invalid", WEBHOOK_HELP),
  INVALID_TRANSFORMATION: m("Invalid transformation parameter. Please include at least pre, post, or both."),
  INVALID_PRE_TRANSFORMATION: m("Invalid pre transformation parameter."),
  INVALID_POST_TRANSFORMATION: m("Invalid post transformation parameter."),
});

/** A fresh `{message, help}` copy, so a caller who changes the error it got does not change the next one. */
export const argumentError = (key) => ({ ...MESSAGES[key] });
