import { useConfirm, useContactChoose, useDingTalk } from '@dingkit/react';
import { cleanup, screen as testingLibraryScreen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { mockOrg } from '../mockOrg';
import { cancel } from './cancel';
import { chooseContacts } from './chooseContacts';
import { confirm } from './confirm';
import { renderWithDingTalk } from './renderWithDingTalk';

function AssigneePicker() {
  const { corpId } = useDingTalk();
  const choose = useContactChoose({ corpId, multiple: true, max: 5 });
  return (
    <>
      <button
        type="button"
        disabled={!corpId || choose.isPending}
        onClick={() => void choose.run().catch(() => {})}
      >
        选择负责人
      </button>
      <ul aria-label="负责人">
        {choose.data?.map((person) => (
          <li key={person.emplId}>{person.name}</li>
        ))}
      </ul>
      {choose.error && <p role="alert">{choose.error.code}</p>}
    </>
  );
}

function SubmitButton() {
  const ask = useConfirm({ title: '提交审批', message: '提交后不可修改', buttonLabels: ['提交', '再想想'] });
  const [submitted, setSubmitted] = useState(false);
  return (
    <>
      <button
        type="button"
        onClick={async () => {
          const { buttonIndex } = await ask.run().catch(() => ({ buttonIndex: -1 }));
          setSubmitted(buttonIndex === 0);
        }}
      >
        提交
      </button>
      <output aria-label="状态">{submitted ? '已提交' : '未提交'}</output>
    </>
  );
}

describe('renderWithDingTalk in Chromium', () => {
  // vitest-browser-react cleans up its own renders; Testing Library's needs asking without globals.
  afterEach(() => cleanup());

  it('with vitest-browser-react: the picker shows, chooseContacts answers, the list shows the people', async () => {
    const screen = await renderWithDingTalk(<AssigneePicker />, { render });
    expect(screen.controller.org).toBe(mockOrg);
    await screen.getByRole('button', { name: '选择负责人' }).click();
    const picker = page.getByRole('dialog', { name: '选择联系人' });
    await expect.element(picker).toBeVisible();

    await chooseContacts(['王芳', '黄婷']);

    // Answered inside act(): on the screen already, no polling.
    expect(
      screen
        .getByRole('listitem')
        .elements()
        .map((item) => item.textContent),
    ).toEqual(['王芳', '黄婷']);
    expect(picker.query()).toBeNull();
  });

  it('with vitest-browser-react: cancel() dismisses the dialog, the app gets CANCELLED', async () => {
    const screen = await renderWithDingTalk(<AssigneePicker />, { render, locale: 'en' });
    await screen.getByRole('button', { name: '选择负责人' }).click();
    await expect.element(page.getByRole('dialog', { name: 'Choose contacts' })).toBeVisible();
    await cancel();
    await expect.element(screen.getByRole('alert')).toHaveTextContent('CANCELLED');
    await expect.element(screen.getByRole('button', { name: '选择负责人' })).toBeEnabled();
  });

  it('with Testing Library’s render and user-event, as in jsdom', async () => {
    const { user } = renderWithDingTalk(<SubmitButton />);
    await user.click(testingLibraryScreen.getByRole('button', { name: '提交' }));
    await expect.element(page.getByRole('dialog', { name: '提交审批' })).toBeVisible();
    await confirm('提交');
    expect(testingLibraryScreen.getByRole('status', { name: '状态' }).textContent).toBe('已提交');
  });

  it('the dialog a person sees and the answer the helper gives are the same', async () => {
    const screen = await renderWithDingTalk(<SubmitButton />, { render });
    await screen.getByRole('button', { name: '提交' }).click();
    // A person clicks the dialog's button…
    await page.getByRole('dialog', { name: '提交审批' }).getByRole('button', { name: '再想想' }).click();
    await expect.element(screen.getByRole('status', { name: '状态' })).toHaveTextContent('未提交');
    const byPerson = screen.controller.calls.at(-1)?.result;
    // …and the helper answers the next one as that person would.
    await screen.getByRole('button', { name: '提交' }).click();
    await confirm('再想想');
    expect(screen.controller.calls.at(-1)?.result).toEqual(byPerson);
  });
});
