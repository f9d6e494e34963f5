/* Generated from schemas/shared/message-element.schema.json by `npm run generate`. Do not edit. */

/**
 * One element of a message's MsgBody, told apart by MsgType. The documented element types are checked field by field (each field optional, its type enforced); an element of a type IM adds later passes as OtherMessageElement. See https://www.tencentcloud.com/document/product/1047/33527
 */
export type MessageElement = KnownMessageElement | OtherMessageElement;
/**
 * An element of a type IM documents, told apart by MsgType.
 */
export type KnownMessageElement =
  | TextElement
  | LocationElement
  | FaceElement
  | CustomElement
  | SoundElement
  | ImageElement
  | FileElement
  | VideoFileElement;

/**
 * A text message element.
 */
export interface TextElement {
  MsgType: 'TIMTextElem';
  MsgContent: {
    /**
     * The text.
     */
    Text?: string;
  };
}
/**
 * A location message element.
 */
export interface LocationElement {
  MsgType: 'TIMLocationElem';
  MsgContent: {
    /**
     * A description of the place.
     */
    Desc?: string;
    /**
     * Latitude in degrees.
     */
    Latitude?: number;
    /**
     * Longitude in degrees.
     */
    Longitude?: number;
  };
}
/**
 * An emoji (face) message element.
 */
export interface FaceElement {
  MsgType: 'TIMFaceElem';
  MsgContent: {
    /**
     * The emoji's index, as the app defines it.
     */
    Index?: number;
    /**
     * Extra data.
     */
    Data?: string;
  };
}
/**
 * A custom message element: data the app defines.
 */
export interface CustomElement {
  MsgType: 'TIMCustomElem';
  MsgContent: {
    /**
     * The app's data.
     */
    Data?: string;
    /**
     * A description, used by offline push.
     */
    Desc?: string;
    /**
     * An extension field, used by offline push.
     */
    Ext?: string;
    /**
     * The sound of the offline push.
     */
    Sound?: string;
  };
}
/**
 * A voice message element.
 */
export interface SoundElement {
  MsgType: 'TIMSoundElem';
  MsgContent: {
    /**
     * Where the audio can be downloaded.
     */
    Url?: string;
    /**
     * The audio's ID.
     */
    UUID?: string;
    /**
     * Its size in bytes.
     */
    Size?: number;
    /**
     * Its length in seconds.
     */
    Second?: number;
    /**
     * How it is downloaded (2: from Url).
     */
    Download_Flag?: number;
  };
}
/**
 * An image message element.
 */
export interface ImageElement {
  MsgType: 'TIMImageElem';
  MsgContent: {
    /**
     * The image's ID.
     */
    UUID?: string;
    /**
     * 1 JPG, 2 GIF, 3 PNG, 4 BMP, 255 other.
     */
    ImageFormat?: number;
    /**
     * The image in its sizes: original, large and thumbnail.
     */
    ImageInfoArray?: ImageInfo[];
  };
}
/**
 * One size of the image.
 */
export interface ImageInfo {
  /**
   * 1 original, 2 large, 3 thumbnail.
   */
  Type?: number;
  /**
   * Size in bytes.
   */
  Size?: number;
  /**
   * Width in pixels.
   */
  Width?: number;
  /**
   * Height in pixels.
   */
  Height?: number;
  /**
   * Where it can be downloaded.
   */
  URL?: string;
}
/**
 * A file message element.
 */
export interface FileElement {
  MsgType: 'TIMFileElem';
  MsgContent: {
    /**
     * Where the file can be downloaded.
     */
    Url?: string;
    /**
     * The file's ID.
     */
    UUID?: string;
    /**
     * Its size in bytes.
     */
    FileSize?: number;
    /**
     * Its name.
     */
    FileName?: string;
    /**
     * How it is downloaded (2: from Url).
     */
    Download_Flag?: number;
  };
}
/**
 * A video message element, with its thumbnail.
 */
export interface VideoFileElement {
  MsgType: 'TIMVideoFileElem';
  MsgContent: {
    /**
     * Where the video can be downloaded.
     */
    VideoUrl?: string;
    /**
     * The video's ID.
     */
    VideoUUID?: string;
    /**
     * Its size in bytes.
     */
    VideoSize?: number;
    /**
     * Its length in seconds.
     */
    VideoSecond?: number;
    /**
     * Its format, e.g. mp4.
     */
    VideoFormat?: string;
    /**
     * How it is downloaded (2: from VideoUrl).
     */
    VideoDownloadFlag?: number;
    /**
     * Where the thumbnail can be downloaded.
     */
    ThumbUrl?: string;
    /**
     * The thumbnail's ID.
     */
    ThumbUUID?: string;
    /**
     * The thumbnail's size in bytes.
     */
    ThumbSize?: number;
    /**
     * The thumbnail's width in pixels.
     */
    ThumbWidth?: number;
    /**
     * The thumbnail's height in pixels.
     */
    ThumbHeight?: number;
    /**
     * The thumbnail's format, e.g. JPG.
     */
    ThumbFormat?: string;
    /**
     * How the thumbnail is downloaded.
     */
    ThumbDownloadFlag?: number;
  };
}
/**
 * An element of a type this package does not know (IM adds types over time, such as TIMRelayElem): passed through as it came.
 */
export interface OtherMessageElement {
  MsgType: string;
  MsgContent?: {
    [k: string]: unknown | undefined;
  };
}
