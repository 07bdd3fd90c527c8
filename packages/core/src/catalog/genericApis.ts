// TODO(catalog): every name of the handbook's H5 JS-API table.
export type GenericApiName = 'device.notification.vibrate';
