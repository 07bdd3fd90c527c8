// APIs marked PC-supported in the handbook's H5 JS-API table that the PC reference does not
// document; shapes follow dingtalk-jsapi's published declarations.
// TODO(catalog): fill in field by field.
export type ExtraApiMap = {};
