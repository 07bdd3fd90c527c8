import { describe, expect, it } from 'vitest';
import { isSupported } from '../exports/catalogApi';
import { bizUtilOpenModal } from './apis';
import { compareVersions, supports } from './supports';

describe('isSupported', () => {
  it('answers false below the minimum version and true from it on', () => {
    expect(isSupported('biz.util.openModal', 'pc', '2.4.9')).toBe(false);
    expect(isSupported('biz.util.openModal', 'pc', '2.5.0')).toBe(true);
    expect(isSupported('biz.util.openModal', 'pc', '2.10.0')).toBe(true);
    expect(isSupported('biz.util.openModal', 'pc', '7.6.48')).toBe(true);
    expect(isSupported('biz.conference.videoConfCall', 'pc', '5.1.27')).toBe(false);
    expect(isSupported('biz.conference.videoConfCall', 'pc', '5.1.28')).toBe(true);
    expect(isSupported('biz.conference.videoConfCall', 'android', '5.0.7')).toBe(false);
    expect(isSupported('biz.conference.videoConfCall', 'ios', '5.0.8')).toBe(true);
  });

  it('answers from the support table alone when the version is unknown', () => {
    expect(isSupported('biz.util.openModal', 'pc')).toBe(true);
    expect(isSupported('biz.util.openModal', 'ios')).toBe(false);
    expect(isSupported('device.notification.vibrate', 'android')).toBe(true);
    expect(isSupported('device.notification.vibrate', 'pc')).toBe(false);
  });

  it('answers false on a platform the table excludes, whatever the version', () => {
    expect(isSupported('biz.util.openModal', 'android', '99.0.0')).toBe(false);
    expect(isSupported('biz.contact.choose', 'ios', '99.0.0')).toBe(false);
  });

  it('answers true where dingtalk-jsapi registers no minimum for a supported platform', () => {
    expect(isSupported('biz.contact.externalEditForm', 'pc', '3.0.0')).toBe(true);
  });

  it('answers the same for a descriptor, without the catalog', () => {
    expect(supports(bizUtilOpenModal, 'pc', '2.4.9')).toBe(false);
    expect(supports(bizUtilOpenModal, 'pc', '2.5.0')).toBe(true);
    expect(supports(bizUtilOpenModal, 'ios')).toBe(false);
    expect(isSupported(bizUtilOpenModal, 'pc', '2.5.0')).toBe(true);
  });

  it('answers false for unknown APIs and outside DingTalk', () => {
    expect(isSupported('biz.util.doesNotExist', 'pc', '7.0.0')).toBe(false);
    expect(isSupported('toString', 'pc')).toBe(false);
    expect(isSupported('device.notification.alert', 'notInDingTalk')).toBe(false);
  });
});

describe('compareVersions', () => {
  it.each([
    ['2.5.0', '2.5.0', 0],
    ['2.5', '2.5.0', 0],
    ['2.10.0', '2.9.9', 1],
    ['4.3.4', '4.3.5', -1],
    ['7.0.10-beta', '7.0.9', 1],
  ] as const)('compares %s with %s', (a, b, sign) => {
    expect(Math.sign(compareVersions(a, b))).toBe(sign);
  });
});
