// The hook table (see apiHooks.ts): files and images.
import { bizCspacePreview } from '@dingkit/core/apis/bizCspacePreview';
import { bizUtilDownloadFile } from '@dingkit/core/apis/bizUtilDownloadFile';
import { bizUtilIsLocalFileExist } from '@dingkit/core/apis/bizUtilIsLocalFileExist';
import { bizUtilOpenLocalFile } from '@dingkit/core/apis/bizUtilOpenLocalFile';
import { bizUtilPreviewImage } from '@dingkit/core/apis/bizUtilPreviewImage';
import { bizUtilUploadAttachment } from '@dingkit/core/apis/bizUtilUploadAttachment';
import { bizUtilUploadImage } from '@dingkit/core/apis/bizUtilUploadImage';
import { type ApiHook, createApiHook } from '../createApiHook';

/**
 * Lets the person choose images and uploads them; resolves with their URLs.
 * 上传图片：选择图片并上传，返回图片地址。
 */
export const useUploadImage: ApiHook<'biz.util.uploadImage'> = createApiHook(
  bizUtilUploadImage,
  'useUploadImage',
);

/**
 * Downloads a file into DingTalk's cache, with `progress`; `cancel()` stops it and the hook is `idle` again.
 * 下载文件到钉钉缓存：`progress` 为进度（整数百分比，完成时 100），`cancel()` 取消后回到 `idle`。
 */
export const useDownloadFile: ApiHook<'biz.util.downloadFile'> = createApiHook(
  bizUtilDownloadFile,
  'useDownloadFile',
);

/**
 * Opens a downloaded file by the URL it was downloaded from.
 * 打开已下载的文件（以下载地址为键）。
 */
export const useOpenLocalFile: ApiHook<'biz.util.openLocalFile'> = createApiHook(
  bizUtilOpenLocalFile,
  'useOpenLocalFile',
);

/**
 * Checks which downloaded files are still on disk; resolves with `{ url, path, isExist }` per file.
 * 检查已下载的文件是否还在，每个文件返回 `{ url, path, isExist }`。
 */
export const useLocalFileExists: ApiHook<'biz.util.isLocalFileExist'> = createApiHook(
  bizUtilIsLocalFileExist,
  'useLocalFileExists',
);

/**
 * Shows images full-size in DingTalk's viewer, starting at `current`.
 * 图片浏览：从 `current` 开始全屏查看图片。
 */
export const usePreviewImage: ApiHook<'biz.util.previewImage'> = createApiHook(
  bizUtilPreviewImage,
  'usePreviewImage',
);

/**
 * Uploads files to 钉盘 or picks files from it; resolves with `{ type, data }`.
 * 上传附件：上传到钉盘或从钉盘选择文件，返回 `{ type, data }`。
 */
export const useUploadAttachment: ApiHook<'biz.util.uploadAttachment', 'space.corpId'> = createApiHook(
  bizUtilUploadAttachment,
  'useUploadAttachment',
  ['space.corpId'],
);

/**
 * Previews a file stored in 钉盘.
 * 钉盘文件预览。
 */
export const useCspacePreview: ApiHook<'biz.cspace.preview', 'corpId'> = createApiHook(
  bizCspacePreview,
  'useCspacePreview',
  ['corpId'],
);
