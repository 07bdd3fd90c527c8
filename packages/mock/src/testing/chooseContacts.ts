import type { PickerCall } from '../host/pickerConfig';
import type { MockUser } from '../mockOrg';
import { type AnswerOptions, answerPending } from './answerPending';
import { pickInPicker } from './pickInPicker';

/** Options of {@link chooseContacts}. */
export interface ChooseContactsOptions extends AnswerOptions {
  /** Departments to choose as well, by name or id (`biz.contact.complexPicker` only). @default [] */
  departments?: readonly string[] | undefined;
}

/**
 * The person chooses `people` (names or userids of the mock's organisation, e.g. `['王芳']`) in the
 * latest contact picker — `biz.contact.choose` (`useContactChoose`), `biz.customContact.choose`,
 * `biz.customContact.multipleChoose` or `biz.contact.complexPicker` — and presses 确定, waiting for
 * the picker to open if it has not yet. The app gets what the host's picker returns. Rejects for
 * what the picker would not allow (someone not offered or disabled, more than `max`, two without
 * `multiple`); required people stay chosen. Resolves with the people chosen once the app has them.
 *
 * @example
 * await user.click(screen.getByRole('button', { name: '选择负责人' }));
 * await chooseContacts(['王芳', '黄婷']);
 */
export async function chooseContacts(
  people: readonly string[],
  options: ChooseContactsOptions = {},
): Promise<MockUser[]> {
  const helper = `chooseContacts(${JSON.stringify(people)})`;
  let chosen: MockUser[] = [];
  await answerPending(
    {
      helper,
      apis: [
        'biz.contact.choose',
        'biz.customContact.choose',
        'biz.customContact.multipleChoose',
        'biz.contact.complexPicker',
      ],
    },
    (call, controller) => {
      const picked = pickInPicker(
        helper,
        call as PickerCall,
        controller.org,
        people,
        options.departments ?? [],
      );
      chosen = picked.users;
      return picked.confirm;
    },
    options,
  );
  return chosen;
}
