import { api } from '../api';

export const saveVideoToPhotosAlbum = /* @__PURE__ */ api('saveVideoToPhotosAlbum', 'AI~', '7.1.20 - 7.0.0', {
  calls: 'biz.util.saveVideoToPhotosAlbum',
});
