import type { Locale, ModalSize } from '@dingkit/core';
import type { ComponentProps, ComponentRef, MouseEventHandler, ReactNode, Ref, RefObject } from 'react';
import { describe, expectTypeOf, it } from 'vitest';
import type { useDingTalkLocale } from '../useDingTalkLocale';
import type * as layout from './index';
import type {
  ActionBar,
  CardList,
  CardListItem,
  DingImage,
  DingTalkLayout,
  FormField,
  FormFieldControlProps,
  FormLayout,
  MasterDetail,
  ModalFrame,
  ModalFrameSize,
  PageHeader,
  SlidePanelFrame,
} from './index';

declare const buttonRef: RefObject<HTMLButtonElement | null>;
declare const divRef: RefObject<HTMLDivElement | null>;

describe('layout components take their root element’s ref', () => {
  it('is typed as that element', () => {
    expectTypeOf<ComponentRef<typeof ActionBar>>().toEqualTypeOf<HTMLDivElement>();
    expectTypeOf<ComponentRef<typeof CardList>>().toEqualTypeOf<HTMLUListElement>();
    expectTypeOf<ComponentRef<typeof CardListItem>>().toEqualTypeOf<HTMLLIElement>();
    expectTypeOf<ComponentRef<typeof DingImage>>().toEqualTypeOf<HTMLImageElement>();
    expectTypeOf<ComponentRef<typeof DingTalkLayout>>().toEqualTypeOf<HTMLDivElement>();
    expectTypeOf<ComponentRef<typeof FormField>>().toEqualTypeOf<HTMLDivElement>();
    expectTypeOf<ComponentRef<typeof FormLayout>>().toEqualTypeOf<HTMLDivElement>();
    expectTypeOf<ComponentRef<typeof MasterDetail>>().toEqualTypeOf<HTMLDivElement>();
    expectTypeOf<ComponentRef<typeof ModalFrame>>().toEqualTypeOf<HTMLDivElement>();
    expectTypeOf<ComponentRef<typeof PageHeader>>().toEqualTypeOf<HTMLElement>();
    expectTypeOf<ComponentRef<typeof SlidePanelFrame>>().toEqualTypeOf<HTMLDivElement>();
    expectTypeOf<ComponentProps<typeof DingTalkLayout>['ref']>().toEqualTypeOf<
      Ref<HTMLDivElement> | undefined
    >();
  });

  it('rejects a ref to another element', () => {
    // @ts-expect-error a <button> ref cannot hold ActionBar's <div>
    const bar: ComponentProps<typeof ActionBar> = { ref: buttonRef };
    // @ts-expect-error nor a <div> ref CardList's <ul>
    const list: ComponentProps<typeof CardList> = { ref: divRef };
    void [bar, list];
  });
});

describe('layout components take their root element’s props', () => {
  it('accepts id, aria-*, data-*, event handlers, className and style', () => {
    const onClick: MouseEventHandler<HTMLElement> = () => {};
    const root = { id: 'a', 'aria-label': 'b', className: 'c', style: { color: 'red' }, onClick } as const;
    expectTypeOf(root).toExtend<ComponentProps<typeof DingTalkLayout>>();
    expectTypeOf(root).toExtend<ComponentProps<typeof CardList>>();
    expectTypeOf(root).toExtend<ComponentProps<typeof CardListItem>>();
    expectTypeOf(root).toExtend<ComponentProps<typeof FormLayout>>();
    expectTypeOf(root).toExtend<ComponentProps<typeof ModalFrame>>();
    expectTypeOf(root).toExtend<ComponentProps<typeof SlidePanelFrame>>();
    expectTypeOf({ ...root, title: '审批' }).toExtend<ComponentProps<typeof PageHeader>>();
    expectTypeOf({ ...root, src: 'a.jpg', alt: '' }).toExtend<ComponentProps<typeof DingImage>>();
    expectTypeOf({ ...root, label: '姓名', children: null }).toExtend<ComponentProps<typeof FormField>>();
    expectTypeOf({ ...root, list: null, listTitle: '同事', onBack() {} }).toExtend<
      ComponentProps<typeof MasterDetail>
    >();
  });

  it('rejects attributes the root element does not have', () => {
    // @ts-expect-error a <div> has no href
    const bar: ComponentProps<typeof ActionBar> = { href: '/' };
    // @ts-expect-error an <li> has no disabled
    const card: ComponentProps<typeof CardListItem> = { disabled: true };
    void [bar, card];
  });

  it('keeps the component’s own meaning where a prop shadows an attribute', () => {
    // PageHeader's title is the heading, any node; it is required.
    expectTypeOf<ComponentProps<typeof PageHeader>['title']>().toEqualTypeOf<ReactNode>();
    // @ts-expect-error the title is required
    const header: ComponentProps<typeof PageHeader> = { id: 'a' };
    // CardListItem's onSelect is called without the DOM's select event.
    expectTypeOf<ComponentProps<typeof CardListItem>['onSelect']>().toEqualTypeOf<(() => void) | undefined>();
    // FormField's children may be a render function for the control.
    expectTypeOf<(control: FormFieldControlProps) => ReactNode>().toExtend<
      ComponentProps<typeof FormField>['children']
    >();
    void header;
  });

  it('rejects children where the component has slots instead', () => {
    const md: ComponentProps<typeof MasterDetail> = {
      list: null,
      listTitle: '同事',
      onBack() {},
      // @ts-expect-error MasterDetail takes its columns as list and detail
      children: 'x',
    };
    void md;
  });
});

describe('ModalFrameSize', () => {
  it('names the three frame sizes, apart from core’s openModal size', () => {
    expectTypeOf<ModalFrameSize>().toEqualTypeOf<'large' | 'middle' | 'mini'>();
    expectTypeOf<ComponentProps<typeof ModalFrame>['size']>().toEqualTypeOf<ModalFrameSize | undefined>();
    expectTypeOf<ModalSize>().toEqualTypeOf<'middle' | 'mini'>();
  });

  it('is the only name of the frame sizes in @dingkit/react', () => {
    // @ts-expect-error ModalSize is @dingkit/core's name for openModal's size param
    type Old = layout.ModalSize;
    expectTypeOf<Old>().toBeAny();
  });
});

describe('the locale the built-in labels follow', () => {
  it('is the provider’s, or undefined outside one', () => {
    expectTypeOf<typeof useDingTalkLocale>().toEqualTypeOf<() => Locale | undefined>();
  });

  it('is overridden per label with a string', () => {
    expectTypeOf<ComponentProps<typeof PageHeader>['backLabel']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<ComponentProps<typeof MasterDetail>['detailLabel']>().toEqualTypeOf<string | undefined>();
  });
});
