import { api } from '../api';

export const saveImageToPhotosAlbum = /* @__PURE__ */ api('saveImageToPhotosAlbum', 'AI~', '7.0.0 - 7.0.0', {
  calls: 'biz.util.saveImageToPhotosAlbum',
});
